// Public surface of the domain package.
export * from './model/card.js';
export * from './model/workshop.js';
export * from './doc/boardDoc.js';
export * from './doc/cards.js';
export * from './protocol/closeCodes.js';
export * from './protocol/sync.js';
export * from './view/boardView.js';
