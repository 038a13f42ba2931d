// A week a runner can plan: its dates and today, moving it, a new week, totals,
// AM/PM, the print sheet, the runner's own paces, the read-only embed — and plans
// from before plans had dates (files, saved weeks, links) still opening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveAndLaunch, openPlanner, autosaved, score, ROOT } from './support.mjs';

const env = serveAndLaunch();

const TEMPO = 3;
const FORMAT_1 = join(ROOT, 'core/tests/fixtures/format1');

/** A 1280 px planner whose clock reads `now` (local time). */
async function plannerOn(now, { width = 1280, height = 900, path = '', setup } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  await context.clock.setFixedTime(new Date(now));
  if (setup) await setup(context);
  const { page, errors } = await openPlanner(context, env.server.url, { path });
  return { context, page, errors };
}

const dates = (page) => page.$$eval('[data-day]', (els) => els.map((e) => e.dataset.date));
const weekTitle = (page) => page.textContent('[data-testid="week-dates"]');

/** Picks a setting (units, week start), opening the Settings panel first. */
async function setting(page, name, value) {
  const details = page.locator('.wb-profile details:has(select[name="units"])');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await page.selectOption(`select[name="${name}"]`, value);
}

test('the week has dates, today is marked, and the plan moves to another week undoably', async () => {
  // A Tuesday: this week is still ahead.
  const { context, page, errors } = await plannerOn('2026-12-01T09:00:00');
  assert.equal(await weekTitle(page), '30 Nov – 6 Dec 2026 · This week');
  assert.deepEqual(await dates(page), [
    '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06',
  ]);
  assert.equal(await page.getAttribute('[data-day="1"] time', 'aria-current'), 'date');
  assert.equal(await page.locator('[aria-current="date"]').count(), 1);
  assert.match(await page.innerText('[data-day="1"] .wb-day-name'), /^Tue(sday)?\s+1 Dec\s+Today$/i);

  await page.click('[data-testid="week-later"]');
  assert.equal(await weekTitle(page), '7–13 Dec 2026 · Next week');
  assert.equal(await page.locator('[aria-current="date"]').count(), 0);
  // Keyboard focus stays on the control that moved it.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'week-later');
  await page.keyboard.press('Control+z');
  assert.equal(await weekTitle(page), '30 Nov – 6 Dec 2026 · This week');

  // Any day picked moves the plan to that day's week.
  await page.fill('[data-testid="week-start"]', '2027-01-06');
  await page.dispatchEvent('[data-testid="week-start"]', 'change');
  assert.equal(await weekTitle(page), '4–10 Jan 2027');
  assert.equal((await dates(page))[0], '2027-01-04');
  assert.deepEqual(errors, []);
  await context.close();
});

test('from Thursday a new plan is for the coming week; Sunday first shows the Sunday before', async () => {
  const { context, page } = await plannerOn('2026-12-03T18:00:00');
  assert.equal(await weekTitle(page), '7–13 Dec 2026 · Next week');
  await setting(page, 'week-start', 'sunday');
  assert.equal(await weekTitle(page), '6–12 Dec 2026 · Next week');
  const shown = await page.$$eval('[data-day]', (els) => els.map((e) => `${e.dataset.day}:${e.dataset.date}`));
  assert.deepEqual(shown.slice(0, 2), ['6:2026-12-06', '0:2026-12-07']);
  await context.close();
});

test('the calendar file and a share link carry the plan\'s own week', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  await page.click('[data-testid="week-later"]');
  const [calendar] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-ics"]')]);
  const ics = await readFile(await calendar.path(), 'utf8');
  assert.match(ics, /DTSTART;VALUE=DATE:20261207\r\n/, 'Monday of the week on the board');
  assert.doesNotMatch(ics, /DTSTART;VALUE=DATE:20261130/);
  assert.match(await page.textContent('.wb-tool-message'), /for the week of 7–13 Dec 2026/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('[data-testid="copy-link"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();

  // Opened a month later, the shared plan keeps its week.
  const { context: other, page: visitor } = await plannerOn('2027-01-05T09:00:00');
  await visitor.goto(link);
  await visitor.waitForSelector('[data-testid="shared-banner"]');
  assert.equal(await weekTitle(visitor), '7–13 Dec 2026');
  await other.close();
});

test('totals for the week and each day, in words a runner reads without hovering', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00', { width: 390, height: 844 });
  const totals = page.locator('[data-testid="week-totals"]');
  assert.match(await totals.innerText(), /Distance\s+≈ \d+ km/);
  assert.equal(await page.textContent('[data-testid="week-time"]'), '5 h 55');
  assert.equal(await page.textContent('[data-testid="week-runs"]'), '6');
  assert.match(await totals.innerText(), /Easy\s+\d h \d\d[\s\S]*Moderate\s+1 h 40[\s\S]*Hard\s+1 h \d\d/);
  // A day says its distance and time; no bare load number.
  assert.equal(await page.textContent('[data-day="0"] [data-testid="day-totals"]'), '≈ 10 km · 50 min');
  assert.equal(await page.textContent('[data-day="5"] [data-testid="day-totals"]'), 'Rest');
  assert.equal(await page.locator('[data-testid="day-load"]').count(), 0);

  // A distance written on the card replaces the estimate.
  await page.click('[data-session-id="1"] [data-testid="card-menu"]');
  await page.click('[data-session-id="1"] [data-testid="card-menu-panel"] button:has-text("Edit")');
  await page.fill('[data-testid="edit-dialog"] input[name="distance"]', '9.5');
  await page.click('[data-testid="edit-save"]');
  assert.equal(await page.textContent('[data-day="0"] [data-testid="day-totals"]'), '9.5 km · 50 min');

  // In miles, the totals are in miles.
  await setting(page, 'units', 'mi');
  assert.equal(await page.textContent('[data-day="0"] [data-testid="day-totals"]'), '5.9 mi · 50 min');
  assert.match(await page.textContent('[data-testid="week-distance"]'), /^≈ \d+(\.\d)? mi$/);
  await context.close();
});

test('New week empties the board in one undoable step, and a day of two shows AM and PM', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"] button:has-text("Duplicate")`);
  const orders = await page.$$eval('[data-day="2"] [data-testid="card-order"]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(orders, ['AM', 'PM']);
  assert.match(await page.getAttribute(`[data-session-id="${TEMPO}"]`, 'aria-label'), /Wednesday AM/);

  await page.click('[data-testid="new-week"]');
  assert.equal(await page.locator('[data-session-id]').count(), 0);
  assert.equal(await page.textContent('[data-testid="verdict"]'), 'Nothing to judge yet');
  assert.match(await page.textContent('[aria-live]'), /New week: 8 sessions cleared from the board\. Undo brings them back\./);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'new-week');
  await page.click('[data-testid="undo"]');
  assert.equal(await page.locator('[data-session-id]').count(), 8);
  await context.close();
});

test('printing gives the sheet for the fridge: dates, workouts, notes, totals, the verdict, no controls', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  // An edit first, so there is a "since last edit" that must not print.
  await page.click('[data-session-id="2"] [data-testid="card-menu"]');
  await page.click('[data-session-id="2"] [data-testid="card-menu-panel"] button:has-text("Edit")');
  const dialog = page.locator('[data-testid="edit-dialog"]');
  // The dialog covers the board on a phone: it says which day it edits.
  assert.equal(await dialog.locator('h2').textContent(), 'Edit Intervals · Tuesday 1 Dec');
  await dialog.locator('input[name="title"]').fill('Track night');
  await dialog.locator('textarea[name="workout"]').fill("6 x 800m @ 5K pace w/ 2' jog");
  await dialog.locator('textarea[name="notes"]').fill('Bring spikes. Lane 3.');
  await dialog.locator('[data-testid="edit-save"]').click();
  const shown = await score(page);

  // As a browser prints: `beforeprint` (the sheet catches up with the edit just
  // made), then print media.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('[data-testid="print-sheet"]');
  assert.ok(await sheet.isVisible());
  const text = await sheet.innerText();
  assert.match(text, /Training week 30 Nov – 6 Dec 2026/);
  assert.match(text, new RegExp(`${shown}/100 · Unbalanced`));
  assert.match(text, /Tuesday\s+1 Dec/);
  assert.match(text, /Track night — Intervals · 1 h · RPE 8/);
  assert.match(text, /6 x 800m @ 5K pace w\/ 2' jog/);
  assert.match(text, /Bring spikes\. Lane 3\./);
  assert.match(text, /≈ [\d.]+ km · 5 h 55 · 6 runs — easy/);
  assert.match(text, /What to look at/);
  assert.doesNotMatch(text, /since last edit/);
  // Nothing of the planner shows: no buttons, no board, no score delta.
  const visibleButtons = await page.$$eval('button', (els) => els.filter((e) => e.offsetParent !== null).length);
  assert.equal(visibleButtons, 0);
  assert.equal(await page.locator('[data-testid="board"]').isVisible(), false);
  await page.screenshot({ path: '/tmp/print-sheet.png', fullPage: true });
  await context.close();
});

test('the runner\'s own paces drive the workout estimate and the suggested minutes', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  const suggested = async () => {
    await page.click('[data-session-id="2"] [data-testid="card-menu"]');
    await page.click('[data-session-id="2"] [data-testid="card-menu-panel"] button:has-text("Edit")');
    const dialog = page.locator('[data-testid="edit-dialog"]');
    await dialog.locator('textarea[name="workout"]').fill("15' wu, 6 x 800m @ 5K pace w/ 400m jog, 10' cd");
    const text = await dialog.locator('[data-testid="use-suggestion"]').textContent();
    const totals = await dialog.locator('[data-testid="workout-totals"]').textContent();
    await page.keyboard.press('Escape');
    const [, h, m] = /(?:(\d+) h )?(\d+)(?: min)?$/.exec(text.split(' · ')[1]);
    return { minutes: Number(h ?? 0) * 60 + Number(m), totals };
  };
  const reference = await suggested();
  assert.doesNotMatch(reference.totals, /your paces/);
  assert.match(await page.textContent('[data-testid="paces-summary"]'), /assume a 22:00 5 km/);

  // A 5 km in 27:30: slower than the reference, so the same session takes longer.
  await page.selectOption('select[name="race-distance"]', '5000');
  await page.fill('input[name="race-time"]', '27:30');
  await page.press('input[name="race-time"]', 'Tab');
  assert.match(await page.textContent('[data-testid="paces-summary"]'), /Estimates use your paces: easy 7:30 \/km, threshold 5:50 \/km, 5 km pace 5:30 \/km\./);
  const theirs = await suggested();
  assert.match(theirs.totals, /at your paces/);
  assert.ok(theirs.minutes > reference.minutes + 3, `${theirs.minutes} vs ${reference.minutes}`);

  // A time that is no race says so, and keeps what was there.
  await page.fill('input[name="race-time"]', '2:00');
  await page.press('input[name="race-time"]', 'Tab');
  assert.match(await page.textContent('#wb-race-error'), /check the time/);
  assert.match(await page.textContent('[data-testid="paces-summary"]'), /your paces/);
  await context.close();
});

test('the read-only embed says so; "Edit a copy" makes it the reader\'s own to edit in place, and "Open in planner" leaves their own week kept', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  // The reader's own week in the planner: tempo on Friday.
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  await autosaved(page);
  const own = await page.evaluate(() => localStorage.getItem('weekboard:plan'));

  await page.goto(`${env.server.url}embed-demo.html`);
  const sent = page.locator('#sent-week');
  await sent.locator('[data-day="6"]').waitFor();
  assert.match(await sent.locator('[data-testid="readonly-note"]').textContent(), /Read-only/);
  const copy = sent.locator('[data-testid="edit-copy"]');
  assert.equal(await copy.textContent(), 'Edit a copy');
  // It says what it would change, with no button that would change it, and no
  // strip of weeks for a plan of one.
  assert.ok((await sent.locator('.wb-finding').count()) > 0);
  assert.match(await sent.locator('.wb-finding-message').first().textContent(), /Try/);
  assert.equal(await sent.locator('[data-testid="fix"]').count(), 0);
  assert.equal(await sent.locator('[data-testid="week-strip"]').count(), 0);
  // A drag that can't happen says why.
  const card = sent.locator(`[data-session-id="${TEMPO}"]`);
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 10, { steps: 5 });
  await page.mouse.up();
  assert.equal(await sent.locator('[data-testid="readonly-note"]').textContent(), "This week can't be changed here. Edit a copy to move sessions.");

  // In place: the same week, now the reader's to change, dated like any planner's.
  await copy.click();
  await sent.locator('[data-testid="card-menu"]').first().waitFor();
  assert.match(await sent.locator('[data-testid="copy-note"]').textContent(), /^Your copy/);
  assert.equal(await page.getAttribute(`#sent-week [data-day]:has([data-session-id="${TEMPO}"])`, 'data-day'), '2');
  assert.equal(await sent.locator('[data-testid="week-dates"]').textContent(), '30 Nov – 6 Dec 2026 · This week');
  assert.equal(await page.locator('#sent-week').evaluate((el) => el.hasAttribute('readonly')), true);
  // The fix buttons are back, and the way out is to the standalone planner.
  assert.ok((await sent.locator('[data-testid="fix"]').count()) > 0);
  const out = sent.locator('[data-testid="open-in-planner"]');
  assert.equal(await out.textContent(), 'Open in planner ↗');

  await page.goto(await out.getAttribute('href'));
  await page.waitForSelector('[data-testid="shared-banner"]');
  assert.equal(await page.getAttribute(`[data-day]:has([data-session-id="${TEMPO}"])`, 'data-day'), '2');
  assert.equal(await page.evaluate(() => localStorage.getItem('weekboard:plan')), own);
  await context.close();
});

test('plans from before dates open: a saved week, a plan file and a link of format 1', async () => {
  const file = await readFile(join(FORMAT_1, 'effective-miles-sunday.json'), 'utf8');
  const link = (await readFile(join(FORMAT_1, 'effective-miles-sunday.link'), 'utf8')).trim();

  // A week saved by the format-1 board.
  const { context, page, errors } = await plannerOn('2026-12-03T09:00:00', {
    setup: (c) => c.addInitScript((saved) => {
      if (!localStorage.getItem('weekboard:plan')) localStorage.setItem('weekboard:plan', saved);
    }, file),
  });
  assert.equal(await page.textContent('[data-session-id="2"] .wb-card-title'), 'Track 6 x 800');
  assert.equal(await page.inputValue('select[name="units"]'), 'mi');
  assert.equal(await weekTitle(page), '6–12 Dec 2026 · Next week', 'dated on opening, Sunday first');
  await autosaved(page);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('weekboard:plan')));
  assert.equal(saved.version, 2);
  assert.equal(saved.start, '2026-12-07');

  // A format-1 plan file.
  await page.click('[data-testid="new-week"]');
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'old-week.json', mimeType: 'application/json', buffer: Buffer.from(file),
  });
  await page.waitForSelector('.wb-tool-message.is-ok');
  assert.equal(await page.locator('[data-session-id]').count(), 7);

  // A format-1 link, with the sharer's profile.
  await page.goto(`${env.server.url}#plan=${link}`);
  await page.waitForSelector('[data-testid="shared-banner"]');
  assert.equal(await page.textContent('[data-session-id="2"] .wb-card-title'), 'Track 6 x 800');
  assert.equal(await page.inputValue('input[name="age"]'), '52');
  assert.deepEqual(errors, []);
  await context.close();
});
