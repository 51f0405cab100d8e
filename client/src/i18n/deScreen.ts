// German UI strings of the shared screen (projector) and the moderation's
// switch for its join view; spread into deBoard.
export const deScreen = {
  screen: {
    joinTitle: 'Jetzt mitmachen',
    joinSteps: 'Mit dem Handy den QR-Code scannen oder die Adresse öffnen und den Code eingeben.',
    joinLink: 'Adresse',
    joinCode: 'Code',
    qrLabel: 'QR-Code mit dem Link zum Mitmachen: {{url}}',
    joinHint: 'Mitmachen: {{url}} · Code',
    writing: 'Alle schreiben jetzt ihre Karten.',
    written_one: '{{count}} Karte geschrieben',
    written_other: '{{count}} Karten geschrieben',
    board: 'Tafel: {{title}}',
    boardFree: 'Karten auf der Tafel',
    empty: 'Noch keine Karten auf der Tafel.',
    artefact: 'Ergebnis des Schritts',
    dotResults: 'Ergebnis der Punktabfrage',
    dots_one: '{{count}} Punkt',
    dots_other: '{{count}} Punkte',
    showJoin: 'Beitritt auf der Leinwand zeigen',
    showJoinHint: 'Vor dem Start zeigt die Leinwand den Beitritt von selbst.',
  },
};
