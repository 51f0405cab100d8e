// A big workshop: more cards than tldraw draws on one page by default
// (4,000). The canvas must show every card, not an empty page.
import { expect, test } from '@playwright/test';
import { importBigWorkshop } from './bigWorkshop';

const CARDS = 4500;

test(`the canvas draws all ${CARDS} cards of an imported workshop`, async ({ page, request }) => {
  const workshop = await importBigWorkshop(request, { name: 'Groß', free: CARDS, columns: 75 });
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(`/w/${workshop.id}#k=${workshop.moderatorToken}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('canvas-card')).toHaveCount(CARDS, { timeout: 30_000 });
  await expect(page.getByTestId('canvas-too-many')).toHaveCount(0);
});
