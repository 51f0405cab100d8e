// The chains' one command: an operation (ChainOpSchema) the server applies.
import { ChainOpResponseSchema, type ChainOp } from '@nws/shared';
import { request, ws } from '../api';

export type ChainRun = (op: ChainOp) => Promise<string | null>;

export const chainOp = (workshopId: string, token: string, op: ChainOp) =>
  request(ChainOpResponseSchema, `${ws(workshopId)}/chains/ops`, { body: op, token }).then((r) => r.id);
