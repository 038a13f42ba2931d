// Reading a coach's notation in the edit dialog, and its summary on the card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner } from './support.mjs';

const env = serveAndLaunch();

const SEED_002 = '2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m';

async function editCard(page, id) {
  await page.click(`[data-session-id="${id}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${id}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
  return page.locator('[data-testid="edit-dialog"]');
}

test('the seed 002 session reads as 12 reps and 1.9 km of work, and sets the session', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPlanner(context, env.server.url);
  const dialog = await editCard(page, 2);
  await dialog.locator('textarea[name="workout"]').fill(SEED_002);
  const totals = await dialog.locator('[data-testid="workout-totals"]').textContent();
  assert.match(totals, /^12 reps · 1\.9 km of work/);
  assert.match(await dialog.locator('[data-testid="workout-reading"]').textContent(), /2 ×/);
  await dialog.locator('[data-testid="use-suggestion"]').click();
  assert.equal(await dialog.locator('select[name="kind"]').inputValue(), 'speed_endurance');
  assert.equal(await dialog.locator('input[name="rpe"]').inputValue(), '9');
  await dialog.locator('[data-testid="edit-save"]').click();
  const card = page.locator('[data-session-id="2"]');
  assert.equal(await card.getAttribute('data-session-kind'), 'speed_endurance');
  assert.equal(await card.locator('[data-testid="card-workout"]').textContent(), '12 reps · 1.9 km fast');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed workout shows its error under the column, and the text is kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await openPlanner(context, env.server.url);
  const dialog = await editCard(page, 2);
  await dialog.locator('textarea[name="workout"]').fill('6 x @ 5K pace');
  const error = dialog.locator('[data-testid="workout-error"]');
  assert.match(await error.locator('p').textContent(), /column \d+/);
  const caret = (await error.locator('pre').textContent()).split('\n')[1];
  assert.match(caret, /^ +\^$/);
  await dialog.locator('[data-testid="edit-save"]').click();
  const card = page.locator('[data-session-id="2"]');
  assert.match(await card.locator('[data-testid="card-workout"]').textContent(), /can't be read/);
  // Nothing lost: the text is still there to fix.
  await editCard(page, 2);
  assert.equal(await dialog.locator('textarea[name="workout"]').inputValue(), '6 x @ 5K pace');
  await context.close();
});

test('on a phone only the first finding shows until asked', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page } = await openPlanner(context, env.server.url);
  const visible = () => page.$$eval('[data-finding-code]', (els) => els.filter((e) => e.offsetParent !== null).length);
  const total = await page.locator('[data-finding-code]').count();
  assert.ok(total > 1);
  assert.equal(await visible(), 1);
  await page.click('.wb-more-findings');
  assert.equal(await visible(), total);
  await context.close();
});
