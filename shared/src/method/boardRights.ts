// Who may do what to a card on the board. The server's board rules
// (server/src/sync/boardRules.ts) enforce this on every update; the views
// use the same function to offer only what the server will accept.

/** Whether a session may edit, recolour, move freely and delete a card: its author, or the moderation. */
export function mayChangeCard(card: { authorId?: string | undefined }, session: { id: string; role: string }): boolean {
  return session.role === 'moderator' || (card.authorId !== undefined && card.authorId === session.id);
}

/**
 * Whether a session shapes the board's structure: dissolves clusters;
 * removes, promotes, merges and chooses themes; adds planning data and the
 * organisations of a theme; builds the goal tree. Participants write cards,
 * cluster while a query is revealed, add case themes and rename themes, and
 * type in the texts the step opens; the server refuses the rest from them.
 */
export function mayShapeBoard(session: { role: string }): boolean {
  return session.role === 'moderator';
}

/** What a step or a card query allows a participant to add on the board. */
export type CardRule = 'blocked' | 'private' | 'question' | null;

/**
 * What a participant may add on the board now (the moderation is not bound):
 * nothing while the step forbids cards (the case narration), nothing public
 * while a private card query is open for writing (the writing panel is the
 * only input), only questions while the step turns cards into questions.
 * The server's board rules refuse the same; the views offer only this.
 */
export function participantCardRule(
  step: { boardRules: readonly string[] } | null | undefined,
  active: { status: string; mode: string } | null | undefined,
): CardRule {
  if (step?.boardRules.includes('noCards')) return 'blocked';
  if (active?.status === 'writing' && active.mode !== 'callout') return 'private';
  if (step?.boardRules.includes('cardsAreQuestions')) return 'question';
  return null;
}
