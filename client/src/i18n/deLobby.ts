// German texts of the lobby and the join page, registered by those pages
// (lobby.ts): the phone's writing view does not carry them.
export const deLobby = {
  lobby: {
    title: 'Workshops für Kooperationsnetzwerke',
    intro:
      'Planungskonferenzen, Kartenabfragen und Zielsysteme – gemeinsam, live und datensparsam auf Ihrem eigenen Server.',
    createTitle: 'Neuen Workshop anlegen',
    name: 'Name des Workshops',
    targetGroup: 'Zielgruppe',
    area: 'Sozialraum',
    moderatorName: 'Ihr Name (Moderation)',
    create: 'Workshop anlegen',
    creating: 'Wird angelegt …',
    joinTitle: 'An einem Workshop teilnehmen',
    code: 'Teilnahme-Code',
    codeHint: 'Sechs Zeichen, z. B. K7M-Q2P',
    join: 'Weiter',
    accessKey: 'Zugangsschlüssel des Servers',
    accessKeyHint:
      'Auf diesem Server legen nur Berechtigte neue Workshops an. Den Schlüssel vergibt, wer den Server betreibt.',
  },
  join: {
    title: 'Teilnehmen an „{{name}}“',
    subtitle: 'Zielgruppe: {{targetGroup}} · Sozialraum: {{area}}',
    name: 'Ihr Name',
    organisation: 'Ihre Organisation',
    level: 'Ebene',
    levels: { decision: 'Leitungsebene', operative: 'Operative Ebene' },
    submit: 'Beitreten',
    joining: 'Tritt bei …',
  },
};
export type LobbyMessages = typeof deLobby;
