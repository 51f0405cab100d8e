// Limits and versions the browser needs without the schemas (the schemas use them).

/** The version of the agenda's shape this code reads and writes (stored agendas carry it). */
export const AGENDA_VERSION = 1;

export const CARD_TEXT_MAX = 280;
/** Board coordinates are finite and bounded so a bad client cannot fling a card to infinity. */
export const BOARD_COORD_MAX = 1_000_000;
