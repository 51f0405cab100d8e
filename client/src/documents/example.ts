// Example data like the demo's, for the document tests and for
// `npm run documents` (examples a reviewer can open): a planning conference
// of a network for single parents with a card query, a case with its
// narration, a goal system, a resolution, and a year of monitoring —
// indicators, values, activities, assignments — plus a stakeholder analysis.
import * as Y from 'yjs';
import {
  addCase,
  addGoal,
  addResolution,
  buildInvitationList,
  createCluster,
  createQuery,
  dayMs,
  goalStatus,
  indicatorStatus,
  isOverdue,
  listGoals,
  markQueryRevealed,
  planningMatrix,
  revealCards,
  setCaseRoles,
  setGoalText,
  type Day,
  type Indicator,
  type MonitoringResponse,
  type StakeholderState,
} from '@nws/shared';

export const EXAMPLE_NOW = Date.UTC(2026, 10, 30, 10);
export const exampleWorkshop = {
  name: 'Planungskonferenz Nordstadt',
  targetGroup: 'Alleinerziehende mit Kindern unter 6 Jahren',
  area: 'Nordstadt',
};
export const EXAMPLE_NARRATION = 'Frau M. (Pseudonym), 31, zwei Kinder; Jobcenter und Jugendamt planen getrennt.';

/** The example's workshop documents. */
export function exampleDocs() {
  const board = new Y.Doc();
  const control = new Y.Doc();
  const q = createQuery(control, { question: 'Wer muss an den Tisch?', mode: 'anonymous', purpose: 'actors' });
  const cards = ['Jobcenter', 'Jugendamt', 'Familienbüro', 'Kita-Träger Süd', 'Schuldnerberatung'];
  revealCards(
    board,
    q,
    cards.map((text, i) => ({ id: `card-example-${i}`, text, authorId: `s${i}`, createdAt: i })),
  );
  markQueryRevealed(control, q.id);
  createCluster(board, q, { name: 'Ämter', cardIds: ['card-example-0', 'card-example-1'] });
  createCluster(board, q, { name: 'Träger & Beratung', cardIds: ['card-example-3', 'card-example-4'] });
  const c = addCase(control, { title: 'Mutter mit Vorschulkind', narration: EXAMPLE_NARRATION, caseGiverId: 's1' });
  setCaseRoles(control, c.id, { caseGiverId: 's1', moderatorIds: ['s2'], userPerspectiveId: 's3' });
  const at = (d: string) => Date.parse(`${d}T09:00:00Z`);
  const o = addGoal(
    board,
    { level: 'overall', parentId: null, text: 'Alleinerziehende finden früh Unterstützung' },
    { now: at('2025-11-01') },
  );
  const f = addGoal(
    board,
    { level: 'framework', parentId: o.id, text: 'Übergänge zwischen Ämtern gelingen' },
    { now: at('2025-11-01') },
  );
  setGoalText(board, f.id, 'indicators', 'Anteil der Familien mit gemeinsamem Hilfeplan');
  setGoalText(board, f.id, 'sources', 'Fallstatistik Jugendamt');
  const r = addGoal(
    board,
    { level: 'result', parentId: f.id, text: 'Jede Familie hat eine feste Lotsin' },
    { now: at('2025-11-01') },
  );
  setGoalText(board, r.id, 'indicators', 'Zahl der Familien mit Lotsin');
  const r2 = addGoal(
    board,
    { level: 'result', parentId: f.id, text: 'Beratungsstellen sind in der Kita präsent' },
    { now: at('2025-11-01') },
  );
  const a1 = addGoal(
    board,
    { level: 'activity', parentId: r.id, text: 'Lotsinnen benennen und schulen', actors: ['Jugendamt'] },
    { now: at('2025-11-01') },
  );
  const a2 = addGoal(
    board,
    { level: 'activity', parentId: r.id, text: 'Flyer in fünf Sprachen übersetzen', actors: ['Familienbüro'] },
    { now: at('2025-11-01') },
  );
  addGoal(
    board,
    {
      level: 'activity',
      parentId: r2.id,
      text: 'Sprechstunde in der Kita „Sonnenblume“',
      actors: ['Schuldnerberatung'],
    },
    { now: at('2025-11-01') },
  );
  const res = addResolution(
    control,
    {
      text: 'Das Jugendamt benennt bis März zwei Lotsinnen.',
      tally: { green: 7, blue: 1, red: 0 },
      roundId: null,
      itemId: null,
    },
    { now: at('2026-10-14') },
  );
  return { board, control, queryId: q.id, ids: { o, f, r, r2, a1, a2 }, resolution: res };
}

const value = (id: string, date: Day, v: number, comment = '') => ({
  id,
  date,
  value: v,
  assessment: null,
  source: 'Fallstatistik Jugendamt',
  comment,
  recordedBy: 'Nora Kühn',
  recordedAt: dayMs(date),
});

/** The monitoring of the example as the server answers it (statuses derived by the shared rules). */
export function exampleMonitoring(docs = exampleDocs()): MonitoringResponse {
  const { board, ids } = docs;
  const today = '2026-11-30';
  const raw: Omit<Indicator, 'status'>[] = [
    {
      id: 'ind-1',
      goalId: ids.r.id,
      label: 'Familien mit fester Lotsin',
      kind: 'quantity',
      unit: 'Familien',
      baseline: { value: 12, date: '2025-12-01' },
      target: { value: 120, due: '2026-12-31' },
      source: 'Fallstatistik Jugendamt',
      values: [value('v1', '2026-03-31', 34, 'erste Zählung'), value('v2', '2026-09-30', 58, 'nach den Schulungen')],
    },
    {
      id: 'ind-2',
      goalId: ids.f.id,
      label: 'Gemeinsame Hilfepläne',
      kind: 'quality',
      unit: '',
      baseline: null,
      target: { value: null, due: '2027-06-30' },
      source: 'Fallkonferenzen',
      values: [
        {
          id: 'v3',
          date: '2026-10-14',
          value: null,
          assessment: 'on_track',
          source: 'Fallkonferenz',
          comment: 'Übergänge klappen öfter',
          recordedBy: 'Nora Kühn',
          recordedAt: dayMs('2026-10-14'),
        },
      ],
    },
  ];
  const todayMs = dayMs(today);
  const indicators: Indicator[] = raw.map((i) => ({
    ...i,
    status: indicatorStatus(
      {
        kind: i.kind,
        baseline: i.baseline ? { value: i.baseline.value, date: dayMs(i.baseline.date) } : null,
        target: i.target ? { value: i.target.value, due: dayMs(i.target.due) } : null,
      },
      i.values.map((v) => ({ date: dayMs(v.date), value: v.value, assessment: v.assessment })),
      todayMs,
    ),
  }));
  const created = new Map(listGoals(board).map((g) => [g.id, g]));
  const rows = planningMatrix(board).map((r) => ({
    ...r,
    parentId: created.get(r.goalId)?.parentId ?? null,
    createdAt: created.get(r.goalId)?.createdAt ?? 0,
  }));
  const activity = (status: 'open' | 'in_progress' | 'done', due: Day | null, changedAt: number | null) => ({
    status,
    organisation: '',
    due,
    changedAt,
  });
  const activities: Record<string, ReturnType<typeof activity>> = {
    [ids.a1.id]: { ...activity('done', '2026-03-31', dayMs('2026-03-20')), organisation: 'Jugendamt' },
    [ids.a2.id]: { ...activity('in_progress', '2026-12-15', dayMs('2026-09-01')), organisation: 'Familienbüro' },
  };
  const assignments: MonitoringResponse['assignments'] = [
    {
      id: 'as-1',
      what: 'Zwei Lotsinnen benennen',
      organisation: 'Jugendamt',
      person: 'Petra Sommer',
      due: '2026-03-31',
      goalId: ids.a1.id,
      status: 'done',
      note: 'Frau Öztürk und Herr Weiß',
      source: { kind: 'resolution', workshopId: 'w1', resolutionId: docs.resolution.id },
      sourceText: docs.resolution.text,
      createdBy: 'Nora Kühn',
      createdAt: dayMs('2026-10-14'),
      updatedAt: dayMs('2026-10-14'),
    },
    {
      id: 'as-2',
      what: 'Übersetzungen beauftragen (Türkisch, Arabisch, Ukrainisch)',
      organisation: 'Familienbüro',
      person: null,
      due: '2026-11-15',
      goalId: ids.a2.id,
      status: 'in_progress',
      note: '',
      source: { kind: 'protocol', workshopId: 'w1' },
      sourceText: '',
      createdBy: 'Nora Kühn',
      createdAt: dayMs('2026-10-14'),
      updatedAt: dayMs('2026-10-14'),
    },
  ].map((a) => ({
    ...a,
    status: a.status as 'done' | 'in_progress',
    source: a.source as MonitoringResponse['assignments'][number]['source'],
    overdue: isOverdue({ due: dayMs(a.due), status: a.status as 'done' }, EXAMPLE_NOW),
  }));
  return {
    today,
    neglectDays: 90,
    canEdit: true,
    goalSystems: [{ workshopId: 'w1', workshopName: exampleWorkshop.name, rows }],
    indicators,
    assignments,
    goals: rows.map((r) => ({
      goalId: r.goalId,
      derived: goalStatus(indicators.filter((i) => i.goalId === r.goalId).map((i) => i.status)),
      status: goalStatus(indicators.filter((i) => i.goalId === r.goalId).map((i) => i.status)),
      override: null,
      activity: r.level === 'activity' ? (activities[r.goalId] ?? activity('open', null, null)) : null,
      // The second result goal: no activity progress and no value in 90 days.
      neglected: r.goalId === ids.r2.id,
    })),
  };
}

export const exampleStakeholders: StakeholderState = {
  columns: [
    { id: 'sig', title: 'Bedeutung', kind: 'significance' },
    { id: 'c1', title: 'Ressourcen', kind: 'text' },
    { id: 'c2', title: 'Erwartungen an das Netzwerk', kind: 'text' },
  ],
  rows: [
    {
      id: 'jugendamt',
      organisation: 'Jugendamt',
      significance: 'involved',
      cells: { c1: 'Lotsinnen, Räume', c2: 'Weniger Doppelberatung' },
    },
    {
      id: 'jobcenter',
      organisation: 'Jobcenter',
      significance: 'wanted',
      cells: { c1: 'Fallmanagement', c2: 'Schnellere Übergänge' },
    },
  ],
};

export const exampleInvitations = (docs = exampleDocs()) =>
  buildInvitationList(docs.board, { id: docs.queryId, question: 'Wer muss an den Tisch?' });
