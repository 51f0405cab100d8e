import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { applyChainOp, readChains, type Chain } from '@nws/shared';
// The fixture is not part of the package's entry (it is test data).
import { buildExampleChain } from '../../../shared/src/doc/chains.fixture';
import { layoutChain, type ChainLayout, type ChainLayoutNode, type Point } from './layout';
import { wrapText } from './layoutText';
import { ChainSvg } from './ChainDiagram';

const example = (): Chain => {
  const doc = new Y.Doc();
  buildExampleChain(doc);
  return readChains(doc)[0]!;
};

function chainWith(build: (doc: Y.Doc, chainId: string, newId: () => string) => void): Chain {
  const doc = new Y.Doc();
  let n = 0;
  const newId = () => `t${++n}`;
  const chainId = applyChainOp(doc, { op: 'createChain', title: 'Kette' }, newId).id!;
  build(doc, chainId, newId);
  return readChains(doc)[0]!;
}

const overlap = (a: ChainLayoutNode, b: ChainLayoutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Is p on the symbol's outline (box side, diamond edge, circle)? */
function onBorder(n: ChainLayoutNode, p: Point): boolean {
  const s = n.shape;
  const cx = s.x + s.width / 2;
  const cy = s.y + s.height / 2;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  if (n.kind === 'start' || n.kind === 'end') return near(Math.hypot(p.x - cx, p.y - cy), s.width / 2);
  if (n.kind === 'decision') return near(Math.abs(p.x - cx) / (s.width / 2) + Math.abs(p.y - cy) / (s.height / 2), 1);
  const inY = p.y >= s.y && p.y <= s.y + s.height;
  const inX = p.x >= s.x && p.x <= s.x + s.width;
  return (
    (inY && (near(p.x, s.x) || near(p.x, s.x + s.width))) || (inX && (near(p.y, s.y) || near(p.y, s.y + s.height)))
  );
}

/** The checks every layout must pass. */
function checkLayout(chain: Chain, layout: ChainLayout): void {
  // Bands: in lane order, stacked without gaps, full width.
  expect(layout.lanes.map((l) => l.id)).toEqual(chain.lanes.map((l) => l.id));
  let y = 0;
  for (const lane of layout.lanes) {
    expect(lane.y).toBe(y);
    expect(lane.height).toBeGreaterThan(0);
    y += lane.height;
  }
  expect(layout.height).toBe(y);
  const lane = new Map(layout.lanes.map((l) => [l.id, l]));
  for (const n of layout.nodes) {
    const l = lane.get(n.laneId)!;
    expect(n.y, n.text).toBeGreaterThanOrEqual(l.y);
    expect(n.y + n.height, n.text).toBeLessThanOrEqual(l.y + l.height);
    expect(n.x).toBeGreaterThanOrEqual(layout.headerWidth);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    // The symbol inside the footprint.
    expect(n.shape.x).toBeGreaterThanOrEqual(n.x);
    expect(n.shape.y).toBeGreaterThanOrEqual(n.y);
    expect(n.shape.x + n.shape.width).toBeLessThanOrEqual(n.x + n.width);
    expect(n.shape.y + n.shape.height).toBeLessThanOrEqual(n.y + n.height);
  }
  for (const a of layout.nodes)
    for (const b of layout.nodes) if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
  // A column's nodes share a centre line; columns do not overlap.
  for (let c = 0; c < layout.columns; c++) {
    const col = layout.nodes.filter((n) => n.column === c);
    expect(col.length).toBeGreaterThan(0);
    expect(new Set(col.map((n) => n.x + n.width / 2)).size).toBe(1);
    const next = layout.nodes.filter((n) => n.column === c + 1);
    for (const a of col) for (const b of next) expect(a.x + a.width).toBeLessThan(b.x);
  }
  const node = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const e of layout.edges) {
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < e.points.length; i++) {
      const [p, q] = [e.points[i - 1]!, e.points[i]!];
      expect(p.x === q.x || p.y === q.y, `edge ${e.id} segment ${i} is orthogonal`).toBe(true);
    }
    expect(onBorder(node.get(e.from)!, e.points[0]!), `edge ${e.id} starts on its source`).toBe(true);
    expect(onBorder(node.get(e.to)!, e.points.at(-1)!), `edge ${e.id} ends on its target`).toBe(true);
    // It arrives from the left: the arrowhead points into the target.
    const [p, q] = [e.points.at(-2)!, e.points.at(-1)!];
    expect(p.y === q.y && p.x < q.x).toBe(true);
    // No segment runs through a node other than its ends.
    for (let i = 1; i < e.points.length; i++) {
      const [a, b] = [e.points[i - 1]!, e.points[i]!];
      for (const n of layout.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        const hits =
          Math.min(a.x, b.x) < n.x + n.width &&
          Math.max(a.x, b.x) > n.x &&
          Math.min(a.y, b.y) < n.y + n.height &&
          Math.max(a.y, b.y) > n.y;
        expect(hits, `edge ${e.id} crosses ${n.text}`).toBe(false);
      }
    }
  }
}

describe('layoutChain', () => {
  it('lays out the example chain in its lanes, left to right', async () => {
    const chain = example();
    const layout = await layoutChain(chain);
    expect(layout.nodes).toHaveLength(12);
    expect(layout.edges).toHaveLength(13);
    checkLayout(chain, layout);
    const byText = (t: string) => layout.nodes.find((n) => n.text.startsWith(t))!;
    const start = layout.nodes.find((n) => n.kind === 'start')!;
    const end = layout.nodes.find((n) => n.kind === 'end')!;
    expect(start.x + start.width).toBeLessThan(end.x);
    expect(start.column).toBe(0);
    expect(end.column).toBe(layout.columns - 1);
    // Every edge goes forward in this chain.
    const node = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of layout.edges) expect(node.get(e.to)!.column).toBeGreaterThan(node.get(e.from)!.column);
    // The first steps in one lane follow each other on one line.
    const first = layout.edges.find((e) => e.from === start.id)!;
    expect(first.points).toHaveLength(2);
    expect(byText('Erstgespräch').column).toBe(1);
    // The decision's branches carry their labels beside their start.
    const decision = byText('Therapiebedarf');
    const branches = layout.edges.filter((e) => e.from === decision.id);
    expect(branches.map((e) => e.label).sort()).toEqual(['ja', 'nein']);
    for (const b of branches) {
      expect(b.labelAt).not.toBeNull();
      expect(b.labelAt!.x).toBeGreaterThan(b.points[0]!.x);
    }
    expect(layout.edges.filter((e) => !e.label).every((e) => e.labelAt === null)).toBe(true);
    expect(layout.edges.filter((e) => e.interlocked)).toHaveLength(4);
  });

  it('is deterministic', async () => {
    const chain = example();
    expect(await layoutChain(chain)).toEqual(await layoutChain(example()));
  });

  it('lays out a start and an end in one lane', async () => {
    const chain = chainWith((doc, chainId, newId) => {
      const laneId = applyChainOp(doc, { op: 'addLane', chainId, organisation: 'Amt' }, newId).id!;
      const a = applyChainOp(doc, { op: 'addNode', chainId, laneId, kind: 'start', text: 'Antrag' }, newId).id!;
      const b = applyChainOp(doc, { op: 'addNode', chainId, laneId, kind: 'end', text: 'Bescheid' }, newId).id!;
      applyChainOp(doc, { op: 'addEdge', chainId, from: a, to: b }, newId);
    });
    const layout = await layoutChain(chain);
    checkLayout(chain, layout);
    expect(layout.columns).toBe(2);
    const [start, end] = layout.nodes;
    expect(start!.x + start!.width).toBeLessThan(end!.x);
    expect(layout.edges[0]!.points).toHaveLength(2);
  });

  it('draws only the bands of a chain without nodes', async () => {
    const chain = chainWith((doc, chainId, newId) => {
      applyChainOp(doc, { op: 'addLane', chainId, organisation: 'Jobcenter' }, newId);
      applyChainOp(doc, { op: 'addLane', chainId, organisation: 'Jugendamt' }, newId);
    });
    const layout = await layoutChain(chain);
    checkLayout(chain, layout);
    expect(layout.nodes).toEqual([]);
    expect(layout.edges).toEqual([]);
    expect(layout.lanes).toHaveLength(2);
    expect(layout.width).toBeGreaterThan(layout.headerWidth);
    expect((await layoutChain(chainWith(() => {}))).height).toBe(0);
  });

  it('stacks nodes sharing a column in a lane and routes edges back around', async () => {
    // A branch into two steps of one lane, and a loop back from the later step.
    const chain = chainWith((doc, chainId, newId) => {
      const l1 = applyChainOp(doc, { op: 'addLane', chainId, organisation: 'Amt A' }, newId).id!;
      const l2 = applyChainOp(doc, { op: 'addLane', chainId, organisation: 'Amt B' }, newId).id!;
      const add = (laneId: string, kind: 'start' | 'step' | 'decision' | 'end', text: string) =>
        applyChainOp(doc, { op: 'addNode', chainId, laneId, kind, text }, newId).id!;
      const s = add(l1, 'start', 'Los');
      const d = add(l1, 'decision', 'Welcher Fall?');
      const a = add(l2, 'step', 'Fall eins bearbeiten');
      const b = add(l2, 'step', 'Fall zwei bearbeiten, mit einem längeren Text über mehrere Zeilen');
      const c = add(l1, 'step', 'Prüfen');
      const e = add(l2, 'end', 'Fertig');
      const edge = (from: string, to: string, label = '', interlocked = false) =>
        applyChainOp(doc, { op: 'addEdge', chainId, from, to, label, interlocked }, newId);
      edge(s, d);
      edge(d, a, 'eins');
      edge(d, b, 'zwei');
      edge(a, c);
      edge(b, c, '', true);
      edge(c, e);
      edge(c, d, 'nochmal');
    });
    const layout = await layoutChain(chain);
    checkLayout(chain, layout);
    const node = (t: string) => layout.nodes.find((n) => n.text.startsWith(t))!;
    expect(node('Fall eins').column).toBe(node('Fall zwei').column);
    const back = layout.edges.find((e) => e.label === 'nochmal')!;
    expect(back.points.length).toBeGreaterThan(2);
  });
});

describe('layoutChain on random chains', () => {
  it('keeps nodes in their bands, apart, and edges orthogonal from border to border', async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const kinds = ['step', 'step', 'decision', 'handover'] as const;
    const words = ['Antrag', 'prüfen', 'Beratung', 'Kinderbetreuungseinrichtung', 'und', 'mit', 'Hilfeplan', 'B1'];
    for (let round = 0; round < 25; round++) {
      const chain = chainWith((doc, chainId, newId) => {
        const lanes = Array.from(
          { length: 1 + random(4) },
          (_, i) => applyChainOp(doc, { op: 'addLane', chainId, organisation: `Träger ${i}` }, newId).id!,
        );
        const text = () => Array.from({ length: random(9) }, () => words[random(words.length)]).join(' ');
        const add = (kind: 'start' | 'end' | (typeof kinds)[number]) =>
          applyChainOp(doc, { op: 'addNode', chainId, laneId: lanes[random(lanes.length)]!, kind, text: text() }, newId)
            .id!;
        const start = add('start');
        const middle = Array.from({ length: random(9) }, () => add(kinds[random(kinds.length)]!));
        const end = add('end');
        const all = [start, ...middle, end];
        const edge = (from: string, to: string) => {
          if (from === to || to === start || from === end) return;
          try {
            const label = random(3) ? '' : text().slice(0, 20);
            applyChainOp(doc, { op: 'addEdge', chainId, from, to, label, interlocked: random(3) === 0 }, newId);
          } catch {
            /* joined already */
          }
        };
        // A path through all, then some edges anywhere (backwards too).
        for (let i = 1; i < all.length; i++) edge(all[i - 1]!, all[i]!);
        for (let i = random(6); i > 0; i--) edge(all[random(all.length)]!, all[random(all.length)]!);
      });
      const layout = await layoutChain(chain);
      checkLayout(chain, layout);
      const start = layout.nodes.find((n) => n.kind === 'start')!;
      const end = layout.nodes.find((n) => n.kind === 'end')!;
      expect(start.x + start.width).toBeLessThan(end.x);
    }
  });
});

describe('wrapText', () => {
  it('wraps at about 22 characters, breaks long words at hyphens, ends long texts with an ellipsis', () => {
    expect(wrapText('Erstgespräch und Fallmanagement-Einschätzung', 170)).toEqual([
      'Erstgespräch und',
      'Fallmanagement-',
      'Einschätzung',
    ]);
    // Between syllables, with a hyphen.
    const word = wrapText('Eingliederungsvereinbarung', 140);
    expect(word).toHaveLength(2);
    expect(word[0]).toMatch(/^Eingliederungs\p{L}+-$/u);
    expect(word.join('').replace('-', '')).toBe('Eingliederungsvereinbarung');
    expect(wrapText('', 156)).toEqual([]);
    const long = wrapText('Wort '.repeat(200), 170);
    expect(long).toHaveLength(8);
    expect(long.at(-1)!.endsWith('…')).toBe(true);
  });
});

describe('ChainSvg', () => {
  it('renders a standalone SVG with title, description, lanes, nodes, edges and the legend', async () => {
    const chain = example();
    const layout = await layoutChain(chain);
    const labels = {
      start: 'Start',
      step: 'Schritt',
      decision: 'Entscheidung',
      handover: 'Übergabe',
      end: 'Ende',
      interlocked: 'verzahnt',
      sequence: 'Abfolge',
    };
    const svg = renderToStaticMarkup(createElement(ChainSvg, { layout, chain, labels }));
    // (The namespace is added when the drawn element is exported: e2e/chains.spec.ts checks the file.)
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="[^"]+"/);
    expect(svg).toContain('<title id=');
    expect(svg).toContain('Junge Mutter mit Vorschulkind</title>');
    expect(svg).toContain('<desc id=');
    expect(svg).toContain('font-family="system-ui, sans-serif"');
    expect(svg.match(/data-node=/g)).toHaveLength(12);
    expect(svg.match(/data-edge=/g)).toHaveLength(13);
    expect(svg).toContain('marker-end="url(#');
    expect(svg).toContain('<tspan');
    expect(svg).toContain('>Jugendmigrationsdienst</tspan>');
    for (const word of Object.values(labels)) expect(svg).toContain(`>${word}</tspan>`);
    expect(svg).not.toContain('class=');
  });
});
