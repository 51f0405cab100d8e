import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readChains } from '../doc/chains.js';
import { buildExampleChain } from '../doc/chains.fixture.js';
import { chainsToMarkdown } from './chains.js';

const labels = {
  title: 'Dienstleistungsketten',
  constellation: 'Fallkonstellation',
  lane: 'Spur',
  kind: 'Art',
  text: 'Text',
  from: 'Von',
  to: 'Nach',
  label: 'Bezeichnung',
  connection: 'Verbindung',
  kinds: { start: 'Start', step: 'Schritt', decision: 'Entscheidung', handover: 'Übergabe', end: 'Ende' },
  interlocked: 'verzahnt',
  sequence: 'nacheinander',
  handover: 'Übergabe',
};

describe('service chains in the protocol’s Markdown', () => {
  it('lists each chain’s elements and connections as tables, escaped', () => {
    const doc = new Y.Doc();
    buildExampleChain(doc);
    const md = chainsToMarkdown(readChains(doc), labels);
    expect(md).toContain('## Dienstleistungsketten\n\n### Junge Mutter mit Vorschulkind');
    expect(md).toContain('| Spur | Art | Text |');
    expect(md).toContain('| Jobcenter | Entscheidung | Therapiebedarf? |');
    expect(md).toContain('| Therapiebedarf? | Therapie in der Beratungsstelle | ja | nacheinander |');
    expect(md).toContain('| Erstgespräch und Fallmanagement-Einschätzung | Hilfeplan mit der Mutter |  | verzahnt |');
    expect(md.match(/^\| (?!Spur|Von|---| ---)/gm)).toHaveLength(12 + 13);
    expect(chainsToMarkdown([], labels)).toBe('');
  });
});
