// The list view of a big workshop renders only the cards in and near view
// (virtualised, board/VirtualList.tsx): 1,000 free cards, and a revealed card
// query with 300 cards in one column. Scrolling shows later cards, focus moves
// card by card (Tab, arrow keys, End/Home) and scrolls the list along, screen
// readers learn each card's place in the whole list, drag and drop works by
// keyboard and mouse, axe finds nothing; pictured at three sizes into
// e2e/screenshots/long-list-*.png.
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { importBigWorkshop } from './bigWorkshop';
import { axeViolations, keyboardDrag, mouseDrag, snapAllSizes } from './helpers';

const FREE = 1000;
const IN_QUERY = 300;
const shots = new URL('./screenshots/', import.meta.url).pathname;

/** Imports a workshop with `free` free cards and, if asked, a revealed call-out query with `inQuery` cards; its list's address. */
async function bigWorkshop(request: APIRequestContext, free: number, inQuery = 0) {
  const w = await importBigWorkshop(request, { name: 'Große Liste', free, columns: 40, inQuery });
  return `/w/${w.id}?view=list#k=${w.moderatorToken}`;
}

/** A card by its exact text. */
const card = (page: Page, text: string) =>
  page.getByTestId('card').filter({ has: page.getByTestId('card-text').getByText(text, { exact: true }) });
/** The place (aria-posinset) of the card that holds the focus, or of the card the focus is in. */
const focusedPlace = (page: Page) =>
  page.evaluate(() => Number(document.activeElement?.closest('[aria-posinset]')?.getAttribute('aria-posinset') ?? 0));

test(`the list view of ${FREE} cards renders what is in view, scrolls, and is reachable by keyboard`, async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(await bigWorkshop(request, FREE));
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('view-dom')).toHaveAttribute('aria-pressed', 'true');
  const list = page.getByTestId('dom-cards');
  const items = list.locator(':scope > li');
  await expect(card(page, 'Karte 0')).toBeVisible();
  // Far fewer cards in the page than on the board.
  const rendered = await items.count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(FREE / 5);
  await expect(list).toHaveAttribute('data-virtual-count', String(FREE));
  // Still a list: each card says where it stands in all of it.
  await expect(items.first()).toHaveAttribute('aria-setsize', String(FREE));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(card(page, `Karte ${FREE - 1}`)).toHaveCount(0);
  expect(await axeViolations(page), 'axe: long list').toEqual([]);
  await snapAllSizes(page, shots, 'long-list');
  // A phone scrolls the window, not the board's area: the cards far down are drawn there too.
  await page.setViewportSize({ width: 390, height: 844 });
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  await expect.poll(pageHeight).toBeGreaterThan(FREE * 100);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(items.first()).not.toHaveAttribute('aria-posinset', '1');
  expect(Number(await items.first().getAttribute('aria-posinset'))).toBeGreaterThan(FREE / 4);
  await expect(items.nth(3)).toBeInViewport();
  await page.screenshot({ path: `${shots}long-list-middle-390.png` });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Scrolling to the end shows the last cards, and still only a few are in the page.
  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(card(page, `Karte ${FREE - 1}`)).toBeInViewport();
  await expect(card(page, 'Karte 0')).toHaveCount(0);
  expect(await items.count()).toBeLessThan(FREE / 5);
  await page.screenshot({ path: `${shots}long-list-end-1366.png` });

  // Keys move the focus from card to card; the list scrolls along and keeps the focused card.
  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, 0));
  await card(page, 'Karte 0').focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedPlace(page)).toBe(FREE);
  await expect(card(page, `Karte ${FREE - 1}`)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  const cols = FREE - (await focusedPlace(page));
  expect(cols).toBeGreaterThan(1);
  await page.keyboard.press('Home');
  await expect.poll(() => focusedPlace(page)).toBe(1);
  await expect(card(page, 'Karte 0')).toBeInViewport();
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusedPlace(page)).toBeGreaterThan(cols);
  await page.keyboard.press('Home');

  // Tab walks through the cards and their controls past what was first rendered.
  for (let i = 0; i < 3 * rendered; i++) await page.keyboard.press('Tab');
  expect(await focusedPlace(page)).toBeGreaterThan(rendered);
  await expect(page.locator('li:focus-within')).toBeInViewport();
  expect(await items.count()).toBeLessThan(FREE / 5);

  // A focused card stays in the page while the list is scrolled far away, and the focus stays on it.
  const place = await focusedPlace(page);
  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(card(page, `Karte ${FREE - 1}`)).toBeInViewport();
  expect(await focusedPlace(page)).toBe(place);

  // Drag and drop: by keyboard onto the neighbour, by mouse onto a card further on (the two swap places).
  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, 0));
  // (Each key once its effect is announced: the held card is over its own place first, then over the next.)
  const announced = page.locator('[id^="DndLiveRegion"]');
  await card(page, 'Karte 0').getByTestId('drag-handle').focus();
  await page.keyboard.press('Space');
  await expect(announced).toContainText('Karte 0 über Karte 0.');
  await page.keyboard.press('ArrowRight');
  await expect(announced).toContainText('Karte 0 über Karte 1.');
  await page.keyboard.press('Space');
  await expect(items.first()).toHaveAttribute('aria-label', 'Karte: Karte 1');
  await mouseDrag(page, card(page, 'Karte 2').getByTestId('drag-handle'), card(page, 'Karte 9'));
  await expect(items.nth(2)).toHaveAttribute('aria-label', 'Karte: Karte 9');
});

test(`a cluster column of ${IN_QUERY} cards is virtualised and still takes drops`, async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(await bigWorkshop(request, 0, IN_QUERY));
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const column = (name: string) => page.locator(`[data-testid="cluster-column"][data-cluster-name="${name}"]`);
  const unsorted = column('').locator('ul.cluster-cards');
  await expect(card(page, 'Idee 0')).toBeVisible();
  const rendered = await unsorted.locator(':scope > li').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(IN_QUERY / 5);
  await expect(unsorted).toHaveAttribute('data-virtual-count', String(IN_QUERY));
  await expect(unsorted.locator(':scope > li').first()).toHaveAttribute('aria-setsize', String(IN_QUERY));
  // The column's name still counts every card.
  await expect(column('')).toHaveAttribute('aria-label', new RegExp(`${IN_QUERY}`));

  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(card(page, `Idee ${IN_QUERY - 1}`)).toBeInViewport();
  await page.locator('.board-main').evaluate((el) => el.scrollTo(0, 0));

  // Into the cluster by mouse (onto the empty column) and by keyboard (the arrows go from column to column).
  await mouseDrag(page, card(page, 'Idee 1').getByTestId('drag-handle'), column('Familie'));
  await expect(column('Familie').getByTestId('card')).toHaveCount(1);
  await keyboardDrag(page, card(page, 'Idee 0').getByTestId('drag-handle'), 'ArrowRight', 'Familie');
  await expect(column('Familie').getByTestId('card')).toHaveCount(2);
  await expect(unsorted).toHaveAttribute('data-virtual-count', String(IN_QUERY - 2));
  expect(await axeViolations(page), 'axe: long column').toEqual([]);
  await page.screenshot({ path: `${shots}long-list-column-1366.png` });
});
