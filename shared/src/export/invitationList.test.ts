import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../doc/cards.js';
import { createCluster, stackCard } from '../doc/clusters.js';
import { buildInvitationList, csvField, invitationListToCsv, invitationListToMarkdown } from './invitationList.js';
import { testInvitationLabels } from './labels.fixture.js';

describe('invitation list export on a bare Y.Doc', () => {
  const query = { id: 'query-0001', question: 'Wer muss an den Tisch?', areaX: 2000, areaY: 0 };
  const doc = new Y.Doc();
  const add = (text: string, i: number) =>
    addCard(doc, { text, x: 2024 + i * 244, y: 100, queryId: query.id }, { now: i }).id;
  const jc = add('Jobcenter', 1);
  const jc2 = add('Jobcenter', 2);
  const ja = add('Jugendamt', 3);
  const vhs = add('Volkshochschule', 4);
  const odd = add('=HYPERLINK("x")', 5);
  addCard(doc, { text: 'other query', x: 0, y: 0, queryId: 'query-0002' });
  createCluster(doc, query, { name: 'Arbeit', cardIds: [jc] }, { now: 10 });
  createCluster(doc, query, { name: 'Familie', cardIds: [ja] }, { now: 11 });
  stackCard(doc, jc2, jc);

  it('groups cards by cluster, duplicates once with their count', () => {
    const list = buildInvitationList(doc, query);
    expect(list.groups.map((g) => [g.name, g.entries.map((e) => `${e.text}×${e.mentions}`)])).toEqual([
      ['Arbeit', ['Jobcenter×2']],
      ['Familie', ['Jugendamt×1']],
    ]);
    expect(list.unclustered.map((e) => e.text)).toEqual(['Volkshochschule', '=HYPERLINK("x")']);
    expect(vhs && odd).toBeTruthy();
  });

  it('exports Markdown with a heading per cluster', () => {
    const md = invitationListToMarkdown(buildInvitationList(doc, query), testInvitationLabels);
    expect(md).toContain('# Invitation list');
    expect(md).toContain('## Arbeit\n\n- Jobcenter (2×)');
    expect(md).toContain('## Familie\n\n- Jugendamt');
    expect(md).toContain('## No cluster\n\n- Volkshochschule');
    expect(md).not.toContain('other query');
  });

  it('exports CSV rows per organisation for German Excel (semicolons, BOM), quoting and defusing formulas', () => {
    const csv = invitationListToCsv(buildInvitationList(doc, query), testInvitationLabels);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Cluster;Organisation;Mentions',
      'Arbeit;Jobcenter;2',
      'Familie;Jugendamt;1',
      'No cluster;Volkshochschule;1',
      `No cluster;"'=HYPERLINK(""x"")";1`,
      '',
    ]);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('invitation list export of hostile texts', () => {
  const query = { id: 'query-0009', question: 'Wer? <img src=//evil.example/q.png>', areaX: 0, areaY: 0 };
  const doc = new Y.Doc();
  const a = addCard(doc, { text: '[klick](javascript:alert(1))', x: 0, y: 0, queryId: query.id }, { now: 1 }).id;
  const b = addCard(doc, { text: '![](http://elsewhere/p.png)', x: 250, y: 0, queryId: query.id }, { now: 2 }).id;
  addCard(doc, { text: ' =HYPERLINK("http://evil")\nzwei', x: 0, y: 300, queryId: query.id }, { now: 3 });
  createCluster(doc, query, { name: '<http://evil.example> | Ämter', cardIds: [a, b] }, { now: 4 });

  it('Markdown keeps every character but no link, image or tag', () => {
    expect(invitationListToMarkdown(buildInvitationList(doc, query), testInvitationLabels)).toBe(
      [
        '# Invitation list',
        '',
        '> Wer? \\<img src=//evil\\.example/q\\.png\\>',
        '',
        '## \\<http\\://evil\\.example\\> \\| Ämter',
        '',
        '- \\[klick\\](javascript:alert(1))',
        '- !\\[\\](http\\://elsewhere/p\\.png)',
        '',
        '## No cluster',
        '',
        '- =HYPERLINK("http\\://evil") zwei',
        '',
      ].join('\n'),
    );
  });

  it('CSV defuses a formula', () => {
    expect(invitationListToCsv(buildInvitationList(doc, query), testInvitationLabels).split('\r\n')[3]).toBe(
      `No cluster;"'=HYPERLINK(""http://evil"")\nzwei";1`,
    );
  });
});
