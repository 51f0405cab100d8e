// German texts of the phone view's tasks (grid row, votes, the current step,
// the "something new" cue); spread into de.ts, since the phone never loads
// the board's texts. enPhone.ts has the same keys.
export const dePhone = {
  phone: {
    now: 'Jetzt für Sie',
    newTask: 'Neu: {{what}}',
    seen: 'Gesehen',
    kinds: {
      write: 'Karten schreiben',
      vote: 'Abstimmung',
      grid: 'Ihre Sicht eintragen',
      step: 'Nächster Schritt',
      query: 'Kartenabfrage',
      stakeholders: 'Beteiligtenanalyse ausfüllen',
    },
    step: {
      caseOf: 'Fall: {{title}}',
      questions_one: 'Leitfrage anzeigen',
      questions_other: '{{count}} Leitfragen anzeigen',
      listen: 'Schauen Sie auf die Leinwand – hier ist gerade nichts zu tun.',
    },
    grid: {
      title: 'Ihre Sicht auf den Fall',
      forOrganisation: 'Für {{organisation}}',
      intro:
        'Kurze Stichpunkte zu jeder Frage. Alles wird sofort gespeichert und erscheint in der Tabelle der Moderation.',
      loading: 'Ihre Zeile wird geladen …',
      noOrganisation: 'Ihrer Teilnahme ist keine Organisation zugeordnet; Sie können hier nichts eintragen.',
    },
    vote: {
      loading: 'Die Abstimmung wird geladen …',
      dotsLeft_one: 'Noch {{count}} Punkt zu vergeben',
      dotsLeft_other: 'Noch {{count}} Punkte zu vergeben',
      dotsOf_one: '{{title}}: {{count}} Punkt',
      dotsOf_other: '{{title}}: {{count}} Punkte',
      add: 'Punkt geben: {{title}}',
      remove: 'Punkt zurücknehmen: {{title}}',
      submit: 'Punkte abgeben',
      saved: 'Ihre Punkte sind gespeichert. Sie können sie bis zum Ende ändern.',
      consentIntro: 'Markieren Sie jede Formulierung. Sie können Ihre Wahl bis zum Ende der Runde ändern.',
      marks: { green: 'Zustimmung', blue: 'Klärungsbedarf', red: 'Einwand' },
      marked_one: '{{count}} von {{total}} markiert',
      marked_other: '{{count}} von {{total}} markiert',
      overallGoal: 'Grundsatzziel',
      unknownItem: '(nicht mehr vorhanden)',
    },
  },
};
