// Planning conference acceptance: a moderator walks two participants through
// all Phase I steps of one case — roles under the method's rule, narration
// without cards, clarifying questions, a perspective grid filled from two
// browsers at once, the reconstruction's theme store — runs a timer, and
// moves to the second case; the shared screen follows every step.
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, joinByCode, recordRequests, tabsTo } from './helpers';

test('Phase I for one case, grid from two browsers, timer, second case; the screen follows', async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const modContext = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const requests = recordRequests(modContext, origin);
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Planungskonferenz Nord');
  const gabi = await joinByCode(browser, code, 'Gabi', 'Jugendamt');
  const hanna = await joinByCode(browser, code, 'Hanna', 'Jobcenter');
  const screenLink = await mod.getByTestId('screen-link').inputValue();
  const screenContext = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const screen = await screenContext.newPage();
  await screen.goto(screenLink);

  const panel = mod.getByTestId('conference-panel');
  await expect(panel.getByTestId('add-case-form').locator('select')).toContainText('Gabi'); // people are known to the moderation
  // Two cases, each brought by a participant, with the privacy reminder.
  await panel.getByText('Fall hinzufügen', { exact: true }).first().click();
  const cases: [string, string, string][] = [
    ['Familie K.', 'K., 29 J., zwei Kinder (3 und 6), seit Kurzem getrennt lebend.', 'Gabi (Jugendamt)'],
    ['Herr M.', 'M., 52 J., langzeitarbeitslos, Mietschulden.', 'Hanna (Jobcenter)'],
  ];
  for (const [title, narration, giver] of cases) {
    const form = panel.getByTestId('add-case-form');
    await expect(form.getByText('keine Namen, Adressen oder Geburtsdaten')).toBeVisible();
    await form.getByLabel('Titel des Falls').fill(title);
    await form.getByLabel('Fallschilderung (pseudonymisiert)').fill(narration);
    await form.getByLabel('Fallgeber/in').selectOption({ label: giver });
    await form.getByRole('button', { name: 'Fall hinzufügen' }).click();
    await expect(panel.getByTestId('case-item').filter({ hasText: title })).toBeVisible();
  }

  const expectStep = async (stepId: string, caseText?: string) => {
    for (const p of [mod, gabi.page, hanna.page, screen]) {
      await expect(p.getByTestId('step-banner')).toHaveAttribute('data-step', stepId);
      if (caseText) await expect(p.getByTestId('case-of')).toContainText(caseText);
    }
  };
  const next = async (page: Page = mod) =>
    page.getByTestId('conference-panel').getByRole('button', { name: 'Weiter' }).click();

  // 1. Choose the moderation: the case giver cannot be chosen, the rule is explained.
  await panel.getByRole('button', { name: 'Konferenz beginnen' }).click();
  await expectStep('choose-moderation', 'Fall 1 von 2: Familie K.');
  const roles = mod.getByTestId('artefact-roles').getByTestId('roles-editor');
  await expect(roles.getByText('Wer den Fall einbringt, darf ihn nicht moderieren.')).toBeVisible();
  await expect(roles.getByRole('checkbox', { name: 'Gabi (Jugendamt)' })).toBeDisabled();
  await roles.getByRole('checkbox', { name: 'Hanna (Jobcenter)' }).check();
  await roles.getByLabel('Nutzerperspektive').selectOption({ label: 'Gabi (Jugendamt)' });
  await roles.getByRole('button', { name: 'Rollen speichern' }).click();
  await expect(gabi.page.getByTestId('artefact-roles')).toContainText('Moderation: Hanna');
  await expect(screen.getByTestId('artefact-roles')).toContainText('Nutzerperspektive: Gabi');

  // 2. User perspective; the case moderator (a participant) now steers too.
  await next();
  await expectStep('choose-user-perspective');
  // Hanna moves on by keyboard: "next" is a few Tab presses from the top of her page.
  expect(await tabsTo(hanna.page, /^Zum nächsten Schritt: /)).toBeLessThanOrEqual(10);
  await hanna.page.keyboard.press('Enter');
  // 3. Narration: the story large on every screen; participants write no cards.
  await expectStep('narration');
  await expect(screen.getByTestId('artefact-narration')).toContainText('K., 29 J., zwei Kinder');
  await gabi.page.getByTestId('tab-board').click();
  await expect(gabi.page.getByText('Während der Fallschilderung werden keine Karten geschrieben.')).toBeVisible();
  await expect(gabi.page.getByLabel('Text der neuen Karte')).toHaveCount(0);
  await gabi.page.getByTestId('tab-step').click();

  // The step timer: start, every screen counts down; pause.
  await panel.getByRole('button', { name: 'Start' }).click();
  for (const p of [screen, gabi.page])
    await expect(p.getByTestId('step-timer')).toHaveAttribute('data-running', 'true');
  const t1 = await screen.getByTestId('step-timer').innerText();
  await expect.poll(async () => screen.getByTestId('step-timer').innerText(), { timeout: 5000 }).not.toBe(t1);
  await panel.getByRole('button', { name: '+1 Min.' }).click();
  await panel.getByRole('button', { name: 'Pause' }).click();
  await expect(screen.getByTestId('step-timer')).toHaveAttribute('data-running', 'false');

  // 4. Clarifying questions: cards are questions of the case.
  await next();
  await expectStep('clarifying-questions');
  await hanna.page.getByLabel('Rückfrage stellen').fill('Seit wann ist das Jugendamt beteiligt?');
  await hanna.page.getByRole('button', { name: 'Rückfrage stellen' }).click();
  await expect(screen.getByTestId('question-cards')).toContainText('Seit wann ist das Jugendamt beteiligt?');

  // 5. Each actor's perspective: a grid, filled from two browsers at the same time.
  await next();
  await expectStep('actor-perspectives');
  const row = (p: Page, org: string) => p.getByTestId('grid-row').filter({ has: p.locator(`th:has-text("${org}")`) });
  const gabiCell = row(gabi.page, 'Jugendamt').getByTestId('grid-cell').first();
  const hannaCell = row(hanna.page, 'Jobcenter').getByTestId('grid-cell').first();
  await expect(row(gabi.page, 'Jobcenter').getByTestId('grid-cell').first()).toHaveAttribute('readonly', '');
  await Promise.all([
    gabiCell.pressSequentially('Hilfe zur Erziehung, Schutzauftrag', { delay: 15 }),
    hannaCell.pressSequentially('Leistungen nach SGB II, Eingliederung', { delay: 15 }),
  ]);
  for (const p of [mod, gabi.page, hanna.page, screen]) {
    await expect(row(p, 'Jugendamt').getByTestId('grid-cell').first()).toHaveValue(
      'Hilfe zur Erziehung, Schutzauftrag',
    );
    await expect(row(p, 'Jobcenter').getByTestId('grid-cell').first()).toHaveValue(
      'Leistungen nach SGB II, Eingliederung',
    );
  }
  // The moderation adds a row for an organisation that is not in the room.
  await mod.getByLabel('Zeile für abwesende Organisation').fill('Ausländerbehörde');
  await mod.getByRole('button', { name: 'Zeile hinzufügen' }).click();
  await expect(row(screen, 'Ausländerbehörde')).toContainText('nicht anwesend');

  // 6., 7.: discussion and user perspective (grids of their own).
  await next();
  await expectStep('discuss-perspectives');
  await next();
  await expectStep('user-perspective');
  await row(gabi.page, 'Jugendamt')
    .getByTestId('grid-cell')
    .first()
    .fill('Sie fühlt sich kontrolliert, nicht unterstützt.');
  await expect(row(screen, 'Jugendamt').getByTestId('grid-cell').first()).toHaveValue(
    'Sie fühlt sich kontrolliert, nicht unterstützt.',
  );

  // 8. Reconstruction: web of effects and a central theme into the case's theme store.
  await next();
  await expectStep('reconstruction');
  await gabi.page.getByLabel(/^Wirkungsgefüge/).fill('Jobcenter-Auflagen und Hilfeplan kollidieren zeitlich.');
  await expect(screen.getByLabel(/^Wirkungsgefüge/)).toHaveValue(
    'Jobcenter-Auflagen und Hilfeplan kollidieren zeitlich.',
  );
  await hanna.page
    .getByPlaceholder('z. B. Übergang Kita – Schule ohne Begleitung')
    .fill('Abgestimmte Hilfeplanung fehlt');
  await hanna.page.getByRole('button', { name: 'Zentrales Thema hinzufügen' }).click();
  await expect(screen.getByTestId('theme-store')).toContainText('Abgestimmte Hilfeplanung fehlt');

  // On to the second case: case 1 is reconstructed, Phase I starts again.
  await next();
  await expectStep('choose-moderation', 'Fall 2 von 2: Herr M.');
  await expect(panel.getByTestId('case-item').filter({ hasText: 'Familie K.' })).toContainText('rekonstruiert');
  // Hanna moderated case 1 only: in case 2 she no longer steers.
  await expect(hanna.page.getByTestId('conference-panel')).toHaveCount(0);

  expect(requests.foreign()).toEqual([]);
  await Promise.all([modContext, gabi.context, hanna.context, screenContext].map((c) => c.close()));
});
