// Board rules, enforced on every update a connection sends to a board
// document, before anything of it is applied, stored or relayed. The update
// is decoded (its items and its delete set) and every item is located in the
// board's schema — root map, entity, field — using the room's document for
// the items it already holds. Then each creation, change and deletion is
// checked against the session's rights and the running step's rules. An
// update is taken whole or refused whole; see Room (close code 4409).
import * as Y from 'yjs';
import {
  activeQuery,
  CardSchema,
  ClusterSchema,
  readAgenda,
  getPosition,
  getQuery,
  GOAL_TEXT_MAX,
  parseCellKey,
  participantCardRule,
  rowIdOf,
  stakeholderRowOfKey,
  stepAt,
  ThemeSchema,
} from '@nws/shared';
import type { z } from 'zod';

/** Yjs's delete set (not exported under a name): client → deleted clock ranges. */
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];
import type { Session } from '../store/workshopStore.js';

/** Everything a check needs besides the update: who sends it and the workshop's control state. */
export interface RuleContext {
  session: Pick<Session, 'id' | 'role' | 'organisation'>;
  /** The workshop's control document (step, queries); null if it could not be loaded. */
  control: Y.Doc | null;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Longest text a client may grow a grid cell or reconstruction text to; goal texts stop at GOAL_TEXT_MAX. */
export const SHARED_TEXT_MAX = 20_000;
/** Deepest path a client may write: root, entity, field, position in a text. */
export const MAX_DEPTH = 4;
/** Largest plain value (JSON characters) one field may hold. */
const MAX_VALUE_CHARS = 64 * 1024;
/** Most items one update may carry: far above any honest edit, far below what hurts the server. */
export const MAX_ITEMS_PER_UPDATE = 50_000;

/** Where an item sits: a root map, then map keys ('#' for a position in a sequence). */
type Path = readonly string[];

/** Fields of card maps by what they are. */
const CARD_IMMUTABLE = new Set(['id', 'authorId', 'queryId', 'createdAt']);
const CARD_LAYOUT = new Set(['x', 'y', 'clusterId', 'stackedOn', 'updatedAt']);
const GOAL_TEXT_FIELDS = new Set(['text', 'indicators', 'sources', 'assumptions']);
const GOAL_STRUCTURE = new Set(['id', 'level', 'parentId', 'order', 'actors', 'themeId', 'createdAt']);
const THEME_OPEN_FIELDS = new Set(['title']);
const ROOTS: ReadonlySet<string> = new Set(['cards', 'clusters', 'themes', 'goals', 'grids', 'texts']);

class Refused extends Error {}
const refuse = (reason: string): never => {
  throw new Refused(reason);
};

/**
 * What kind of document is checked: which roots a client may touch at all,
 * and which row (an organisation's key) a shared text belongs to — a
 * participant types only into texts of their own organisation's row (null:
 * a text of no row, open to everyone).
 */
interface DocProfile {
  roots: ReadonlySet<string>;
  rowOfText: (key: string) => string | null;
}

const BOARD: DocProfile = {
  roots: ROOTS,
  rowOfText: (key) => (key.startsWith('cell/') ? (parseCellKey(key)?.rowId ?? '') : null),
};

/**
 * A network's stakeholder analysis (doc/stakeholders.ts): the server makes
 * its columns, rows and cell texts; clients only type into the texts, a
 * participant into their own organisation's row.
 */
const STAKEHOLDERS: DocProfile = {
  roots: new Set(['texts']),
  rowOfText: (key) => stakeholderRowOfKey(key) ?? '',
};

/** A body's service chains (doc/chains.ts): the server makes their structure; everyone types into their texts. */
const CHAINS: DocProfile = { roots: new Set(['texts']), rowOfText: () => null };

type Update = Uint8Array | { structs: (Y.Item | Y.GC | Y.Skip)[]; ds: DeleteSet };

/** Checks one update from `ctx.session` against the board `doc` as it is now. */
export function checkBoardUpdate(doc: Y.Doc, update: Update, ctx: RuleContext): Verdict {
  return check(BOARD, doc, update, ctx);
}

/** Checks one update to a network's stakeholder analysis (no control state involved). */
export function checkStakeholderUpdate(doc: Y.Doc, update: Update, session: RuleContext['session']): Verdict {
  return check(STAKEHOLDERS, doc, update, { session, control: null });
}

/** Checks one update to a body's service chains. */
export function checkChainsUpdate(doc: Y.Doc, update: Update, session: RuleContext['session']): Verdict {
  return check(CHAINS, doc, update, { session, control: null });
}

function check(profile: DocProfile, doc: Y.Doc, update: Update, ctx: RuleContext): Verdict {
  const decoded = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  try {
    new Check(profile, doc, decoded.structs, decoded.ds, ctx).run();
    return { ok: true };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, reason: err.message };
    throw err;
  }
}

/** Where an own item sits, and whether its container was created by the same update. */
interface Located {
  path: Path;
  /** The container type was created by this update (a new entity map, a new text). */
  fresh: boolean;
  /** For fields of a new entity: the entity map's item. */
  entity: Y.Item | null;
}

class Check {
  private readonly store: Y.Doc['store'];
  /** The update's new items by client (parts the server already has are left out), for references between them. */
  private readonly own = new Map<number, Y.Item[]>();
  /** Highest clock + 1 the update carries per client (items, deleted content, skips). */
  private readonly ownEnd = new Map<number, number>();
  private readonly located = new Map<Y.Item, Located | null>();
  /** New entity maps of this update with the plain fields written into them. */
  private readonly created = new Map<Y.Item, { root: string; key: string; fields: Map<string, unknown> }>();
  /** Existing entity fields written by this update (root/key/field), so removing the old value is part of that write. */
  private readonly written = new Set<string>();
  /** Characters each shared text grows by. */
  private readonly grows = new Map<string, number>();
  private readonly isModerator: boolean;

  constructor(
    private readonly profile: DocProfile,
    private readonly doc: Y.Doc,
    private readonly structs: (Y.Item | Y.GC | Y.Skip)[],
    private readonly ds: DeleteSet,
    private readonly ctx: RuleContext,
  ) {
    this.store = doc.store;
    this.isModerator = ctx.session.role === 'moderator';
  }

  run(): void {
    if (this.ctx.session.role === 'screen') refuse('the shared screen does not write');
    let count = 0;
    for (const s of this.structs) {
      const end = s.id.clock + s.length;
      this.ownEnd.set(s.id.client, Math.max(this.ownEnd.get(s.id.client) ?? 0, end));
      if (!(s instanceof Y.Item)) continue;
      if (end <= Y.getState(this.store, s.id.client)) continue; // already here: Yjs skips it
      if (++count > MAX_ITEMS_PER_UPDATE) refuse('update too large');
      let list = this.own.get(s.id.client);
      if (!list) this.own.set(s.id.client, (list = []));
      list.push(s);
    }
    for (const list of this.own.values()) list.sort((a, b) => a.id.clock - b.id.clock);
    for (const list of this.own.values()) for (const item of list) this.checkInsert(item);
    for (const c of this.created.values()) this.checkCreation(c.root, c.key, c.fields);
    this.checkDeletions();
  }

  // --- locating items -------------------------------------------------------

  /** An item of this update or of the document with the given id; 'gc' for collected content; null if neither has it. */
  private find(id: Y.ID): { item: Y.Item; own: boolean } | 'gc' | null {
    const list = this.own.get(id.client);
    if (list) {
      const hit = binaryFind(list, id.clock);
      if (hit) return { item: hit, own: true };
    }
    if (id.clock >= Y.getState(this.store, id.client)) return null;
    const struct = Y.getItem(this.store, id) as Y.Item | Y.GC;
    return struct instanceof Y.Item ? { item: struct, own: false } : 'gc';
  }

  /**
   * The own item another own item's place depends on: its parent type, or (for items without
   * parent info) the neighbour it was inserted beside. null if that is in the document already.
   */
  private dependency(item: Y.Item): { kind: 'parent' | 'sibling'; item: Y.Item } | null {
    const parent = item.parent as unknown;
    const ref =
      parent instanceof Y.ID ? parent : parent === null ? ((item.origin ?? item.rightOrigin) as Y.ID | null) : null;
    if (!ref) return null;
    const f = this.find(ref);
    if (!f || f === 'gc' || !f.own) return null;
    if (f.item === item) refuse('an item refers to itself');
    return { kind: parent instanceof Y.ID ? 'parent' : 'sibling', item: f.item };
  }

  /** Where an own item goes, for one that depends on nothing else in the update. null: under collected content (no effect). */
  private locateBase(item: Y.Item): Located | null {
    const parent = item.parent as unknown;
    const key = item.parentSub ?? '#';
    if (typeof parent === 'string') return { path: [parent, key], fresh: false, entity: null };
    const ref = parent instanceof Y.ID ? parent : ((item.origin ?? item.rightOrigin) as Y.ID | null);
    if (!ref) return refuse('an item without a place');
    const f = this.find(ref);
    if (!f) return refuse('the update refers to content the server does not have');
    if (f === 'gc') return null;
    const path = docItemPath(f.item);
    if (path === null) return null;
    if (parent instanceof Y.ID) {
      if (!(f.item.content instanceof Y.ContentType)) refuse('the parent is not a shared type');
      return { path: [...path, key], fresh: false, entity: null };
    }
    return { path, fresh: false, entity: null }; // beside an existing item: same container, same key
  }

  /** Locates an own item, resolving chains of own items with an explicit stack (hostile depth cannot overflow it). */
  private locate(item: Y.Item): Located | null {
    if (this.located.has(item)) return this.located.get(item)!;
    const stack: { item: Y.Item; viaParent: boolean }[] = [{ item, viaParent: false }];
    let nesting = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const dep = this.dependency(top.item);
      if (dep && !this.located.has(dep.item)) {
        if (dep.kind === 'parent' && ++nesting > MAX_DEPTH) refuse('nested too deeply');
        if (stack.length > MAX_ITEMS_PER_UPDATE) refuse('update too large');
        stack.push({ item: dep.item, viaParent: dep.kind === 'parent' });
        continue;
      }
      let at: Located | null;
      if (!dep) at = this.locateBase(top.item);
      else {
        const base = this.located.get(dep.item) ?? null;
        if (base === null) at = null;
        else if (dep.kind === 'sibling') at = base;
        else {
          if (!(dep.item.content instanceof Y.ContentType)) refuse('the parent is not a shared type');
          at = {
            path: [...base.path, top.item.parentSub ?? '#'],
            fresh: true,
            entity: base.path.length === 2 ? dep.item : base.entity,
          };
        }
      }
      if (at && at.path.length > MAX_DEPTH) refuse('nested too deeply');
      this.located.set(top.item, at);
      stack.pop();
      if (top.viaParent) nesting--;
    }
    return this.located.get(item)!;
  }

  // --- inserts -------------------------------------------------------------

  private checkInsert(item: Y.Item): void {
    const at = this.locate(item);
    if (at === null || item.content instanceof Y.ContentDeleted) return; // no visible effect
    const { path, fresh } = at;
    const [root, key, field, sub] = path;
    const content = item.content;
    if (!root || !this.profile.roots.has(root)) refuse(`unknown part of the document: ${String(root)}`);
    if (key === undefined || key === '#') refuse(`${root} is a map of entities`);
    if (key!.length > 200) refuse('key too long');
    if (path.length === 2) {
      const wanted = root === 'texts' ? Y.Text : Y.Map;
      if (!(content instanceof Y.ContentType) || !(content.type instanceof wanted))
        refuse(`${root}/${key} must be a ${root === 'texts' ? 'text' : 'map'}`);
      this.created.set(item, { root: root!, key: key!, fields: new Map() });
      return;
    }
    if (root === 'texts') {
      if (path.length !== 3 || field !== '#') refuse('texts hold plain text');
      return this.checkTextInsert(item, path, fresh);
    }
    if (path.length === 3) {
      const entity = fresh ? this.created.get(at.entity!) : undefined;
      if (fresh && !entity) refuse('a field of an unknown entity');
      return this.checkFieldWrite(root!, key!, field!, item, entity?.fields ?? null);
    }
    if (root === 'goals' && path.length === 4 && GOAL_TEXT_FIELDS.has(field!) && sub === '#')
      return this.checkTextInsert(item, path, fresh);
    refuse(`nothing may be nested at ${path.join('/')}`);
  }

  /** A value set on a field of an entity map: of a new entity (`fields` collects it) or of an existing one. */
  private checkFieldWrite(
    root: string,
    key: string,
    field: string,
    item: Y.Item,
    fields: Map<string, unknown> | null,
  ): void {
    const content = item.content;
    if (root === 'goals' && GOAL_TEXT_FIELDS.has(field)) {
      if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.Text))
        refuse(`goal ${field} is a shared text`);
      if (fields) fields.set(field, '');
      else this.requireModerator('the goal system’s structure is the moderation’s');
      return;
    }
    if (!(content instanceof Y.ContentAny) || content.arr.length !== 1)
      refuse(`${root}/${key}/${field} must be a plain value`);
    const value = (content as Y.ContentAny).arr[0];
    if (approxSize(value) > MAX_VALUE_CHARS) refuse('value too large');
    if (fields) {
      fields.set(field, value);
      return;
    }
    this.written.add(`${root}/${key}/${field}`);
    this.checkChange(root, key, field, value);
  }

  /** A field of an existing entity is changed (or removed, when value is undefined). */
  private checkChange(root: string, key: string, field: string, value: unknown): void {
    const { session } = this.ctx;
    switch (root) {
      case 'cards': {
        const card = this.existingMap(root, key);
        if (CARD_IMMUTABLE.has(field)) refuse(`card ${field} cannot be changed`);
        if (value !== undefined) validateField(CardSchema.shape, field, value, 'card');
        if (this.isModerator || (card !== null && card.get('authorId') === session.id)) return;
        if (CARD_LAYOUT.has(field) && this.clusteringOpen(card?.get('queryId'))) return;
        return refuse(
          'participants change only their own cards (moving and clustering: the cards of a revealed query)',
        );
      }
      case 'clusters': {
        if (field === 'id' || field === 'queryId' || field === 'createdAt')
          refuse(`cluster ${field} cannot be changed`);
        if (value === undefined) refuse('cluster fields cannot be removed');
        validateField(ClusterSchema.shape, field, value, 'cluster');
        if (this.isModerator || this.clusteringOpen(this.existingMap(root, key)?.get('queryId'))) return;
        return refuse('clusters change while their query is revealed');
      }
      case 'themes': {
        if (field === 'id' || field === 'createdAt') refuse(`theme ${field} cannot be changed`);
        if (value !== undefined) validateField(ThemeSchema.shape, field, value, 'theme');
        if (this.isModerator || (THEME_OPEN_FIELDS.has(field) && value !== undefined)) return;
        return refuse('only the moderation changes this part of a theme');
      }
      case 'goals': {
        if (field === 'id' || field === 'createdAt') refuse(`goal ${field} cannot be changed`);
        if (!GOAL_STRUCTURE.has(field)) refuse(`goals have no field ${field}`);
        if (value !== undefined && field === 'actors') validateActors(value);
        return this.requireModerator('the goal system’s structure is the moderation’s');
      }
      default:
        return refuse(`${root} are made by the server`);
    }
  }

  private existingMap(root: string, key: string): Y.Map<unknown> | null {
    const m = (this.doc.getMap(root) as Y.Map<unknown>).get(key);
    return m instanceof Y.Map ? m : null;
  }

  private requireModerator(reason: string): void {
    if (!this.isModerator) refuse(reason);
  }

  /** Typing into a shared text: plain strings only, within its length limit, in a text the sender may write. */
  private checkTextInsert(item: Y.Item, path: Path, fresh: boolean): void {
    if (!(item.content instanceof Y.ContentString)) refuse('shared texts hold plain text only');
    if (!fresh) this.textWriteAllowed(path);
    const k = path.slice(0, -1).join('/');
    const grown =
      (this.grows.get(k) ?? (fresh ? 0 : (this.existingText(path)?.length ?? 0))) + item.content.getLength();
    if (grown > (path[0] === 'goals' ? GOAL_TEXT_MAX : SHARED_TEXT_MAX)) refuse('text too long');
    this.grows.set(k, grown);
  }

  private existingText(path: Path): Y.Text | null {
    const [root, key, field] = path;
    const t =
      root === 'texts'
        ? (this.doc.getMap(root) as Y.Map<unknown>).get(key!)
        : this.existingMap(root!, key!)?.get(field!);
    return t instanceof Y.Text ? t : null;
  }

  /** Who may type into which shared text: a cell of a row only someone of that row's organisation. */
  private textWriteAllowed(path: Path): void {
    if (this.isModerator) return;
    const [root, key] = path;
    if (root !== 'texts') return;
    const row = this.profile.rowOfText(key!);
    if (row !== null && row !== rowIdOf(this.ctx.session.organisation || '-'))
      refuse('participants write only their own organisation’s row');
  }

  // --- creations -------------------------------------------------------------

  private checkCreation(root: string, key: string, fields: Map<string, unknown>): void {
    const { session } = this.ctx;
    const obj = Object.fromEntries(fields);
    switch (root) {
      case 'cards': {
        const card = parseComplete(StrictCard, obj, key, 'card');
        if (card.authorId !== undefined && card.authorId !== session.id)
          refuse('a card’s author is the one who writes it');
        if (this.isModerator) return;
        if (card.authorId !== session.id) refuse('a participant’s card carries their own id');
        if (card.queryId !== undefined) refuse('the cards of a card query are revealed by the server');
        return this.checkStepAllowsCards(card.kind);
      }
      case 'clusters': {
        const cluster = parseComplete(StrictCluster, obj, key, 'cluster');
        if (this.isModerator || this.clusteringOpen(cluster.queryId)) return;
        return refuse('clusters are made while their query is revealed');
      }
      case 'themes': {
        const th = parseComplete(StrictTheme, obj, key, 'theme');
        if (this.isModerator) return;
        const plain = th.kind === 'case' && (th.source === 'manual' || th.source === 'reconstruction');
        if (!plain || th.generative || th.clusterId || th.sourceThemeIds || th.planning) {
          refuse('participants add case themes; promoting, merging, planning data and choosing are the moderation’s');
        }
        return;
      }
      case 'goals':
        return this.requireModerator('the goal system’s structure is the moderation’s');
      default:
        return refuse(`${root} are made by the server`);
    }
  }

  /** The running step's board rules, and a private card query in writing, keep participants from adding cards. */
  private checkStepAllowsCards(kind: string | undefined): void {
    const control = this.ctx.control;
    if (!control) return refuse('the workshop’s state is not available');
    const rule = participantCardRule(stepAt(readAgenda(control), getPosition(control)), activeQuery(control));
    if (rule === 'blocked') refuse('no cards while this step runs');
    if (rule === 'private') refuse('while a card query is open, cards are written privately');
    if (rule === 'question' && kind !== 'question') refuse('in this step cards are clarifying questions');
  }

  /** Clustering moves are open to everyone for the cards and clusters of a revealed query. */
  private clusteringOpen(queryId: unknown): boolean {
    if (typeof queryId !== 'string' || !this.ctx.control) return false;
    return getQuery(this.ctx.control, queryId)?.status === 'revealed';
  }

  // --- deletions -------------------------------------------------------------

  private checkDeletions(): void {
    for (const [client, ranges] of this.ds.clients) {
      const known = Y.getState(this.store, client);
      const carried = this.ownEnd.get(client) ?? known;
      const structs = this.store.clients.get(client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        // Beyond what the server has, only the update's own new content may be deleted (its creation was checked).
        if (end > Math.max(known, carried)) refuse('the update deletes content the server does not have');
        if (!structs || clock >= known) continue;
        for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
          const s = structs[i]!;
          if (s.id.clock >= end) break;
          if (s instanceof Y.Item && !s.deleted) this.checkDelete(s);
        }
      }
    }
  }

  private checkDelete(item: Y.Item): void {
    // Inside something this update deletes as a whole (or that is gone already): that deletion decides.
    for (
      let t = item.parent as Y.AbstractType<unknown> | null;
      t?._item;
      t = t._item.parent as Y.AbstractType<unknown> | null
    ) {
      if (t._item.deleted || Y.isDeleted(this.ds, t._item.id)) return;
    }
    const path = docItemPath(item);
    if (path === null) return;
    const [root, key, field, sub] = path;
    if (!root || !this.profile.roots.has(root) || key === undefined) return refuse('unknown part of the document');
    if (path.length === 2) return this.checkEntityDelete(root, key, item);
    if (root === 'texts' || (root === 'goals' && path.length === 4 && GOAL_TEXT_FIELDS.has(field!) && sub === '#'))
      return this.textWriteAllowed(path);
    if (path.length === 3) {
      if (this.written.has(`${root}/${key}/${field}`)) return; // the old value of a field this update writes
      return this.checkChange(root, key, field!, undefined);
    }
    refuse(`nothing may be removed at ${path.join('/')}`);
  }

  private checkEntityDelete(root: string, key: string, item: Y.Item): void {
    const map = item.content instanceof Y.ContentType ? item.content.type : null;
    switch (root) {
      case 'cards': {
        const author = map instanceof Y.Map ? map.get('authorId') : undefined;
        if (this.isModerator || (author !== undefined && author === this.ctx.session.id)) return;
        return refuse('participants delete only their own cards');
      }
      case 'clusters':
        return this.requireModerator('dissolving a cluster is the moderation’s');
      case 'themes':
        return this.requireModerator('deleting a theme is the moderation’s');
      case 'goals':
        return this.requireModerator('deleting a goal is the moderation’s');
      default:
        return refuse(`${root} are removed by the server only (${key})`);
    }
  }
}

/** The own item covering a clock, by binary search over items sorted by clock. */
function binaryFind(list: Y.Item[], clock: number): Y.Item | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = list[mid]!;
    if (clock < it.id.clock) hi = mid - 1;
    else if (clock >= it.id.clock + it.length) lo = mid + 1;
    else return it;
  }
  return null;
}

// Built once: zod compiles a schema's fast path on first use, and a schema
// made anew per update (`.strict()` inline) paid that compile every time.
const StrictCard = CardSchema.strict();
const StrictCluster = ClusterSchema.strict();
const StrictTheme = ThemeSchema.strict();

function parseComplete<S extends z.ZodType<{ id: string }>>(
  schema: S,
  obj: unknown,
  key: string,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(obj);
  if (!parsed.success)
    return refuse(
      `a new ${what} must be complete: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
    );
  if (parsed.data.id !== key) refuse(`a ${what}’s id is its key`);
  return parsed.data;
}

function validateActors(value: unknown): void {
  if (!Array.isArray(value) || value.length > 50 || value.some((a) => typeof a !== 'string' || a.length > 120))
    refuse('actors: a list of organisation names');
}

/** Path of a type in the document: root name, then keys; null if it hangs under collected content. */
function docPath(type: Y.AbstractType<unknown> | null): Path | null {
  const keys: string[] = [];
  let t = type;
  for (let guard = 0; t; guard++) {
    if (guard > MAX_DEPTH + 2) return refuse('nested too deeply');
    const holder: Y.Item | null = t._item;
    if (holder === null) {
      const name = rootName(t);
      if (name === null) return null;
      keys.push(name);
      return keys.reverse();
    }
    keys.push(holder.parentSub ?? '#');
    t = holder.parent as Y.AbstractType<unknown> | null;
  }
  return null;
}

function docItemPath(item: Y.Item): Path | null {
  const container = docPath(item.parent as Y.AbstractType<unknown> | null);
  return container && [...container, item.parentSub ?? '#'];
}

function rootName(type: Y.AbstractType<unknown>): string | null {
  const doc = type.doc;
  if (!doc) return null;
  for (const [name, t] of doc.share) if (t === type) return name;
  return null;
}

function validateField(shape: Record<string, z.ZodType>, field: string, value: unknown, what: string): void {
  const schema = shape[field];
  if (!schema) refuse(`${what}s have no field ${field}`);
  const r = schema!.safeParse(value);
  if (!r.success) refuse(`${what} ${field}: ${r.error.issues[0]?.message ?? 'invalid'}`);
}

/** A cheap upper bound of a plain value's JSON size, without recursion limits being hit by hostile depth. */
function approxSize(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v && typeof v === 'object') {
      size += 2;
      if (stack.length > 10_000) return Infinity;
      for (const [k, x] of Object.entries(v)) {
        size += k.length + 3;
        stack.push(x);
      }
    } else size += 8;
    if (size > 1_000_000) return size;
  }
  return size;
}
