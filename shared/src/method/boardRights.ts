// Who may do what to a card on the board. The server's board rules
// (server/src/sync/boardRules.ts) enforce this on every update; the views
// use the same function to offer only what the server will accept.

/** Whether a session may edit, recolour, move freely and delete a card: its author, or the moderation. */
export function mayChangeCard(card: { authorId?: string | undefined }, session: { id: string; role: string }): boolean {
  return session.role === 'moderator' || (card.authorId !== undefined && card.authorId === session.id);
}
