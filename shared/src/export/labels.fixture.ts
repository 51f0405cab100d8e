// Labels for the export tests. The real words come from the client's
// translations; these stand-ins show that every word is a parameter.
import type { InvitationLabels } from './invitationList.js';
import type { MatrixLabels } from './planningMatrix.js';
import type { ProtocolLabels } from './protocol.js';

export const testInvitationLabels: InvitationLabels = {
  title: 'Invitation list',
  unclustered: 'No cluster',
  cluster: 'Cluster',
  organisation: 'Organisation',
  mentions: 'Mentions',
  unnamed: '(unnamed)',
};

export const testMatrixLabels: MatrixLabels = {
  levels: { overall: 'Overall goal', framework: 'Framework goal', result: 'Result goal', activity: 'Activity' },
  level: 'Level',
  number: 'No.',
  text: 'Wording',
  indicators: 'Indicators',
  sources: 'Sources',
  assumptions: 'Assumptions',
  actors: 'Actors',
  title: 'Planning matrix',
};

export const testProtocolLabels: ProtocolLabels = {
  title: 'Result protocol',
  targetGroup: 'Target group',
  area: 'Area',
  queries: 'Card queries',
  unclustered: 'No cluster',
  cases: 'Cases (pseudonymised)',
  giver: 'Case giver',
  moderation: 'Moderation',
  userPerspective: 'User perspective',
  web: 'Web of effects',
  situation: 'Situation and dynamics',
  disagreements: 'Differing readings',
  caseThemes: 'Theme store',
  crossCase: 'Cross-case themes',
  inNetwork: 'in the network',
  toInvite: 'to invite',
  planning: 'Themes from planning data',
  relations: { confirms: 'confirms', adds: 'adds', contradicts: 'contradicts' },
  generative: 'Generative themes',
  goals: 'Goal system',
  resolutions: 'Resolutions',
  tally: 'green {{green}}, blue {{blue}}, red {{red}}',
  imported: 'taken over from a backup, not decided in this workshop',
  importedInconsistent: 'its tally does not agree with its round',
  none: '—',
  narrationOmitted: 'Case narrations not included',
  matrix: testMatrixLabels,
  assignments: {
    title: 'Assignments',
    what: 'What',
    who: 'Who',
    due: 'By',
    status: 'Status',
    statuses: { open: 'open', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
  },
};
