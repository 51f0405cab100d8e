// The writing half of `npm run documents` (see documents.mjs), run with the
// TypeScript loader: the Word and Excel files from the example data, then the
// printable result protocol as PDF — a server on a temporary database, the
// example imported as a backup, its monitoring recorded through the API,
// Chromium printing the page. CHROMIUM_PATH names the browser
// (/usr/bin/chromium by default); without one the PDF is skipped, said so.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, step, toolEnv } from './toolchain.mjs';

const examples = await import('../client/src/documents/examples.ts');
const out = join(root, 'documents');

mkdirSync(out, { recursive: true });

step('writing the Word and Excel documents');
for (const { file, bytes } of await examples.exampleDocuments()) {
  writeFileSync(join(out, file), Buffer.from(bytes));
  console.log(`  documents/${file}`);
}

step('printing the result protocol as PDF');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.log(`  skipped: no Chromium at ${browserPath} (set CHROMIUM_PATH)`);
} else {
  await printProtocol(examples.exampleWorkshopBackup());
}
console.log(`\nThe examples are in ${out}`);

async function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function printProtocol({ backup, monitoring }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'nws-documents-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(root, 'server'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: toolEnv({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_WORKSHOP: 'false' }),
  });
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 100) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const call = async (path, body, token, method = 'POST') => {
      const res = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const made = await call('/api/workshops/import', backup);
    const id = made.workshop.id;
    const token = made.moderatorToken;
    const m = `/api/workshops/${id}/monitoring`;
    // The example's monitoring, recorded as the moderation would.
    for (const i of monitoring.indicators) {
      const { goalId, label, kind, unit, baseline, target, source } = i;
      const state = await call(`${m}/indicators`, { goalId, label, kind, unit, baseline, target, source }, token);
      const created = state.indicators.find((x) => x.goalId === goalId && x.label === label);
      for (const v of i.values)
        await call(
          `${m}/indicators/${created.id}/values`,
          { date: v.date, value: v.value, assessment: v.assessment, source: v.source, comment: v.comment },
          token,
        );
    }
    for (const g of monitoring.goals)
      if (g.activity && g.activity.changedAt !== null)
        await call(
          `${m}/goals/${g.goalId}/activity`,
          { status: g.activity.status, due: g.activity.due },
          token,
          'PATCH',
        );
    for (const a of monitoring.assignments)
      await call(
        `${m}/assignments`,
        {
          what: a.what,
          organisation: a.organisation,
          person: a.person,
          due: a.due,
          goalId: a.goalId,
          source: a.source && { ...a.source, workshopId: id },
        },
        token,
      );
    const { chromium } = createRequire(join(root, 'e2e', 'package.json'))('@playwright/test');
    const browser = await chromium.launch({ executablePath: browserPath, args: ['--headless', '--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${base}/w/${id}#k=${token}`);
      await page.getByTestId('tab-protocol').click();
      await page.getByTestId('protocol-assignments').waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(out, 'ergebnisprotokoll.pdf'), format: 'A4', printBackground: true });
      console.log('  documents/ergebnisprotokoll.pdf');
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
