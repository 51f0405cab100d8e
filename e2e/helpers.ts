// Shared steps of the browser tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Records every request of a context; `foreign()` lists those that left the origin. */
export function recordRequests(context: BrowserContext, origin: string) {
  const urls: string[] = [];
  context.on('request', (req) => urls.push(req.url()));
  return {
    urls,
    foreign: () =>
      urls.filter((u) => {
        if (u.startsWith('data:') || u.startsWith('blob:')) return false;
        const url = new URL(u);
        return `${url.protocol.replace('ws', 'http')}//${url.host}` !== origin;
      }),
  };
}

export async function createWorkshop(page: Page, name = 'Netzwerk Nordstadt'): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Name des Workshops').fill(name);
  await page.getByLabel('Zielgruppe').fill('Alleinerziehende');
  await page.getByLabel('Sozialraum').fill('Nordstadt');
  await page.getByLabel('Ihr Name (Moderation)').fill('Mona Moderation');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  return (await page.getByTestId('join-code').innerText()).replace('-', '');
}

export async function joinByCode(
  browser: Browser,
  code: string,
  name: string,
  organisation: string,
  opts: { phone?: boolean; viewport?: { width: number; height: number } } = {},
) {
  const context = await browser.newContext(
    opts.phone ? { viewport: opts.viewport ?? { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Teilnahme-Code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByLabel('Ihre Organisation').fill(organisation);
  await page.getByLabel('Leitungsebene').check();
  await page.getByRole('button', { name: 'Beitreten' }).click();
  // Phones land in the writing view, laptops on the board.
  if (opts.phone) await expect(page.getByTestId('participant-view')).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  return { context, page };
}

export async function addCardDom(page: Page, text: string) {
  await page.getByLabel('Text der neuen Karte').fill(text);
  await page.getByRole('button', { name: 'Karte hinzufügen' }).click();
}

export const domCard = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });
export const canvasCard = (page: Page, text: string) => page.getByTestId('canvas-card').filter({ hasText: text });

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page, or on one part of it, and
 * returns the violations as "rule: target" lines. The script is evaluated
 * through the test driver, so the page's own-origin CSP stays as it is.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run(sel ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
}
