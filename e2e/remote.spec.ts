// Remote conferences: the moderation sets the video room's link and switches
// remote mode on. Every participant surface (laptop board, phone) offers the
// room as one button that opens it beside the board; in remote mode the
// laptop participant sees the shared screen's content on their own device,
// can leave it with one click and come back with one.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, createWorkshop, joinByCode } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
const room = 'https://jitsi.example.de/netzwerk-nord';

test('video room and remote mode reach every participant; they follow and can leave and return', async ({
  browser,
}) => {
  mkdirSync(shots, { recursive: true });
  const mod = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const code = await createWorkshop(mod, 'Netzwerk Fernkonferenz');
  const lea = await joinByCode(browser, code, 'Lea', 'Jobcenter');
  await lea.page.setViewportSize({ width: 1366, height: 768 });
  const phone = await joinByCode(browser, code, 'Pia', 'Tafel', { phone: true, viewport: { width: 390, height: 844 } });
  await expect(lea.page.getByTestId('video-link')).toHaveCount(0);

  const panel = mod.getByTestId('remote-panel');
  await panel.getByLabel('Link zum Videoraum (Jitsi, BigBlueButton …)').fill('javascript:alert(1)');
  await panel.getByRole('button', { name: 'Link speichern' }).click();
  await expect(panel.getByRole('alert')).toContainText('beginnt mit „https“');
  await panel.getByLabel('Link zum Videoraum (Jitsi, BigBlueButton …)').fill(room);
  await panel.getByRole('button', { name: 'Link speichern' }).click();
  for (const p of [lea.page, phone.page, mod]) await expect(p.getByTestId('video-link')).toHaveAttribute('href', room);

  // One button opens the room in a window of its own (answered here: no request leaves for the internet).
  await lea.context.route(`${room}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Video</title>' }));
  const [video] = await Promise.all([lea.context.waitForEvent('page'), lea.page.getByTestId('video-link').click()]);
  await expect.poll(() => video.url()).toBe(room);
  await video.close();

  // Remote mode: the laptop participant sees the shared screen's content — before the start, that it starts soon.
  // (The box shows the server's state: it turns on once the control document says so.)
  await panel.getByTestId('remote-on').click();
  await expect(panel.getByTestId('remote-on')).toBeChecked();
  const stage = lea.page.getByTestId('remote-stage');
  await expect(stage).toBeVisible();
  await expect(lea.page.getByTestId('tab-screen')).toHaveAttribute('aria-pressed', 'true');
  await expect(stage).toHaveAttribute('data-content', 'join');
  await expect(stage.getByTestId('remote-waiting')).toContainText('Es geht gleich los');
  // A card query: the stage shows the question, as the projector does.
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Wer fehlt im Netzwerk?');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  await expect(stage).toHaveAttribute('data-content', 'writing');
  await expect(stage).toContainText('Wer fehlt im Netzwerk?');
  await lea.page.screenshot({ path: `${shots}remote-participant-laptop.png` });
  expect(await axeViolations(lea.page, '[data-testid="remote-stage"]')).toEqual([]);
  expect(await axeViolations(mod, '[data-testid="remote-panel"]')).toEqual([]);
  await mod.screenshot({ path: `${shots}remote-moderator-screen.png` });

  // Leave with one click, come back with one.
  await lea.page.getByTestId('tab-board').click();
  await expect(stage).toHaveCount(0);
  await lea.page.getByTestId('tab-screen').click();
  await expect(lea.page.getByTestId('remote-stage')).toContainText('Wer fehlt im Netzwerk?');
  // The phone keeps its own view (what is asked of its person now), the screen's content one tap away.
  await expect(phone.page.getByTestId('remote-watch')).toHaveAttribute('href', /\/w\/[^/]+$/);
  await phone.page.screenshot({ path: `${shots}remote-phone.png` });

  // Remote mode off: the tab goes, the view is the participant's own again.
  await panel.getByTestId('remote-on').click();
  await expect(panel.getByTestId('remote-on')).not.toBeChecked();
  await expect(lea.page.getByTestId('tab-screen')).toHaveCount(0);
  await expect(lea.page.getByTestId('remote-stage')).toHaveCount(0);
});
