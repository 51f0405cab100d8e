// Whether the shared screen shows how to join: the moderation's explicit
// choice, else automatically before the start (no active query, no step).

export interface ScreenSituation {
  /** The moderation's choice (control state `screenJoin`), null when it never chose. */
  choice: boolean | null;
  /** A card query is active (writing or revealed). */
  activeQuery: boolean;
  /** A conference step is running. */
  conferenceOn: boolean;
}

/** The screen shows the join view: as the moderation chose, else while nothing has started. */
export function screenShowsJoin({ choice, activeQuery, conferenceOn }: ScreenSituation): boolean {
  return choice ?? (!activeQuery && !conferenceOn);
}
