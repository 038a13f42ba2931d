// The board in a real Chromium, driven like a runner would: mouse, touch, keyboard.
// Runs against the release build in dist/ (scripts/test.sh builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, openDesktop, score, dayOf, findingCodes, centre, scrollSettled } from './support.mjs';

const TEMPO = 3; // Wednesday's tempo in the default (seed 001 "Unbalanced") week
const WEDNESDAY = '2';
const FRIDAY = '4';
const SATURDAY = '5';

const env = serveAndLaunch();

const desktop = () => openDesktop(env);

/** Drags with the mouse from one element's centre to another's, in steps. */
async function mouseDrag(page, from, to, { beforeDrop } = {}) {
  const a = await centre(page, from);
  const b = await centre(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 10, a.y + 10, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.waitForTimeout(50); // let an animation frame aim the target
  if (beforeDrop) await beforeDrop();
  await page.mouse.up();
}

test('the page loads with seven days, a score and no console error', async () => {
  const { context, page, errors } = await desktop();
  assert.equal(await page.locator('[data-day]').count(), 7);
  for (let day = 0; day < 7; day++) {
    assert.equal(await page.locator(`[data-day="${day}"]`).count(), 1);
  }
  const value = await score(page);
  assert.ok(value >= 0 && value <= 100, `score ${value}`);
  assert.match(await page.getAttribute('[data-verdict]', 'data-verdict'), /^(balanced|tweak|unbalanced)$/);
  assert.equal(await page.locator('[data-session-kind]').count(), 7);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the default week is unbalanced, with hard days back to back', async () => {
  const { context, page } = await desktop();
  assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'unbalanced');
  assert.ok((await findingCodes(page)).includes('hard_days_back_to_back'));
  await context.close();
});

test('a mouse drag of the tempo to Friday raises the score and separates the hard days', async () => {
  const { context, page, errors } = await desktop();
  const before = await score(page);
  await mouseDrag(page, `[data-session-id="${TEMPO}"]`, `[data-day="${FRIDAY}"] .wb-day-head`, {
    beforeDrop: async () => {
      // While dragging, the panel previews the score of the drop.
      await page.waitForSelector('[data-testid="ghost-score"]');
      assert.equal(await page.getAttribute(`[data-day="${FRIDAY}"]`, 'class').then((c) => c.includes('is-target')), true);
    },
  });
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  const afterScore = await score(page);
  assert.ok(afterScore > before, `score ${before} → ${afterScore}`);
  assert.ok(!(await findingCodes(page)).includes('hard_days_back_to_back'));
  const announced = await page.textContent('[data-testid="announcer"]');
  assert.match(announced, /^Tempo moved from Wednesday to Friday\. Week score \d+ → \d+, \w+\.$/);
  assert.equal(await page.locator('[data-testid="ghost-score"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Escape cancels a mouse drag, with no console error', async () => {
  const { context, page, errors } = await desktop();
  const a = await centre(page, `[data-session-id="${TEMPO}"]`);
  const b = await centre(page, `[data-day="${FRIDAY}"] .wb-day-head`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 10 });
  await page.waitForTimeout(50);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.equal(await dayOf(page, TEMPO), WEDNESDAY);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dragging a card onto the remove zone removes it, and undo restores it', async () => {
  const { context, page } = await desktop();
  const a = await centre(page, `[data-session-id="${TEMPO}"]`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 8, a.y + 8, { steps: 2 });
  await page.waitForSelector('[data-remove-zone]');
  const zone = await centre(page, '[data-remove-zone]');
  await page.mouse.move(zone.x, zone.y, { steps: 10 });
  await page.waitForTimeout(50);
  await page.mouse.up();
  assert.equal(await page.locator(`[data-session-id="${TEMPO}"]`).count(), 0);
  await page.click('[data-testid="undo"]');
  assert.equal(await dayOf(page, TEMPO), WEDNESDAY);
  await context.close();
});

test('the keyboard lifts, moves and drops a card, and focus follows it', async () => {
  const { context, page } = await desktop();
  const before = await score(page);
  await page.focus(`[data-session-id="${TEMPO}"]`);
  await page.keyboard.press('Space');
  assert.match(await page.textContent('[data-testid="announcer"]'), /lifted from Wednesday/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('[data-testid="announcer"]'), /^Friday, position 1 of 2\. Score if dropped: \d+\.$/);
  await page.keyboard.press('Space');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.ok((await score(page)) > before);
  assert.ok(!(await findingCodes(page)).includes('hard_days_back_to_back'));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.sessionId), String(TEMPO));
  assert.match(await page.textContent('[data-testid="announcer"]'), /^Tempo moved from Wednesday to Friday\./);
  await context.close();
});

test('the Move-to menu moves a card with single clicks', async () => {
  const { context, page } = await desktop();
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="${FRIDAY}"]`);
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.ok(!(await findingCodes(page)).includes('hard_days_back_to_back'));
  await context.close();
});

test('undo and redo, by buttons and by Ctrl+Z / Shift+Ctrl+Z', async () => {
  const { context, page } = await desktop();
  const start = await score(page);
  assert.equal(await page.isDisabled('[data-testid="undo"]'), true);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="${FRIDAY}"]`);
  const moved = await score(page);
  await page.click('[data-testid="undo"]');
  assert.equal(await dayOf(page, TEMPO), WEDNESDAY);
  assert.equal(await score(page), start);
  assert.match(await page.textContent('[data-testid="announcer"]'), /^Undone\./);
  await page.click('[data-testid="redo"]');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  assert.equal(await dayOf(page, TEMPO), WEDNESDAY);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await score(page), moved);
  await context.close();
});

test('the edit dialog changes a session and refuses bad values with a message', async () => {
  const { context, page } = await desktop();
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
  const dialog = page.locator('[data-testid="edit-dialog"]');
  assert.equal(await dialog.evaluate((d) => d.open), true);
  await dialog.locator('input[name="minutes"]').fill('9999');
  await dialog.locator('[data-testid="edit-save"]').click();
  assert.match(await dialog.locator('[role="alert"]').first().textContent(), /Minutes must be a whole number from 0 to 600/);
  assert.equal(await dialog.evaluate((d) => d.open), true);
  await dialog.locator('input[name="minutes"]').fill('35');
  await dialog.locator('input[name="title"]').fill('Cruise tempo');
  await dialog.locator('input[name="distance"]').fill('8.5');
  await dialog.locator('[data-testid="edit-save"]').click();
  assert.equal(await dialog.evaluate((d) => d.open), false);
  const card = page.locator(`[data-session-id="${TEMPO}"]`);
  assert.match(await card.textContent(), /Cruise tempo/);
  assert.match(await card.textContent(), /35 min/);
  assert.match(await card.textContent(), /8\.5 km/);
  // Escape closes without saving.
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
  await dialog.locator('input[name="minutes"]').fill('50');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.evaluate((d) => d.open), false);
  assert.match(await card.textContent(), /35 min/);
  await context.close();
});

test('a palette session dropped on an empty day lands there', async () => {
  const { context, page } = await desktop();
  // Empty Saturday first (its rest card goes).
  await page.click(`[data-day="${SATURDAY}"] [data-testid="card-menu"]`);
  await page.click(`[data-day="${SATURDAY}"] .wb-danger`);
  assert.equal(await page.locator(`[data-day="${SATURDAY}"] [data-session-id]`).count(), 0);
  await mouseDrag(page, '[data-palette-key="easy"]', `[data-day="${SATURDAY}"]`);
  const cards = page.locator(`[data-day="${SATURDAY}"] [data-session-kind="easy"]`);
  assert.equal(await cards.count(), 1);
  assert.match(await page.textContent('[data-testid="announcer"]'), /^Easy run added to Saturday\./);
  // A click on a chip (no drag) offers the days instead.
  await page.click('[data-palette-key="strength"]');
  await page.click(`.wb-palette [data-pick-day="${SATURDAY}"]`);
  assert.equal(await page.locator(`[data-day="${SATURDAY}"] [data-session-kind="strength"]`).count(), 1);
  await context.close();
});

test('hovering a finding highlights its days', async () => {
  const { context, page } = await desktop();
  await page.hover('[data-finding-code="hard_days_back_to_back"]');
  const lit = await page.$$eval('[data-day].is-highlighted', (els) => els.map((e) => e.dataset.day).sort());
  assert.ok(lit.includes('1') && lit.includes('2'), `highlighted days: ${lit}`);
  await context.close();
});

test('touch: a drag from the grip, after a moment\'s rest, moves the tempo on a phone, and the page still scrolls', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const { page, errors } = await openPlanner(context, env.server.url);
  const before = await score(page);
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

  // A swipe on a card body scrolls the page rather than dragging.
  await page.$eval('[data-day="0"]', (el) => el.scrollIntoView({ block: 'center' }));
  const scrolledBefore = await page.evaluate(() => window.scrollY);
  const monday = await centre(page, '[data-session-id="1"] .wb-card-title');
  await touch('touchStart', [{ x: monday.x, y: monday.y }]);
  for (let i = 1; i <= 8; i++) {
    await touch('touchMove', [{ x: monday.x, y: monday.y - i * 25 }]);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd', []);
  await scrollSettled(page);
  assert.ok((await page.evaluate(() => window.scrollY)) > scrolledBefore, 'the page scrolled');
  assert.equal(await dayOf(page, 1), '0');

  // The grip drags after a short rest (a flick from it scrolls: phone.test.mjs).
  await page.$eval(`[data-day="${WEDNESDAY}"]`, (el) => el.scrollIntoView({ block: 'start' }));
  await scrollSettled(page);
  const grip = await centre(page, `[data-session-id="${TEMPO}"] .wb-grip`);
  const friday = await centre(page, `[data-day="${FRIDAY}"] .wb-day-head`);
  const scrolledAtPress = await page.evaluate(() => window.scrollY);
  await touch('touchStart', [{ x: grip.x, y: grip.y }]);
  // Well past the grip's 120 ms, so a busy machine delivering the press late
  // still sees a rest.
  await page.waitForTimeout(300);
  const steps = 15;
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', [{ x: grip.x + (friday.x - grip.x) * (i / steps), y: grip.y + (friday.y - grip.y) * (i / steps) }]);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(50);
  await touch('touchEnd', []);
  const scrolledAtEnd = await page.evaluate(() => window.scrollY);
  assert.equal(await dayOf(page, TEMPO), FRIDAY,
    `the tempo stayed; the page scrolled ${scrolledAtPress} → ${scrolledAtEnd} px during the drag`);
  assert.ok((await score(page)) > before);
  assert.ok(!(await findingCodes(page)).includes('hard_days_back_to_back'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('touch: press and hold on a card body starts a drag', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const { page } = await openPlanner(context, env.server.url);
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await page.$eval(`[data-day="${WEDNESDAY}"]`, (el) => el.scrollIntoView({ block: 'start' }));
  const body = await centre(page, `[data-session-id="${TEMPO}"] .wb-card-title`);
  const friday = await centre(page, `[data-day="${FRIDAY}"] .wb-day-head`);
  const scrolledAtPress = await page.evaluate(() => window.scrollY);
  await touch('touchStart', [{ x: body.x, y: body.y }]);
  await page.waitForTimeout(400);
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', [{ x: body.x, y: body.y + (friday.y - body.y) * (i / 10) }]);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(50);
  await touch('touchEnd', []);
  const scrolledAtEnd = await page.evaluate(() => window.scrollY);
  assert.equal(await dayOf(page, TEMPO), FRIDAY,
    `the tempo stayed; the page scrolled ${scrolledAtPress} → ${scrolledAtEnd} px during the drag`);
  await context.close();
});

test('week start Sunday shows Sunday first and keeps data-day as storage index', async () => {
  const { context, page } = await desktop();
  await page.click('summary:has-text("Settings")');
  await page.selectOption('select[name="week-start"]', 'sunday');
  const order = await page.$$eval('[data-day]', (els) => els.map((e) => e.dataset.day));
  assert.deepEqual(order, ['6', '0', '1', '2', '3', '4', '5']);
  await context.close();
});

test('every chip in the palette has a name of its own', async () => {
  const { context, page } = await desktop();
  const names = await page.$$eval('.wb-palette [data-palette-key]', (chips) => chips.map((c) => c.textContent.trim()));
  assert.ok(names.length >= 13);
  assert.deepEqual([...new Set(names)], names, `a name shows twice: ${names.join(', ')}`);
  await context.close();
});
