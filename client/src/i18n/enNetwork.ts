// English texts of networks.
import type { NetworkMessages } from './deNetwork';

export const enNetwork: NetworkMessages = {
  network: {
    createTitle: 'Create a network',
    createIntro:
      'A network keeps its workshops together: steering group, working groups and plenary, each with its dates.',
    name: 'Network name',
    coordinatorName: 'Your name (coordination)',
    create: 'Create network',
    creating: 'Creating …',
    page: 'Network',
    targetGroup: 'Target group: {{targetGroup}} · Area: {{area}}',
    link: 'Coordination link (keep it secret: it opens the network and each of its workshops)',
    bodies: 'Bodies',
    kinds: { steering: 'Steering group', working: 'Working group', plenary: 'Plenary' },
    addBody: 'Add a body',
    bodyKind: 'Kind',
    bodyName: 'Name of the body',
    noWorkshops: 'No workshops yet.',
    planWorkshop: 'Plan a workshop',
    workshopName: 'Workshop title',
    date: 'Date',
    noDate: 'no date',
    plan: 'Create workshop',
    status: 'Status',
    statusOf: 'Status of “{{name}}”',
    statuses: { planned: 'planned', running: 'running', done: 'done' },
    open: 'Open',
    openLabel: 'Open “{{name}}” as moderator',
    partners: 'Partner organisations',
    partnersIntro: 'Organisations whose staff took part in the network’s workshops.',
    noPartners: 'Nobody has joined a workshop of the network yet.',
    partnerWorkshops_one: '{{count}} workshop',
    partnerWorkshops_other: '{{count}} workshops',
    loadFailed: 'The network cannot be opened.',
  },
};
