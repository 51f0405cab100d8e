// English texts of the lobby and the join page.
import type { LobbyMessages } from './deLobby';

export const enLobby: LobbyMessages = {
  lobby: {
    title: 'Workshops for cooperation networks',
    intro: 'Planning conferences, card queries and goal systems – together, live and private on your own server.',
    createTitle: 'Create a workshop',
    name: 'Workshop name',
    targetGroup: 'Target group',
    area: 'Area (Sozialraum)',
    moderatorName: 'Your name (moderation)',
    create: 'Create workshop',
    creating: 'Creating …',
    joinTitle: 'Join a workshop',
    code: 'Join code',
    codeHint: 'Six characters, e.g. K7M-Q2P',
    join: 'Continue',
    accessKey: 'Server access key',
    accessKeyHint: 'On this server only authorised people create workshops. Whoever runs the server hands out the key.',
  },
  join: {
    title: 'Join “{{name}}”',
    subtitle: 'Target group: {{targetGroup}} · Area: {{area}}',
    name: 'Your name',
    organisation: 'Your organisation',
    level: 'Level',
    levels: { decision: 'Decision level', operative: 'Operative level' },
    submit: 'Join',
    joining: 'Joining …',
  },
};
