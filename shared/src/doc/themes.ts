// The themes of a workshop, in the board document: case themes (typed in a
// case's theme store, or promoted from a cluster, whose cards stay linked),
// cross-case themes (merged from several cases' themes, with the
// organisations that deal with them), and themes from planning data (with
// their source and how they relate to the case themes). Generative themes
// are the ones the network will work on.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import {
  PlanningSourceSchema,
  THEME_TITLE_MAX,
  ThemeOrganisationSchema,
  ThemeSchema,
  type PlanningSource,
  type Theme,
  type ThemeOrganisation,
} from '../model/theme.js';
import { themesMap } from './board.js';
import { getCluster } from './clusters.js';

function write(doc: Y.Doc, theme: Theme): Theme {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(theme)) if (v !== undefined) m.set(k, v);
    themesMap(doc).set(theme.id, m);
  });
  return theme;
}

function parse(input: unknown): Theme {
  const t = ThemeSchema.safeParse(input);
  if (!t.success) throw new DomainError('invalid', t.error.message);
  return t.data;
}

/** Adds a theme to a case's theme store (or, with caseId null, a theme of no single case). */
export function addTheme(
  doc: Y.Doc,
  input: { title: string; caseId: string | null; source?: Theme['source'] },
  opts: { id?: string; now?: number } = {},
): Theme {
  return write(
    doc,
    parse({
      id: opts.id ?? uuidv4(),
      title: input.title.trim(),
      kind: 'case',
      caseId: input.caseId,
      source: input.source ?? 'manual',
      createdAt: opts.now ?? Date.now(),
    }),
  );
}

/** Promotes a cluster to a theme in a case's store; the cluster (and so its cards) stays linked. */
export function promoteClusterToTheme(
  doc: Y.Doc,
  clusterId: string,
  caseId: string | null,
  opts: { id?: string; now?: number; title?: string } = {},
): Theme {
  const cluster = getCluster(doc, clusterId);
  if (!cluster) throw new DomainError('not_found', 'no such cluster');
  return write(
    doc,
    parse({
      id: opts.id ?? uuidv4(),
      title: (opts.title ?? cluster.name).trim() || cluster.name,
      kind: 'case',
      caseId,
      source: 'cluster',
      clusterId,
      createdAt: opts.now ?? Date.now(),
    }),
  );
}

/**
 * Merges themes of several cases into one cross-case theme that records
 * which themes (and so cases) and which organisations it came from.
 */
export function mergeThemes(
  doc: Y.Doc,
  themeIds: string[],
  title: string,
  fromOrganisations: string[] = [],
  opts: { id?: string; now?: number } = {},
): Theme {
  if (themeIds.length < 2) throw new DomainError('invalid', 'merge at least two themes');
  for (const id of themeIds) if (!getTheme(doc, id)) throw new DomainError('not_found', `no theme ${id}`);
  return write(
    doc,
    parse({
      id: opts.id ?? uuidv4(),
      title: title.trim(),
      kind: 'crossCase',
      caseId: null,
      source: 'merge',
      sourceThemeIds: [...new Set(themeIds)],
      fromOrganisations: [...new Set(fromOrganisations.map((o) => o.trim()).filter(Boolean))],
      organisations: [],
      createdAt: opts.now ?? Date.now(),
    }),
  );
}

/** Adds a theme from social or youth-welfare planning data, with its source and relation to the cases. */
export function addPlanningTheme(
  doc: Y.Doc,
  title: string,
  planning: PlanningSource,
  opts: { id?: string; now?: number } = {},
): Theme {
  return write(
    doc,
    parse({
      id: opts.id ?? uuidv4(),
      title: title.trim(),
      kind: 'planningData',
      caseId: null,
      source: 'planningData',
      planning,
      createdAt: opts.now ?? Date.now(),
    }),
  );
}

export function getTheme(doc: Y.Doc, id: string): Theme | null {
  const m = themesMap(doc).get(id);
  if (!(m instanceof Y.Map)) return null;
  const t = ThemeSchema.safeParse(m.toJSON());
  return t.success ? t.data : null;
}

function requireMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const m = themesMap(doc).get(id);
  if (!(m instanceof Y.Map)) throw new DomainError('not_found', 'no such theme');
  return m;
}

export function renameTheme(doc: Y.Doc, id: string, title: string): void {
  const t = title.trim();
  if (!t || t.length > THEME_TITLE_MAX)
    throw new DomainError('invalid', 'theme title required (at most 200 characters)');
  requireMap(doc, id).set('title', t);
}

/** Sets the organisations that deal with a theme (and whether each is in the network). */
export function setThemeOrganisations(doc: Y.Doc, id: string, organisations: ThemeOrganisation[]): void {
  const parsed = z.array(ThemeOrganisationSchema).max(50).safeParse(organisations);
  if (!parsed.success) throw new DomainError('invalid', parsed.error.message);
  requireMap(doc, id).set('organisations', parsed.data);
}

export function setPlanningSource(doc: Y.Doc, id: string, planning: PlanningSource): void {
  requireMap(doc, id).set('planning', PlanningSourceSchema.parse(planning));
}

/** Marks a theme as generative (the network works on it) or takes it back. */
export function setGenerative(doc: Y.Doc, id: string, generative: boolean): void {
  requireMap(doc, id).set('generative', generative);
}

export function removeTheme(doc: Y.Doc, id: string): void {
  themesMap(doc).delete(id);
}

/** Themes (of one case, if given) in the order they were added. */
export function listThemes(doc: Y.Doc, caseId?: string | null): Theme[] {
  const out: Theme[] = [];
  for (const m of themesMap(doc).values()) {
    if (!(m instanceof Y.Map)) continue;
    const t = ThemeSchema.safeParse(m.toJSON());
    if (t.success && (caseId === undefined || t.data.caseId === caseId)) out.push(t.data);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The cases a theme stems from (its own, or those of the themes it merges). */
export function themeCases(doc: Y.Doc, theme: Theme): string[] {
  if (theme.caseId) return [theme.caseId];
  const out = new Set<string>();
  for (const id of theme.sourceThemeIds ?? []) {
    const src = getTheme(doc, id);
    if (src) for (const c of themeCases(doc, src)) out.add(c);
  }
  return [...out];
}
