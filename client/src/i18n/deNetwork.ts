// German texts of networks: the lobby's "create a network" and the network
// page. Registered by those pages (network.ts).
export const deNetwork = {
  network: {
    createTitle: 'Neues Netzwerk anlegen',
    createIntro:
      'Ein Netzwerk hält seine Workshops zusammen: Lenkungsgruppe, Arbeitsgruppen und Plenum, jeweils mit ihren Terminen.',
    name: 'Name des Netzwerks',
    coordinatorName: 'Ihr Name (Koordination)',
    create: 'Netzwerk anlegen',
    creating: 'Wird angelegt …',
    page: 'Netzwerk',
    targetGroup: 'Zielgruppe: {{targetGroup}} · Sozialraum: {{area}}',
    link: 'Koordinationslink (geheim halten: Er öffnet das Netzwerk und jeden seiner Workshops)',
    bodies: 'Gremien',
    kinds: { steering: 'Lenkungsgruppe', working: 'Arbeitsgruppe', plenary: 'Plenum' },
    addBody: 'Gremium hinzufügen',
    bodyKind: 'Art',
    bodyName: 'Name des Gremiums',
    noWorkshops: 'Noch keine Workshops.',
    planWorkshop: 'Workshop planen',
    workshopName: 'Titel des Workshops',
    date: 'Datum',
    noDate: 'ohne Datum',
    plan: 'Workshop anlegen',
    status: 'Stand',
    statusOf: 'Stand von „{{name}}“',
    statuses: { planned: 'geplant', running: 'läuft', done: 'abgeschlossen' },
    open: 'Öffnen',
    openLabel: '„{{name}}“ als Moderation öffnen',
    partners: 'Partnerorganisationen',
    partnersIntro: 'Organisationen, deren Mitarbeitende an Workshops des Netzwerks teilgenommen haben.',
    noPartners: 'Noch niemand ist einem Workshop des Netzwerks beigetreten.',
    partnerWorkshops_one: '{{count}} Workshop',
    partnerWorkshops_other: '{{count}} Workshops',
    loadFailed: 'Das Netzwerk lässt sich nicht öffnen.',
  },
};
export type NetworkMessages = typeof deNetwork;
