// Public surface of the domain package.
export * from './model/card.js';
export * from './model/workshop.js';
export * from './doc/boardDoc.js';
export * from './doc/cards.js';
export * from './protocol/closeCodes.js';
export * from './protocol/sync.js';
export * from './view/boardView.js';
export * from './model/query.js';
export * from './model/cluster.js';
export * from './doc/layout.js';
export * from './doc/controlDoc.js';
export * from './doc/reveal.js';
export * from './doc/clusters.js';
export * from './export/invitationList.js';
export * from './method/agenda.js';
export * from './method/conference.js';
export * from './doc/caseArtefacts.js';
