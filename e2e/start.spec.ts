// The README's start command: `npm start` installs, builds, starts on the
// embedded default and prints three links; the demo workshop opens from them.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordRequests } from './helpers';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

test('npm start prints moderator, participant and screen links, and the demo workshop opens', async ({ browser }) => {
  test.setTimeout(240_000);
  const port = Number(process.env.E2E_START_PORT ?? 8792);
  const dataDir = mkdtempSync(join(tmpdir(), 'nws-start-'));
  const proc = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
  try {
    await expect.poll(() => out, { timeout: 200_000, intervals: [500] }).toContain('READY');
    const link = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(out)?.[1];
    const moderator = link('Moderation');
    const participant = link('Teilnehmende');
    const screen = link('Leinwand');
    expect(moderator).toMatch(new RegExp(`^http://localhost:${port}/w/[\\w-]+#k=[\\w-]{43}$`));
    expect(participant).toMatch(new RegExp(`^http://localhost:${port}/join/[A-Z2-9]{6}$`));
    expect(screen).toMatch(new RegExp(`^http://localhost:${port}/w/[\\w-]+/screen#k=[\\w-]{43}$`));
    expect(out).toMatch(/Code [A-Z2-9]{6}/);

    const context = await browser.newContext();
    const requests = recordRequests(context, `http://localhost:${port}`);
    const page = await context.newPage();
    await page.goto(moderator!);
    await expect(page.getByRole('heading', { name: 'Demo: Netzwerk Alleinerziehende' })).toBeVisible();
    await expect(page.getByTestId('canvas-card').filter({ hasText: 'Jobcenter' })).toBeVisible();
    await expect(page.getByTestId('join-code')).toHaveText(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);

    const join = await context.newPage();
    await join.goto(participant!);
    await expect(join.getByRole('heading', { name: /Demo: Netzwerk Alleinerziehende/ })).toBeVisible();

    const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const screenPage = await screenContext.newPage();
    await screenPage.goto(screen!);
    await expect(screenPage.getByRole('banner').getByText('Leinwand', { exact: true })).toBeVisible();
    // Before the start the screen shows how to join; the moderation switches it to the board.
    await expect(screenPage.getByTestId('screen-join')).toBeVisible();
    await page.getByTestId('screen-show-join').click();
    await expect(screenPage.getByTestId('canvas-card').filter({ hasText: 'Volkshochschule' })).toBeVisible();
    // The shared screen is read-only: no way to add, edit or delete.
    await expect(screenPage.getByLabel('Text der neuen Karte')).toHaveCount(0);
    await expect(screenPage.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
    expect(requests.foreign()).toEqual([]);
    await Promise.all([context.close(), screenContext.close()]);
  } finally {
    if (proc.pid) process.kill(-proc.pid, 'SIGTERM');
  }
});
