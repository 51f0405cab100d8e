// The method's default planning conference (Phase I per case, then Phases II
// and III) with its texts in German and English. A module of its own: the
// server stores it in every workshop's control document, so the phone reads
// the agenda from there and does not carry these texts (see
// ensureStoredAgenda in conference.ts).
import { AGENDA_VERSION, type Agenda, type Localized, type Step } from './agenda.js';

const L = (de: string, en: string): Localized => ({ de, en });
const step = (
  s: Omit<Step, 'skipped' | 'custom' | 'boardRules' | 'minutes'> & Partial<Pick<Step, 'boardRules' | 'minutes'>>,
): Step => ({
  boardRules: [],
  minutes: null,
  skipped: false,
  custom: false,
  ...s,
});

const noDiscussion = L('Keine Diskussion, keine Unterbrechungen.', 'No discussion, no interruptions.');

/** The method's planning conference: Phase I per case, then Phases II and III. */
export const DEFAULT_AGENDA: Agenda = {
  version: AGENDA_VERSION,
  steps: [
    step({
      id: 'choose-moderation',
      phase: 'I',
      title: L('Moderation für den Fall wählen', 'Choose who moderates the case'),
      purpose: L(
        'Jemand Neutrales führt durch die Rekonstruktion dieses Falls.',
        'Someone neutral leads the reconstruction of this case.',
      ),
      questions: [L('Wer moderiert diesen Fall?', 'Who moderates this case?')],
      rules: [L('Wer den Fall einbringt, moderiert ihn nicht.', 'Whoever brings the case does not moderate it.')],
      artefact: 'roles',
      minutes: 3,
    }),
    step({
      id: 'choose-user-perspective',
      phase: 'I',
      title: L('Nutzerperspektive vergeben', 'Choose the user-perspective holder'),
      purpose: L(
        'Eine Person spricht für die Klientin oder den Klienten, die meist nicht anwesend sind.',
        'One person speaks for the client, who is usually not present.',
      ),
      questions: [L('Wer übernimmt die Sicht der Nutzerin oder des Nutzers?', 'Who takes the client’s point of view?')],
      rules: [
        L(
          'Die Person versetzt sich in die Klientin oder den Klienten, nicht in die eigene Organisation.',
          'The holder speaks as the client, not for their own organisation.',
        ),
      ],
      artefact: 'roles',
      minutes: 3,
    }),
    step({
      id: 'narration',
      phase: 'I',
      title: L('Fallschilderung', 'Case narration'),
      purpose: L(
        'Der Fall wird erzählt, so wie er sich der Fallgeberin oder dem Fallgeber zeigt.',
        'The case is told as the case giver sees it.',
      ),
      questions: [
        L('Wer ist beteiligt, wie ist die Lebenslage?', 'Who is involved, what is the life situation?'),
        L('Wie ist es bis heute verlaufen?', 'How has it unfolded so far?'),
      ],
      rules: [
        noDiscussion,
        L(
          'Nur pseudonymisiert: Initialen, Alter – keine Namen, Adressen oder Geburtsdaten.',
          'Pseudonymised only: initials, age – no names, addresses or birth dates.',
        ),
      ],
      artefact: 'narration',
      boardRules: ['noCards'],
      minutes: 15,
    }),
    step({
      id: 'clarifying-questions',
      phase: 'I',
      title: L('Rückfragen', 'Clarifying questions'),
      purpose: L(
        'Das Bild des Falls wird vollständig, bevor bewertet wird.',
        'The picture of the case is completed before anyone judges it.',
      ),
      questions: [
        L('Was fehlt Ihnen noch, um den Fall zu verstehen?', 'What do you still need to know to understand the case?'),
      ],
      rules: [
        L(
          'Nur Verständnisfragen – keine Diskussion, keine Lösungen.',
          'Questions of understanding only – no discussion, no solutions.',
        ),
      ],
      artefact: 'questions',
      boardRules: ['cardsAreQuestions'],
      minutes: 10,
    }),
    step({
      id: 'actor-perspectives',
      phase: 'I',
      title: L('Perspektiven der Akteure', 'Each actor’s perspective'),
      purpose: L(
        'Jede Organisation beschreibt den Fall aus ihrer fachlichen Sicht.',
        'Every organisation describes the case from its professional view.',
      ),
      questions: [
        L('Welche Rolle haben wir in diesem Fall?', 'What is our role in this case?'),
        L('Welcher gesetzliche Auftrag gilt für uns?', 'What is our legal mandate?'),
        L('Worum geht es in dem Fall aus unserer Sicht?', 'What is the case about from our view?'),
        L(
          'Welche Probleme und Ressourcen sehen wir bei den Personen?',
          'Which problems and resources do we see in the persons?',
        ),
        L('Welche Logik sehen wir im Handeln der Personen?', 'What logic do we see in the persons’ actions?'),
        L('Welches Ziel hätten wir?', 'What would our goal be?'),
        L('Wie gehen wir vor?', 'What approach do we follow?'),
      ],
      rules: [L('Jede Organisation schreibt in ihre eigene Zeile.', 'Each organisation writes in its own row.')],
      artefact: 'perspectiveGrid',
      minutes: 30,
    }),
    step({
      id: 'discuss-perspectives',
      phase: 'I',
      title: L('Diskussion der Perspektiven', 'Discussing the perspectives'),
      purpose: L(
        'Die Sichtweisen werden nebeneinandergelegt und verglichen.',
        'The views are laid side by side and compared.',
      ),
      questions: [
        L('Was ist der Fall?', 'What is the case?'),
        L('Welcher Auftrag gilt für jeden Akteur?', 'What is each actor’s mandate?'),
        L('Welche Themen sind aus jeder Sicht zentral?', 'Which themes are central from each view?'),
        L('Welches Ziel verfolgt jeder Akteur?', 'What goal does each actor pursue?'),
        L('Welche Interventionsstrategie verfolgt jeder Akteur?', 'What intervention strategy does each actor follow?'),
        L('Was bewirken diese Interventionen?', 'What do these interventions cause?'),
      ],
      rules: [L('Unterschiede festhalten, nicht glätten.', 'Record differences, do not smooth them over.')],
      artefact: 'perspectiveGrid',
      minutes: 30,
    }),
    step({
      id: 'user-perspective',
      phase: 'I',
      title: L('Nutzerperspektive', 'User perspective'),
      purpose: L('Der Fall aus der Sicht der Klientin oder des Klienten.', 'The case as the client sees it.'),
      questions: [
        L('Wie sieht die Klientin oder der Klient die Lage?', 'How does the client see the situation?'),
        L(
          'Wie sieht sie oder er sich im Verhältnis zu anderen (Familie)?',
          'How do they see themselves relative to others (family)?',
        ),
        L('Was erwartet sie oder er von den Angeboten der Akteure?', 'What do they expect from each actor’s offers?'),
        L('Warum handelt sie oder er so – Motivation und Ziel?', 'Why do they act as they do – motivation and goal?'),
        L('Welche Möglichkeiten hat sie oder er?', 'What options do they have?'),
        L('Was wurde schon versucht?', 'What have they tried already?'),
        L('Welche Strategien werden sichtbar?', 'Which strategies become visible?'),
      ],
      rules: [L('Die Person mit der Nutzerperspektive spricht zuerst.', 'The user-perspective holder speaks first.')],
      artefact: 'perspectiveGrid',
      minutes: 20,
    }),
    step({
      id: 'reconstruction',
      phase: 'I',
      title: L('Gemeinsame Fallrekonstruktion', 'Joint case reconstruction'),
      purpose: L(
        'Das Wirkungsgefüge der Hilfen wird sichtbar, und die zentralen Themen gehen in den Themenspeicher.',
        'The web of effects becomes visible, and the central themes go into the theme store.',
      ),
      questions: [
        L(
          'Wie wirken die Leistungen der Akteure aufeinander, wo behindern sie sich?',
          'How do the actors’ services act on each other, where do they obstruct each other?',
        ),
        L(
          'Wie werden Leistungen heute kombiniert, wie laufen Übergaben?',
          'How are services combined today, how do hand-overs work?',
        ),
        L('Verändert die Nutzerperspektive die Ansatzpunkte?', 'Does the user perspective change the levers?'),
        L(
          'Gibt es eine Falldynamik – was treibt sie, was hält die Lage fest?',
          'Is there a case dynamic – what drives it, what keeps the situation static?',
        ),
        L(
          'Welche zentralen fallübergreifenden Themen zeigt der Fall?',
          'Which central cross-case themes does the case show?',
        ),
      ],
      rules: [
        L(
          'Abweichende Lesarten werden festgehalten, nicht gemittelt.',
          'Disagreements and alternative readings are recorded, not averaged away.',
        ),
      ],
      artefact: 'reconstruction',
      minutes: 40,
    }),
    step({
      id: 'cross-case-themes',
      phase: 'II',
      title: L('Fallübergreifende Themen', 'Cross-case themes'),
      purpose: L('Was sich über die Fälle hinweg wiederholt.', 'What recurs across the cases.'),
      questions: [
        L('Welche Themen kehren in mehreren Fällen wieder?', 'Which themes recur across the cases?'),
        L('Welche Akteure befassen sich mit jedem Thema?', 'Which actors deal with each theme?'),
        L(
          'Sind sie schon im Netzwerk, oder sollten sie eingeladen werden?',
          'Are they in the network already, or should they be invited?',
        ),
      ],
      rules: [L('Keine Lösungen für Einzelfälle diskutieren.', 'Do not discuss solutions for the individual cases.')],
      artefact: 'themes',
      minutes: 45,
    }),
    step({
      id: 'planning-data',
      phase: 'II',
      title: L('Abgleich mit Planungsdaten', 'Contrast with planning data'),
      purpose: L(
        'Sozial- und Jugendhilfeplanung ergänzen, bestätigen oder widersprechen den Fällen.',
        'Social and youth-welfare planning data confirm, add to or contradict the cases.',
      ),
      questions: [
        L('Welche Themen zeigen sich auch in den Daten?', 'Which themes also show in the data?'),
        L('Was zeigen die Daten, was die Fälle nicht zeigten?', 'What do the data show that the cases did not?'),
        L(
          'Wo gibt es Widersprüche, und wie lassen sie sich erklären?',
          'Where are contradictions, and how can they be explained?',
        ),
      ],
      rules: [
        L(
          'Jede Datenquelle wird genannt (Bericht, Tabelle, Jahr).',
          'Every data source is named (report, table, year).',
        ),
      ],
      artefact: 'themes',
      minutes: 30,
    }),
    step({
      id: 'generative-themes',
      phase: 'II',
      title: L('Generative Themen', 'Generative themes'),
      purpose: L('Die Themen, an denen das Netzwerk arbeiten wird.', 'The themes the network will work on.'),
      questions: [
        L('Welche Themen sind für die ganze Zielgruppe relevant?', 'Which themes matter for the whole target group?'),
        L(
          'Wo braucht es abgestimmtes Handeln mehrerer Akteure?',
          'Where is coordinated work of several actors needed?',
        ),
      ],
      rules: [L('Keine Lösungen für Einzelfälle diskutieren.', 'Do not discuss solutions for the individual cases.')],
      artefact: 'themes',
      minutes: 30,
    }),
    step({
      id: 'goal-system',
      phase: 'III',
      title: L('Zielsystem', 'Goal system'),
      purpose: L(
        'Aus den generativen Themen entsteht ein Zielsystem, das alle Partner tragen.',
        'From the generative themes grows a goal system that all partners carry.',
      ),
      questions: [
        L(
          'Welche Verbesserung der Lage der Zielgruppe streben wir an (Grundsatzziel)?',
          'What improvement for the target group do we aim for (overall goal)?',
        ),
        L('Welche Wirkungen tragen dazu bei (Rahmenziele)?', 'Which effects contribute to it (framework goals)?'),
        L('Was muss das Netzwerk erreichen (Ergebnisziele)?', 'What must the network achieve (result goals)?'),
        L('Was ist dafür zu tun, und wer tut es (Aktivitäten)?', 'What must be done, and by whom (activities)?'),
      ],
      rules: [
        L(
          'Ziele als erreichte Zustände formulieren, Aktivitäten als Anweisungen.',
          'Write goals as states already reached, activities as instructions.',
        ),
        L('Ziele von oben nach unten setzen, von unten nach oben prüfen.', 'Set goals top down, check them bottom up.'),
      ],
      artefact: 'goals',
      minutes: 90,
    }),
  ],
};

/** A deep copy of the default agenda for a new workshop. */
export function defaultAgenda(): Agenda {
  return JSON.parse(JSON.stringify(DEFAULT_AGENDA)) as Agenda;
}
