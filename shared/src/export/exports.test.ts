import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addGoal, setGoalText } from '../doc/goals.js';
import { planningMatrix, planningMatrixToCsv, planningMatrixToMarkdown } from './planningMatrix.js';
import { createBackup, documentContent, restoreBackup, BackupSchema } from './backup.js';
import { buildProtocol, protocolToMarkdown, type Protocol } from './protocol.js';
import { testMatrixLabels, testProtocolLabels } from './labels.fixture.js';
import { createQuery, markQueryRevealed } from '../doc/queries.js';
import { revealCards } from '../doc/reveal.js';
import { createCluster } from '../doc/clusters.js';
import { addCase, setCaseRoles } from '../method/conference.js';
import { getAgenda, goTo } from '../method/steering.js';
import {
  ensureGrid,
  ensureGridRow,
  ensureTexts,
  cellKey,
  sharedText,
  reconstructionKeys,
} from '../doc/caseArtefacts.js';
import { addTheme, mergeThemes, setGenerative, setThemeOrganisations, addPlanningTheme } from '../doc/themes.js';
import { addResolution } from '../method/rounds.js';

function workshop() {
  const board = new Y.Doc();
  const control = new Y.Doc();
  const q = createQuery(
    control,
    { question: 'Wer muss an den Tisch?', mode: 'anonymous', purpose: 'actors' },
    { now: 1 },
  );
  revealCards(board, q, [
    { id: 'card-aaaa-0001', text: 'Jobcenter', authorId: 's1', createdAt: 1 },
    { id: 'card-aaaa-0002', text: 'Jugendamt', authorId: 's2', createdAt: 2 },
  ]);
  markQueryRevealed(control, q.id);
  createCluster(board, q, { name: 'Ämter', cardIds: ['card-aaaa-0001', 'card-aaaa-0002'] });
  const c = addCase(
    control,
    { title: 'Familie K.', narration: 'K., 29, zwei Kinder', caseGiverId: 's1' },
    { id: 'case-0001' },
  );
  setCaseRoles(control, c.id, { caseGiverId: 's1', moderatorIds: ['s2'], userPerspectiveId: 's1' });
  const step = getAgenda(control).steps.find((s) => s.id === 'actor-perspectives')!;
  goTo(control, { stepId: step.id, caseId: c.id });
  ensureGrid(board, c.id, step);
  ensureGridRow(board, c.id, step.id, 'Jugendamt');
  sharedText(board, cellKey(c.id, step.id, 'jugendamt', 0))!.insert(0, 'Hilfe zur Erziehung');
  ensureTexts(board, Object.values(reconstructionKeys(c.id)));
  sharedText(board, reconstructionKeys(c.id).webOfEffects)!.insert(0, 'Auflagen kollidieren');
  const t1 = addTheme(board, { title: 'Hilfeplanung | Abstimmung', caseId: c.id });
  const t2 = addTheme(board, { title: 'Übergänge', caseId: 'case-other' });
  const cross = mergeThemes(board, [t1.id, t2.id], 'Abgestimmte Hilfen');
  setThemeOrganisations(board, cross.id, [{ name: 'Jobcenter', inNetwork: true }]);
  setGenerative(board, cross.id, true);
  addPlanningTheme(board, 'Mieten', {
    report: 'Sozialbericht',
    table: 'Tab. 3',
    year: 2025,
    relation: 'adds',
    note: 'Belastung hoch',
  });
  const o = addGoal(board, { level: 'overall', parentId: null, text: 'Familien leben sicher' }, { now: 1 });
  const f = addGoal(
    board,
    { level: 'framework', parentId: o.id, text: 'Hilfen sind abgestimmt', themeId: cross.id },
    { now: 2 },
  );
  const r = addGoal(
    board,
    { level: 'result', parentId: f.id, text: 'Jede Familie hat einen gemeinsamen Hilfeplan' },
    { now: 3 },
  );
  setGoalText(board, r.id, 'indicators', '100 % nach 6 Wochen');
  addGoal(
    board,
    { level: 'activity', parentId: r.id, text: 'Fallkonferenzen einführen', actors: ['Jugendamt', 'Jobcenter'] },
    { now: 4 },
  );
  addResolution(
    control,
    { text: 'Zielsystem beschlossen', tally: { green: 4, blue: 0, red: 0 }, roundId: null, itemId: null },
    { now: Date.UTC(2026, 10, 24) },
  );
  return { board, control };
}

describe('exports on bare Y.Docs', () => {
  it('planning matrix as CSV and Markdown, rows in tree order', () => {
    const { board } = workshop();
    const rows = planningMatrix(board);
    expect(rows.map((r) => [r.level, r.number])).toEqual([
      ['overall', ''],
      ['framework', '1'],
      ['result', '1.1'],
      ['activity', '1.1.1'],
    ]);
    const csv = planningMatrixToCsv(rows, testMatrixLabels).split('\r\n');
    // For German Excel on a double-click: a byte order mark, then semicolons.
    expect(csv[0]).toBe('\ufeffLevel;No.;Wording;Indicators;Sources;Assumptions;Actors');
    expect(csv[3]).toBe('Result goal;1.1;Jede Familie hat einen gemeinsamen Hilfeplan;100 % nach 6 Wochen;;;');
    expect(csv[4]).toBe('Activity;1.1.1;Fallkonferenzen einführen;;;;"Jugendamt; Jobcenter"');
    const md = planningMatrixToMarkdown(rows, testMatrixLabels);
    expect(md).toContain('| Framework goal | 1 | Hilfen sind abgestimmt |');
    expect(md).toContain('| Activity | 1.1.1 | Fallkonferenzen einführen |  |  |  | Jugendamt; Jobcenter |');
  });

  it('result protocol with queries, cases, grids, themes, goals and decisions', () => {
    const { board, control } = workshop();
    const p = buildProtocol(
      board,
      control,
      { name: 'Netzwerk Nord', targetGroup: 'Familien', area: 'Nordstadt' },
      new Map([
        ['s1', 'Gabi'],
        ['s2', 'Hanna'],
      ]),
      'de',
      { narrations: true },
    );
    expect(p.queries[0]).toEqual({
      question: 'Wer muss an den Tisch?',
      groups: [{ name: 'Ämter', cards: ['Jobcenter', 'Jugendamt'] }],
      unclustered: [],
    });
    expect(p.cases[0]!.roles).toEqual({ giver: 'Gabi', moderators: ['Hanna'], userPerspective: 'Gabi' });
    expect(p.cases[0]!.grids[0]!.rows[0]).toEqual({
      organisation: 'Jugendamt',
      cells: ['Hilfe zur Erziehung', '', '', '', '', '', ''],
    });
    expect(p.crossCaseThemes[0]).toMatchObject({
      title: 'Abgestimmte Hilfen',
      cases: ['Familie K.', '?'],
      generative: true,
    });
    const md = protocolToMarkdown(p, testProtocolLabels);
    for (const s of [
      '# Result protocol: Netzwerk Nord',
      '## Card queries',
      '**Ämter:** Jobcenter, Jugendamt',
      '### Familie K.',
      'K., 29, zwei Kinder',
      'Hilfe zur Erziehung',
      'Auflagen kollidieren',
      'Hilfeplanung \\| Abstimmung',
      '## Cross-case themes',
      'Jobcenter (in the network)',
      'Sozialbericht, Tab. 3 (2025): adds',
      '## Generative themes',
      '## Goal system',
      '24.11.2026: Zielsystem beschlossen (green 4, blue 0, red 0)',
    ]) {
      expect(md, s).toContain(s);
    }
    // anonymous card authors appear nowhere
    expect(md).not.toContain('s1');
  });

  it('takes case narrations into the protocol only when ticked (default off), and lists assignments', () => {
    const { board, control } = workshop();
    const meta = { name: 'Netzwerk Nord', targetGroup: 'Familien', area: 'Nordstadt' };
    const plain = buildProtocol(board, control, meta, new Map());
    expect(plain.cases[0]!.narration).toBeNull();
    const md = protocolToMarkdown(
      {
        ...plain,
        assignments: [
          { what: 'Flyer übersetzen', organisation: 'Jugendamt', person: 'Gabi', due: '15.01.2027', status: 'open' },
        ],
      },
      testProtocolLabels,
    );
    expect(md).not.toContain('K., 29, zwei Kinder');
    expect(md).toContain('*Case narrations not included*');
    expect(md).toContain('## Assignments');
    expect(md).toContain('| Flyer übersetzen | Jugendamt (Gabi) | 15.01.2027 | open |');
    const ticked = buildProtocol(board, control, meta, new Map(), 'de', { narrations: true });
    expect(protocolToMarkdown(ticked, testProtocolLabels)).toContain('K., 29, zwei Kinder');
  });

  it('JSON backup → restore gives deep-equal content', () => {
    const { board, control } = workshop();
    const backup = createBackup(board, control, { name: 'Netzwerk Nord', targetGroup: 'Familien', area: 'Nordstadt' }, [
      { sessionId: 's1', name: 'Gabi', organisation: 'Jugendamt', level: 'operative', role: 'participant' },
    ]);
    const json = JSON.parse(JSON.stringify(backup));
    const parsed = BackupSchema.parse(json);
    const restored = restoreBackup(parsed);
    expect(documentContent(restored.board)).toEqual(documentContent(board));
    expect(documentContent(restored.control)).toEqual(documentContent(control));
    expect(planningMatrix(restored.board)).toEqual(planningMatrix(board));
    expect(() => BackupSchema.parse({ ...json, version: 2 })).toThrow();
  });
});

describe('exports of hostile texts', () => {
  const link = '[klick](javascript:alert(1))';
  const image = '![](http://elsewhere/p.png)';
  const tag = '<img src=x onerror=alert(1)>';
  const auto = '<http://evil.example>';

  it('planning matrix: Markdown cells escaped, CSV formulas defused behind whitespace', () => {
    const board = new Y.Doc();
    const o = addGoal(board, { level: 'overall', parentId: null, text: link }, { now: 1 });
    const f = addGoal(board, { level: 'framework', parentId: o.id, text: `${image}\n${tag}` }, { now: 2 });
    setGoalText(board, f.id, 'indicators', ' =HYPERLINK("http://evil") | 2');
    addGoal(board, { level: 'result', parentId: f.id, text: auto, actors: ['@Amt', 'Jobcenter'] }, { now: 3 });
    const rows = planningMatrix(board);
    expect(planningMatrixToMarkdown(rows, testMatrixLabels)).toBe(
      [
        '# Planning matrix',
        '',
        '| Level | No. | Wording | Indicators | Sources | Assumptions | Actors |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Overall goal |  | \\[klick\\](javascript:alert(1)) |  |  |  |  |',
        '| Framework goal | 1 | !\\[\\](http\\://elsewhere/p\\.png)<br>\\<img src=x onerror=alert(1)\\> |  =HYPERLINK("http\\://evil") \\| 2 |  |  |  |',
        '| Result goal | 1.1 | \\<http\\://evil\\.example\\> |  |  |  | \\@Amt; Jobcenter |',
        '',
      ].join('\n'),
    );
    expect(planningMatrixToCsv(rows, testMatrixLabels).split('\r\n').slice(2, 4)).toEqual([
      `Framework goal;1;"![](http://elsewhere/p.png)\n<img src=x onerror=alert(1)>";"' =HYPERLINK(""http://evil"") | 2";;;`,
      `Result goal;1.1;<http://evil.example>;;;;"'@Amt; Jobcenter"`,
    ]);
  });

  it('result protocol: every user text escaped, byte for byte', () => {
    const p: Protocol = {
      workshop: { name: link, targetGroup: tag, area: 'www.evil.de' },
      queries: [{ question: auto, groups: [{ name: '# Ämter', cards: [image, 'a|b'] }], unclustered: ['> zitat'] }],
      cases: [
        {
          title: '1. Fall',
          narration: `Zeile\n${tag}\n- keine Liste`,
          roles: { giver: '*Gabi*', moderators: ['_Hanna_'], userPerspective: null },
          grids: [
            { step: '`Schritt`', questions: ['Frage | 1'], rows: [{ organisation: '[Amt]', cells: [`a\n${link}`] }] },
          ],
          reconstruction: { webOfEffects: image, situation: '', disagreements: '&lt;b&gt;' },
          themes: [auto],
        },
      ],
      crossCaseThemes: [
        {
          title: '~~x~~',
          cases: ['[Fall]'],
          organisations: [{ name: 'a@evil.de', inNetwork: true }],
          generative: true,
        },
      ],
      planningThemes: [
        {
          title: tag,
          report: 'http://evil.de',
          table: '|',
          year: 2025,
          relation: 'adds',
          note: '$x$',
          generative: false,
        },
      ],
      generativeThemes: ['~~x~~'],
      goals: [],
      resolutions: [
        {
          text: 'einstimmig beschlossen (40/0/0)',
          tally: { green: 40, blue: 0, red: 0 },
          date: '2026-11-24',
          imported: { consistent: false },
        },
        { text: link, tally: null, date: '2026-11-25', imported: { consistent: true } },
        { text: 'hier beschlossen', tally: null, date: '2026-11-26', imported: null },
      ],
    };
    expect(protocolToMarkdown(p, testProtocolLabels)).toBe(
      [
        '# Result protocol: \\[klick\\](javascript:alert(1))',
        '',
        'Target group: \\<img src=x onerror=alert(1)\\> · Area: www\\.evil\\.de',
        '',
        '## Card queries',
        '',
        '### \\<http\\://evil\\.example\\>',
        '',
        '- **\\# Ämter:** !\\[\\](http\\://elsewhere/p\\.png), a\\|b',
        '- *No cluster:* \\> zitat',
        '',
        '## Cases (pseudonymised)',
        '',
        '### 1\\. Fall',
        '',
        'Zeile  ',
        '\\<img src=x onerror=alert(1)\\>  ',
        '\\- keine Liste',
        '',
        'Case giver: \\*Gabi\\* · Moderation: \\_Hanna\\_ · User perspective: —',
        '',
        '#### \\`Schritt\\`',
        '',
        '|  | Frage \\| 1 |',
        '| --- | --- |',
        '| \\[Amt\\] | a<br>\\[klick\\](javascript:alert(1)) |',
        '',
        '#### Web of effects',
        '',
        '!\\[\\](http\\://elsewhere/p\\.png)',
        '',
        '#### Situation and dynamics',
        '',
        '—',
        '',
        '#### Differing readings',
        '',
        '\\&lt;b\\&gt;',
        '',
        '#### Theme store',
        '',
        '- \\<http\\://evil\\.example\\>',
        '',
        '## Cross-case themes',
        '',
        '- **\\~\\~x\\~\\~** — \\[Fall\\] — a\\@evil\\.de (in the network)',
        '',
        '## Themes from planning data',
        '',
        '- **\\<img src=x onerror=alert(1)\\>** — http\\://evil\\.de, \\| (2025): adds. \\$x\\$',
        '',
        '## Generative themes',
        '',
        '- \\~\\~x\\~\\~',
        '',
        '## Resolutions',
        '',
        '- 2026-11-24: einstimmig beschlossen (40/0/0) (green 40, blue 0, red 0) — **taken over from a backup, not decided in this workshop; its tally does not agree with its round**',
        '- 2026-11-25: \\[klick\\](javascript:alert(1)) — **taken over from a backup, not decided in this workshop**',
        '- 2026-11-26: hier beschlossen',
        '',
      ].join('\n'),
    );
  });
});
