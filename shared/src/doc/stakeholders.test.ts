import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addStakeholderColumn,
  editStakeholderCell,
  ensureStakeholderColumns,
  ensureStakeholderRow,
  moveStakeholderColumn,
  readStakeholders,
  removeStakeholderColumn,
  removeStakeholderRow,
  renameStakeholderColumn,
  setStakeholderSignificance,
  stakeholderCellText,
  stakeholderRowOfKey,
  stakeholderCellKey,
} from './stakeholders.js';
import { compareStakeholderStates } from '../model/stakeholders.js';
import { stakeholdersToCsv, stakeholdersToMarkdown } from '../export/stakeholders.js';

/** Two replicas of one analysis, made from a common start, that exchange updates only when told. */
function replicas() {
  const a = new Y.Doc();
  ensureStakeholderColumns(a);
  ensureStakeholderRow(a, 'Jobcenter', 'involved', 1);
  ensureStakeholderRow(a, 'Jugendamt/ASD', 'involved', 2);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, ua);
    Y.applyUpdate(a, ub);
  };
  return { a, b, sync };
}

const titles = (d: Y.Doc) => readStakeholders(d).columns.map((c) => c.title);

describe('stakeholder analysis document', () => {
  it('starts with the default columns and a row per organisation with an empty text per text column', () => {
    const { a } = replicas();
    expect(titles(a)).toEqual([
      'Interessen/Ziele',
      'Ressourcen/Potenziale',
      'Bedeutung für das Netzwerk',
      'Restriktionen/Konflikte',
    ]);
    const s = readStakeholders(a);
    expect(s.rows.map((r) => r.organisation)).toEqual(['Jobcenter', 'Jugendamt/ASD']);
    expect(s.rows[1]!.cells).toEqual({ interests: '', resources: '', restrictions: '' });
    expect(stakeholderRowOfKey(stakeholderCellKey('interests', s.rows[1]!.id))).toBe('jugendamt/asd');
    // The same organisation (other case, spaces) is the same row.
    ensureStakeholderRow(a, '  jobcenter ');
    expect(readStakeholders(a).rows).toHaveLength(2);
  });

  it('adds, renames, reorders and removes columns; removing one drops its cells', () => {
    const { a } = replicas();
    addStakeholderColumn(a, 'contact', 'Ansprechpartner');
    expect(titles(a).at(-1)).toBe('Ansprechpartner');
    expect(stakeholderCellText(a, 'contact', 'jobcenter')).not.toBeNull();
    renameStakeholderColumn(a, 'contact', 'Kontaktrolle');
    moveStakeholderColumn(a, 'contact', 0);
    expect(titles(a)[0]).toBe('Kontaktrolle');
    moveStakeholderColumn(a, 'interests', 99);
    expect(titles(a).at(-1)).toBe('Interessen/Ziele');
    removeStakeholderColumn(a, 'resources');
    expect(titles(a)).not.toContain('Ressourcen/Potenziale');
    expect(stakeholderCellText(a, 'resources', 'jobcenter')).toBeNull();
    expect(() => renameStakeholderColumn(a, 'resources', 'x')).toThrow(/no such column/);
    expect(() => addStakeholderColumn(a, 'y', '   ')).toThrow(/title/);
    // Once set up, removing every column does not bring the defaults back.
    for (const c of readStakeholders(a).columns) removeStakeholderColumn(a, c.id);
    ensureStakeholderColumns(a);
    expect(titles(a)).toEqual([]);
  });

  it('keeps a rename and a reorder of the same column made at once, and typing in its cells', () => {
    const { a, b, sync } = replicas();
    renameStakeholderColumn(a, 'interests', 'Interessen');
    moveStakeholderColumn(b, 'interests', 3);
    editStakeholderCell(b, 'interests', 'jobcenter', 'Vermittlung in Arbeit');
    editStakeholderCell(a, 'interests', 'jobcenter', 'Ziel: ');
    sync();
    expect(readStakeholders(a)).toEqual(readStakeholders(b));
    expect(titles(a).at(-1)).toBe('Interessen');
    const cell = readStakeholders(a).rows[0]!.cells['interests']!;
    expect(cell).toContain('Vermittlung in Arbeit');
    expect(cell).toContain('Ziel: ');
  });

  it('converges when one replica adds and moves columns while another removes one and types', () => {
    const { a, b, sync } = replicas();
    addStakeholderColumn(a, 'contact', 'Kontakt');
    moveStakeholderColumn(a, 'contact', 1);
    removeStakeholderColumn(b, 'restrictions');
    moveStakeholderColumn(b, 'significance', 0);
    editStakeholderCell(b, 'resources', 'jugendamt/asd', 'Fachkräfte');
    setStakeholderSignificance(b, 'jobcenter', 'wanted');
    sync();
    const s = readStakeholders(a);
    expect(s).toEqual(readStakeholders(b));
    expect(s.columns.map((c) => c.id)).toEqual(['significance', 'interests', 'contact', 'resources']);
    expect(s.rows[1]!.cells['resources']).toBe('Fachkräfte');
    expect(s.rows[0]!.significance).toBe('wanted');
  });

  it('a removed column wins over typing into it at the same time; other columns keep theirs', () => {
    const { a, b, sync } = replicas();
    removeStakeholderColumn(a, 'interests');
    editStakeholderCell(b, 'interests', 'jobcenter', 'lost with the column');
    editStakeholderCell(b, 'resources', 'jobcenter', 'kept');
    renameStakeholderColumn(b, 'interests', 'renamed while removed');
    sync();
    expect(readStakeholders(a)).toEqual(readStakeholders(b));
    expect(titles(a)).not.toContain('renamed while removed');
    expect(readStakeholders(a).rows[0]!.cells).toEqual({ resources: 'kept', restrictions: '' });
  });

  it('removes a row with its cells', () => {
    const { a } = replicas();
    removeStakeholderRow(a, 'jobcenter');
    expect(readStakeholders(a).rows.map((r) => r.id)).toEqual(['jugendamt/asd']);
    expect(stakeholderCellText(a, 'interests', 'jobcenter')).toBeNull();
  });
});

describe('comparing two saved states', () => {
  it('shows rows added and removed, cells changed, columns renamed, and significance changes on their own', () => {
    const d = new Y.Doc();
    ensureStakeholderColumns(d);
    ensureStakeholderRow(d, 'Jobcenter');
    ensureStakeholderRow(d, 'Schulamt', 'wanted');
    ensureStakeholderRow(d, 'Sportverein', 'external');
    editStakeholderCell(d, 'interests', 'jobcenter', 'Vermittlung');
    const before = readStakeholders(d);
    editStakeholderCell(d, 'interests', 'jobcenter', 'Vermittlung und Sprache');
    setStakeholderSignificance(d, 'schulamt', 'involved');
    removeStakeholderRow(d, 'sportverein');
    ensureStakeholderRow(d, 'Migrationsberatung', 'wanted');
    renameStakeholderColumn(d, 'resources', 'Ressourcen');
    const after = readStakeholders(d);

    const cmp = compareStakeholderStates(before, after);
    expect(cmp.counts).toEqual({ added: 1, removed: 1, changed: 2, significanceChanged: 1 });
    const byId = Object.fromEntries(cmp.rows.map((r) => [r.id, r]));
    expect(byId['migrationsberatung']!.change).toBe('added');
    expect(byId['sportverein']!.change).toBe('removed');
    expect(byId['schulamt']!.significance).toEqual({ before: 'wanted', after: 'involved', changed: true });
    const cell = byId['jobcenter']!.cells.find((c) => c.columnId === 'interests')!;
    expect(cell).toMatchObject({ before: 'Vermittlung', after: 'Vermittlung und Sprache', changed: true });
    expect(byId['jobcenter']!.significance.changed).toBe(false);
    expect(cmp.columns.find((c) => c.id === 'resources')).toMatchObject({
      change: 'renamed',
      before: 'Ressourcen/Potenziale',
    });
    expect(compareStakeholderStates(after, after).counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      significanceChanged: 0,
    });
  });
});

describe('exports', () => {
  const labels = {
    title: 'Beteiligtenanalyse',
    organisation: 'Beteiligte(r)',
    significance: { involved: 'beteiligt', wanted: 'soll beteiligt werden', external: 'extern' },
    asOf: 'Stand: 30. November 2026',
  };
  const d = new Y.Doc();
  ensureStakeholderColumns(d);
  ensureStakeholderRow(d, 'Jugendmigrationsdienst', 'wanted');
  editStakeholderCell(d, 'interests', 'jugendmigrationsdienst', '=Sprachförderung; Übergänge\n"Ausbildung"');

  it('writes CSV for German Excel: BOM, semicolons, quoted texts, the formula guard', () => {
    const csv = stakeholdersToCsv(readStakeholders(d), labels);
    expect(
      csv.startsWith('\ufeffBeteiligte(r);Interessen/Ziele;Ressourcen/Potenziale;Bedeutung für das Netzwerk;'),
    ).toBe(true);
    expect(csv).toContain(
      'Jugendmigrationsdienst;"\'=Sprachförderung; Übergänge\n""Ausbildung""";;soll beteiligt werden;\r\n',
    );
  });

  it('writes Markdown with a section per organisation, user text escaped', () => {
    const md = stakeholdersToMarkdown(readStakeholders(d), labels);
    expect(md).toContain('# Beteiligtenanalyse\n\nStand: 30. November 2026');
    expect(md).toContain('## Jugendmigrationsdienst');
    expect(md).toContain('**Bedeutung für das Netzwerk**\n\nsoll beteiligt werden');
    expect(md).toContain('**Ressourcen/Potenziale**\n\n—');
  });
});
