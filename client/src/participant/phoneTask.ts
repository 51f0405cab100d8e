// What the phone asks of its person right now, decided from the control
// document alone: write cards, vote, fill one's grid row, or read the step.
import type { CardQuery, Position, Round, Role, ScreenFocus, Step } from '@nws/shared';

export type PhoneTask =
  | { kind: 'write'; key: string; query: CardQuery }
  | { kind: 'vote'; key: string; round: Round }
  | { kind: 'grid'; key: string; caseId: string; step: Step }
  /** The moderation put the stakeholder analysis on the screen: fill one's organisation's row. */
  | { kind: 'stakeholders'; key: string }
  | { kind: 'step'; key: string; step: Step }
  /** No step yet: the card query's state (none asked, or revealed) as before. */
  | { kind: 'query'; key: string; query: CardQuery | null };

export interface PhoneInputs {
  role: Role;
  active: CardQuery | null;
  rounds: Round[];
  position: Position | null;
  step: Step | null;
  /** What the moderation put on the shared screen in front of the step. */
  focus?: ScreenFocus | null;
}

/**
 * The most pressing thing first: a card query people write in now, then an
 * open round (only participants vote), then the stakeholder analysis when the
 * moderation put it on the screen, then the grid row of a perspective
 * step, then the step's questions to read. `key` changes when the task does.
 */
export function phoneTask({ role, active, rounds, position, step, focus }: PhoneInputs): PhoneTask {
  if (active?.status === 'writing') return { kind: 'write', key: `write/${active.id}`, query: active };
  const open = rounds.filter((r) => r.status === 'open').at(-1);
  if (open && role === 'participant') return { kind: 'vote', key: `vote/${open.id}`, round: open };
  if (focus === 'stakeholders' && role === 'participant') return { kind: 'stakeholders', key: 'stakeholders' };
  if (step && position) {
    const at = `${position.caseId ?? '-'}/${step.id}`;
    if (step.artefact === 'perspectiveGrid' && position.caseId && role !== 'screen')
      return { kind: 'grid', key: `grid/${at}`, caseId: position.caseId, step };
    return { kind: 'step', key: `step/${at}`, step };
  }
  return { kind: 'query', key: `query/${active?.id ?? '-'}`, query: active };
}

/** Whether the task needs the board document (grid texts, the titles of what is voted on). */
export const needsBoard = (task: PhoneTask) => task.kind === 'grid' || task.kind === 'vote';
