// Limits the browser needs without the schemas (the schemas in card.ts use them).
export const CARD_TEXT_MAX = 280;
/** Board coordinates are finite and bounded so a bad client cannot fling a card to infinity. */
export const BOARD_COORD_MAX = 1_000_000;
