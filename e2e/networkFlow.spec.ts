// A network's working life in the browser, as the issue walks it: the
// coordinator creates a network and its first workshop; a card query's
// invitation list goes into the partner register; the stakeholder analysis
// is filled at once by the coordinator (network page) and two participants
// in the workshop (one on a 390 px phone, one on a laptop) while the shared
// screen shows it; "Stand festhalten", a change, and the comparison of two
// states; a working group's workshop carries over two cases and the themes;
// its resolution goes to the steering group, whose own workshop confirms it
// with a tally; the network page shows the decision. Screenshots at 1920,
// 1366 and 390 px, axe-core on every surface touched.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, snapAllSizes, joinByCode } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
test.use({ actionTimeout: 15_000 });

const snap = (page: Page, name: string) => snapAllSizes(page, shots, name);

/** The bearer token a page keeps for a workshop (moderator or participant link). */
const tokenOf = (page: Page, workshopId: string) =>
  page.evaluate((id) => localStorage.getItem(`nws.board.${id}`), workshopId);

test('a network: register from an invitation list, stakeholder analysis by three at once, states compared, carry-over, steering decision', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  mkdirSync(shots, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const coord = await context.newPage();
  await coord.goto('/');
  const create = coord.getByTestId('create-network');
  await create.getByLabel('Name des Netzwerks').fill('Netzwerk Übergang Schule–Beruf');
  await create.getByLabel('Zielgruppe').fill('Junge Geflüchtete');
  await create.getByLabel('Sozialraum').fill('Südstadt');
  await create.getByLabel('Ihr Name (Koordination)').fill('Nora Netzwerk');
  await create.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  const network = coord.getByTestId('network-page');
  await expect(network.getByRole('heading', { name: 'Netzwerk Übergang Schule–Beruf' })).toBeVisible();
  await network.getByText('Gremium hinzufügen').first().click();
  for (const [kind, name] of [
    ['working', 'AG Arbeit'],
    ['steering', 'Lenkungsgruppe'],
  ] as const) {
    await network.getByRole('combobox', { name: 'Art', exact: true }).selectOption(kind);
    await network.getByLabel('Name des Gremiums').fill(name);
    await network.getByRole('button', { name: 'Gremium hinzufügen' }).click();
    await expect(network.getByTestId('network-body').filter({ hasText: name })).toBeVisible();
  }
  const body = (name: string) => network.getByTestId('network-body').filter({ hasText: name });
  const plan = async (bodyName: string, title: string, before?: () => Promise<void>) => {
    const b = body(bodyName);
    await b.getByText('Workshop planen').click();
    await b.getByLabel('Titel des Workshops').fill(title);
    await before?.();
    await b.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(b.getByTestId('network-workshop').filter({ hasText: title })).toBeVisible();
  };
  await plan('Plenum', 'Auftakt');

  // The first workshop, opened as its moderation in a second tab (the network page stays open); two participants join.
  const networkUrl = coord.url();
  const moderator = await context.newPage();
  await moderator.goto(networkUrl);
  await moderator
    .getByTestId('network-body')
    .filter({ hasText: 'Plenum' })
    .getByRole('button', { name: '„Auftakt“ als Moderation öffnen' })
    .click();
  await expect(moderator.getByRole('heading', { name: 'Auftakt' })).toBeVisible();
  await expect(moderator.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const firstId = new URL(moderator.url()).pathname.split('/')[2]!;
  const modToken = (await tokenOf(moderator, firstId))!;
  const code = (await moderator.getByTestId('join-code').innerText()).replace('-', '');
  const jana = await joinByCode(browser, code, 'Jana', 'Jobcenter', {
    phone: true,
    viewport: { width: 390, height: 844 },
  });
  const kai = await joinByCode(browser, code, 'Kai', 'Jugendamt');

  // A card query of actors (its writing and revealing are covered by cardQuery.spec): through the API.
  const api = (path: string, data: unknown, token = modToken) =>
    moderator.request.post(`/api/workshops/${firstId}${path}`, { headers: { authorization: `Bearer ${token}` }, data });
  const q = (await (
    await api('/queries', { question: 'Wer gehört ins Netzwerk?', mode: 'named', purpose: 'actors' })
  ).json()) as {
    query: { id: string };
  };
  const janaToken = (await tokenOf(jana.page, firstId))!;
  for (const text of ['Schulamt', 'Jugendmigrationsdienst'])
    expect((await api(`/queries/${q.query.id}/cards`, { text }, janaToken)).status()).toBe(201);
  expect((await api(`/queries/${q.query.id}/reveal`, {})).status()).toBe(200);
  // Two cases and a theme, for the carry-over later.
  for (const title of ['Mutter mit Vorschulkind', 'Jugendlicher ohne Ausbildungsplatz'])
    expect((await api('/conference/cases', { title })).status()).toBe(201);
  await moderator.getByTestId('tab-themes').click();
  const addTheme = moderator.getByLabel('Zentrales Thema hinzufügen').last(); // the cross-case column
  await addTheme.fill('Übergänge ohne Lücke');
  await addTheme.press('Enter');
  await expect(
    moderator.getByRole('checkbox', { name: 'Für Zusammenführung auswählen: Übergänge ohne Lücke' }),
  ).toBeVisible();

  // The network page: the invitation list into the register, the register into the analysis.
  await coord.reload();
  const partners = network.getByTestId('partners');
  await partners.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(partners.getByRole('status')).toHaveText('2 Organisationen übernommen.');
  await expect(partners.getByTestId('partner')).toHaveCount(4); // the two invited, the two who joined
  await expect(partners.getByTestId('partner').filter({ hasText: 'Schulamt' })).toContainText('aus Einladungsliste');
  await partners.getByLabel('Art von „Schulamt“').fill('Behörde');
  await partners.getByRole('button', { name: '„Schulamt“ speichern' }).click();
  await expect(partners.getByLabel('Art von „Schulamt“')).toHaveValue('Behörde');
  const analysis = network.getByTestId('stakeholders');
  await analysis.getByRole('button', { name: 'Alle aus dem Partnerregister übernehmen' }).click();
  const rows = analysis.getByTestId('stakeholder-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'Schulamt' }).getByTestId('stakeholder-significance')).toHaveValue('wanted');
  // A column added, moved to the front; renamed.
  await analysis.getByLabel('Titel der neuen Spalte').fill('Kontaktweg');
  await analysis.getByRole('button', { name: 'Spalte hinzufügen' }).click();
  await expect(analysis.getByTestId('stakeholder-column').last()).toContainText('Kontaktweg');

  // In the workshop the moderation puts the analysis on the screen; the phone asks for its row.
  await moderator.getByTestId('tab-stakeholders').click();
  await moderator.getByTestId('stakeholders-screen').click();
  await expect(jana.page.getByTestId('participant-view')).toHaveAttribute('data-task', 'stakeholders');
  const phoneCell = jana.page.getByLabel('Interessen/Ziele – Jobcenter');
  await kai.page.getByTestId('tab-stakeholders').click();
  const kaiRow = kai.page.getByTestId('stakeholder-row').filter({ hasText: 'Jugendamt' });
  // Three people type at once: the coordinator on the network page, Jana on her phone, Kai on his laptop.
  const coordCell = rows.filter({ hasText: 'Schulamt' }).getByTestId('stakeholder-cell').first();
  await Promise.all([
    coordCell.pressSequentially('Schulpflicht durchsetzen', { delay: 15 }),
    phoneCell.pressSequentially('Vermittlung in Ausbildung', { delay: 15 }),
    kaiRow.getByLabel('Interessen/Ziele – Jugendamt').pressSequentially('Kinderschutz und Hilfen', { delay: 15 }),
  ]);
  for (const [org, text] of [
    ['Schulamt', 'Schulpflicht durchsetzen'],
    ['Jobcenter', 'Vermittlung in Ausbildung'],
    ['Jugendamt', 'Kinderschutz und Hilfen'],
  ] as const) {
    await expect(network.getByLabel(`Interessen/Ziele – ${org}`)).toHaveValue(text);
    await expect(kai.page.getByLabel(`Interessen/Ziele – ${org}`)).toHaveValue(text);
  }
  // Kai cannot type into another organisation's row (the field is read-only; the server would refuse anyway).
  await expect(kai.page.getByLabel('Interessen/Ziele – Schulamt')).toHaveAttribute('readonly', '');
  expect(await axeViolations(jana.page)).toEqual([]);
  await snap(jana.page, 'stakeholders-phone');
  expect(await axeViolations(kai.page, '[data-testid="stakeholders"]')).toEqual([]);
  await snap(kai.page, 'stakeholders-workshop');
  // The shared screen (a link made now: the coordinator's workshop has none yet) shows the analysis large.
  await moderator.getByRole('button', { name: 'Leinwand-Link erzeugen' }).click();
  const screenLink = await moderator.getByTestId('screen-link').inputValue();
  {
    const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await screen.goto(screenLink);
    await expect(screen.getByTestId('stakeholder-table')).toContainText('Vermittlung in Ausbildung');
    expect(await axeViolations(screen)).toEqual([]);
    await snap(screen, 'stakeholders-screen');
    await screen.context().close();
  }

  // "Stand festhalten", a change, a second state; the comparison shows what changed.
  const states = analysis.getByTestId('stakeholder-states');
  await states.getByLabel('Bezeichnung des Stands (z. B. „Auftakt“)').fill('Auftakt');
  await states.getByRole('button', { name: 'Stand festhalten' }).click();
  await expect(states.getByTestId('saved-state')).toHaveCount(1);
  await rows.filter({ hasText: 'Schulamt' }).getByTestId('stakeholder-significance').selectOption('involved');
  await analysis
    .getByLabel('Zeile hinzufügen')
    .waitFor()
    .catch(() => undefined);
  await analysis.getByLabel('Organisation', { exact: true }).fill('Berufsschule');
  await analysis.getByRole('button', { name: 'Zeile hinzufügen' }).click();
  await expect(rows).toHaveCount(5);
  await states.getByLabel('Bezeichnung des Stands (z. B. „Auftakt“)').fill('Nach drei Monaten');
  await states.getByRole('button', { name: 'Stand festhalten' }).click();
  await expect(states.getByTestId('saved-state')).toHaveCount(2);
  await states.getByTestId('compare-from').selectOption({ label: 'Auftakt' });
  await states.getByTestId('compare-to').selectOption({ label: 'Nach drei Monaten' });
  await states.getByRole('button', { name: 'Vergleichen' }).click();
  const compare = states.getByTestId('stakeholder-compare');
  await expect(compare.getByTestId('compare-counts')).toHaveText(
    'Hinzugekommen: 1 · entfallen: 0 · geändert: 1 · Bedeutung geändert: 1',
  );
  const schulamt = compare.getByTestId('compare-row').filter({ hasText: 'Schulamt' });
  await expect(schulamt).toHaveAttribute('data-change', 'changed');
  await expect(schulamt.getByTestId('sig-before')).toContainText('soll beteiligt werden');
  await expect(schulamt.getByTestId('sig-after')).toContainText('beteiligt');
  await expect(schulamt.getByTestId('sig-after')).toHaveClass(/significance-changed/);
  await expect(compare.getByTestId('compare-row').filter({ hasText: 'Berufsschule' })).toHaveAttribute(
    'data-change',
    'added',
  );
  expect(await axeViolations(coord, '[data-testid="network-page"]')).toEqual([]);
  await snap(coord, 'stakeholders-network');
  await jana.context.close();
  await kai.context.close();

  // The working group's first workshop carries over the two cases and the themes of "Auftakt".
  await plan('AG Arbeit', 'AG Arbeit: 1. Sitzung', async () => {
    const source = body('AG Arbeit').getByTestId('carry-source').filter({ hasText: 'Auftakt' });
    await source.getByLabel('Fall „Mutter mit Vorschulkind“ mit Schilderung und Perspektiven').check();
    await source.getByLabel('Fall „Jugendlicher ohne Ausbildungsplatz“ mit Schilderung und Perspektiven').check();
    await source.getByLabel('1 Thema').check();
    await source.getByLabel('Organisationen der Teilnehmenden (2)').check();
    expect(await axeViolations(coord, '[data-testid="carry-picker"]')).toEqual([]);
    await coord.screenshot({ path: `${shots}carry-picker-1366.png`, fullPage: true });
  });
  await moderator.goto(networkUrl);
  await moderator
    .getByTestId('network-body')
    .filter({ hasText: 'AG Arbeit' })
    .getByRole('button', { name: '„AG Arbeit: 1. Sitzung“ als Moderation öffnen' })
    .click();
  await expect(moderator.getByRole('heading', { name: 'AG Arbeit: 1. Sitzung' })).toBeVisible();
  await expect(moderator.getByTestId('case-item')).toHaveText([
    /Mutter mit Vorschulkind/,
    /Jugendlicher ohne Ausbildungsplatz/,
  ]);
  await moderator.getByTestId('tab-themes').click();
  await expect(
    moderator.getByRole('checkbox', { name: 'Für Zusammenführung auswählen: Übergänge ohne Lücke' }),
  ).toBeVisible();
  await expect(moderator.getByTestId('expected-organisation')).toHaveText([/Jobcenter/, /Jugendamt/]);
  const agId = new URL(moderator.url()).pathname.split('/')[2]!;
  const agToken = (await tokenOf(moderator, agId))!;
  // The working group resolves something (as a consent round's result would; here through the API) …
  expect(
    (
      await moderator.request.post(`/api/workshops/${agId}/resolutions`, {
        headers: { authorization: `Bearer ${agToken}` },
        data: { text: 'Jeder Jugendliche bekommt eine feste Ansprechperson im Übergang.' },
      })
    ).status(),
  ).toBe(201);
  // … the coordinator forwards it to the steering group, whose own workshop confirms it with a tally.
  await coord.reload();
  const resolutions = network.getByTestId('resolutions');
  await resolutions
    .getByTestId('resolution-proposed')
    .filter({ hasText: 'feste Ansprechperson' })
    .getByRole('button', { name: 'An die Lenkungsgruppe' })
    .click();
  await expect(resolutions.getByTestId('resolution-awaiting')).toHaveCount(1);
  await plan('Lenkungsgruppe', 'Lenkungsgruppe März');
  await moderator.goto(networkUrl);
  await moderator
    .getByTestId('network-body')
    .filter({ hasText: 'Lenkungsgruppe' })
    .getByRole('button', { name: '„Lenkungsgruppe März“ als Moderation öffnen' })
    .click();
  await moderator.getByTestId('tab-protocol').click();
  const awaiting = moderator.getByTestId('steering-awaiting').filter({ hasText: 'feste Ansprechperson' });
  await awaiting.getByLabel('Ja-Stimmen').fill('6');
  await awaiting.getByLabel('Nein-Stimmen').fill('1');
  await awaiting.getByLabel('Enthaltungen').fill('0');
  await awaiting.getByRole('button', { name: /Bestätigen/ }).click();
  await expect(moderator.getByTestId('steering-produced')).toContainText('bestätigt');
  expect(await axeViolations(moderator, '#main-content')).toEqual([]);
  await snap(moderator, 'steering-workshop');
  // The network page shows the decision, where and how it was taken.
  await coord.reload();
  const decided = resolutions.getByTestId('resolution-decided').filter({ hasText: 'feste Ansprechperson' });
  await expect(decided).toHaveAttribute('data-state', 'confirmed');
  await expect(decided).toContainText('Lenkungsgruppe März');
  await expect(decided).toContainText('6 Ja');
  expect(await axeViolations(coord, '[data-testid="network-page"]')).toEqual([]);

  // The overview as a printable page: bodies, decisions, register and analysis; no forms, no secret link.
  await coord.emulateMedia({ media: 'print' });
  await expect(network.getByTestId('coordinator-link-panel')).toBeHidden();
  await expect(network.getByRole('button', { name: 'Übersicht drucken' })).toBeHidden();
  await expect(network.getByTestId('stakeholder-table')).toBeVisible();
  await expect(decided).toBeVisible();
  await coord.screenshot({ path: `${shots}network-print-1366.png`, fullPage: true });
  await coord.emulateMedia({ media: 'screen' });
});
