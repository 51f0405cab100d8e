// Shared steps of the browser tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

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
  const form = page.getByRole('form', { name: 'Neuen Workshop anlegen' });
  await form.getByLabel('Name des Workshops').fill(name);
  await form.getByLabel('Zielgruppe').fill('Alleinerziehende');
  await form.getByLabel('Sozialraum').fill('Nordstadt');
  await form.getByLabel('Ihr Name (Moderation)').fill('Mona Moderation');
  await form.getByRole('button', { name: 'Workshop anlegen' }).click();
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
export async function axeViolations(
  page: Page,
  selector?: string | { include: string[]; exclude: string[] },
): Promise<string[]> {
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

/**
 * Presses Tab from the top of the page until the focus is on an element
 * whose accessible text is `name`; returns how many presses that took, or
 * null if `limit` presses did not reach it.
 */
export async function tabsTo(page: Page, name: string | RegExp, limit = 10): Promise<number | null> {
  // The first Tab from the top lands on the page's first focusable element.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document
      .querySelector<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, [tabindex="0"]')
      ?.focus();
  });
  for (let n = 1; n <= limit; n++) {
    if (n > 1) await page.keyboard.press('Tab');
    const text = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
    );
    if (typeof name === 'string' ? text === name : name.test(text)) return n;
  }
  return null;
}

/** Opens a card's menu ("⋯": its actions are folded there in the list view) and returns the menu. */
export async function openCardMenu(card: Locator): Promise<Locator> {
  const menu = card.getByTestId('card-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return menu;
}

/** Drags by mouse from the middle of one element to the middle of another, in small steps (dnd-kit needs moves). */
export async function mouseDrag(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.waitForTimeout(150); // the target is found per frame: rest on it before letting go
  await page.mouse.up();
}

/**
 * Drags with a finger (real touch events through the DevTools protocol):
 * press, hold, move, lift. Keep both ends away from the viewport's top and
 * bottom fifth: the list scrolls by itself there, as it should for a finger.
 */
export async function touchDrag(
  page: Page,
  from: Locator,
  to: Locator,
  toOffset?: (box: { width: number; height: number }) => { x: number; y: number },
) {
  // Both ends on screen: scroll their midpoint to the middle of the viewport.
  const a0 = (await from.boundingBox())!;
  const b0 = (await to.boundingBox())!;
  const mid = (a0.y + a0.height / 2 + b0.y + b0.height / 2) / 2;
  await page.evaluate((dy) => window.scrollBy(0, dy), mid - page.viewportSize()!.height / 2);
  const cdp = await page.context().newCDPSession(page);
  const a = (await from.boundingBox())!;
  const box = (await to.boundingBox())!;
  // Where on the target to lift the finger: its middle, or a point given from its top left corner.
  const point = toOffset?.(box);
  const b = point ? { x: box.x + point.x, y: box.y + point.y, width: 0, height: 0 } : box;
  const at = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y) }];
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: at(a.x + a.width / 2, a.y + a.height / 2),
  });
  await page.waitForTimeout(300); // the press that starts a drag (a quick swipe scrolls)
  for (let i = 1; i <= 12; i++) {
    const x = a.x + a.width / 2 + ((b.x + b.width / 2 - (a.x + a.width / 2)) * i) / 12;
    const y = a.y + a.height / 2 + ((b.y + b.height / 2 - (a.y + a.height / 2)) * i) / 12;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x, y) });
    await page.waitForTimeout(16); // a finger moves over frames, and the target is found per frame
  }
  await page.waitForTimeout(150); // it rests on the target before it lifts
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * Drags by keyboard: Space on the handle picks the thing up, arrow keys move
 * (up to `limit` presses) until the announcement names `target`, Space drops.
 */
export async function keyboardDrag(page: Page, handle: Locator, key: string, target: string, limit = 8) {
  await handle.focus();
  await page.keyboard.press('Space');
  const region = page.locator('[id^="DndLiveRegion"]');
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if ((await region.innerText()).includes(target)) break;
  }
  await expect(region).toContainText(target);
  await page.keyboard.press('Space');
}

/** Full-page screenshots at the three sizes we look at (1920 screen, 1366 laptop, 390 phone), into `dir`. */
export async function snapAllSizes(page: Page, dir: string, name: string) {
  const before = page.viewportSize();
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${dir}${name}-${width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
