// A perspective grid of one case and step: a row per organisation, a column
// per guiding question; each cell is a shared text (see doc/caseArtefacts).

export const ORGANISATION_MAX = 120;

export interface GridRow {
  id: string;
  organisation: string;
  /** Added by the moderation for an organisation that is not in the room. */
  absent: boolean;
}

export interface Grid {
  key: string;
  questions: string[];
  rows: GridRow[];
}
