// The server's checks for reading the control document: each stored value
// through its schema (see read.ts; an imported backup can carry anything).
import { parsed, type ControlChecks } from './read.js';
import { CardQuerySchema } from '../model/query.js';
import { CaseSchema } from '../model/case.js';
import { PositionSchema, TimerSchema } from '../model/conference.js';
import { RoundSchema } from '../model/round.js';
import { AgendaSchema } from '../method/agenda.js';

export const schemaChecks: ControlChecks = {
  query: parsed(CardQuerySchema),
  case: parsed(CaseSchema),
  round: parsed(RoundSchema),
  agenda: parsed(AgendaSchema),
  position: parsed(PositionSchema),
  timer: parsed(TimerSchema),
};
