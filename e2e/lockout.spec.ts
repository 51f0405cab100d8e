// The moderation keeps the room in hand: it removes a participant, whose
// browser says so at once and whose old link opens nothing any more; and it
// gives the workshop a new join code, which the invitation panel and the
// shared screen show at once.
import { expect, test } from '@playwright/test';
import { axeViolations, createWorkshop, joinByCode } from './helpers';

test('the moderation removes a participant and rotates the join code; panel and screen follow', async ({ browser }) => {
  const modContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Zugang Nordstadt');
  // The lobby kept the screen link of the new workshop; the invitation panel shows it.
  const screenLink = await mod.getByTestId('screen-link').inputValue();
  const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await screenContext.newPage();
  await screen.goto(screenLink);
  await expect(screen.getByTestId('screen-join-code')).toContainText(`${code.slice(0, 3)}-${code.slice(3)}`);

  const olga = await joinByCode(browser, code, 'Olga', 'Caritas');
  const olgaLink = olga.page.url();
  const people = mod.getByTestId('people-panel');
  await expect(people.getByTestId('person').filter({ hasText: 'Olga' })).toBeVisible();
  expect(await axeViolations(mod, '[data-testid="people-panel"]')).toEqual([]);

  mod.once('dialog', (d) => d.accept());
  await people.getByRole('button', { name: 'Olga aus dem Workshop entfernen' }).click();
  await expect(olga.page.getByTestId('error-page')).toContainText('Sie wurden aus dem Workshop entfernt');
  await expect(people.getByTestId('person').filter({ hasText: 'Olga' })).toHaveCount(0);
  await expect(people).toContainText('1 entfernt');
  // The old link opens nothing any more.
  await olga.page.goto(olgaLink);
  await expect(olga.page.getByTestId('error-page')).toBeVisible();

  // A new join code: the panel and the screen show it at once; the old one is refused.
  mod.once('dialog', (d) => d.accept());
  await mod.getByTestId('new-join-code').click();
  await expect(mod.getByTestId('join-code')).not.toHaveText(`${code.slice(0, 3)}-${code.slice(3)}`);
  const fresh = (await mod.getByTestId('join-code').innerText()).trim();
  expect(fresh).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  await expect(screen.getByTestId('screen-join-code')).toContainText(fresh);
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(`/join/${code}`);
  await expect(latePage.getByTestId('error-page')).toBeVisible();
  await latePage.goto(`/join/${fresh.replace('-', '')}`);
  await expect(latePage.getByLabel('Ihr Name')).toBeVisible();
  await Promise.all([modContext.close(), screenContext.close(), olga.context.close(), late.close()]);
});
