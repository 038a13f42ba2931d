// A block of weeks: built from one week by duplicating, edited a week at a time, its
// strip and across-week findings following, shared whole and opened elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, findingCodes } from './support.mjs';

const env = serveAndLaunch();

async function plannerOn(now, options = { viewport: { width: 1280, height: 900 } }) {
  const context = await env.browser.newContext(options);
  await context.clock.setFixedTime(new Date(now));
  const { page, errors } = await openPlanner(context, env.server.url);
  return { context, page, errors };
}

/** The strip as data: week, verdict, easier, across-week findings. */
const strip = (page) => page.$$eval('[data-week]', (els) => els.map((e) => ({
  week: Number(e.dataset.week),
  verdict: e.dataset.verdict,
  easier: e.dataset.easier !== undefined,
  across: (e.dataset.across ?? '').split(' ').filter(Boolean),
  shown: e.getAttribute('aria-current') === 'true',
})));

const said = (page) => page.textContent('[aria-live]');

async function removeAll(page, day) {
  for (const id of await page.$$eval(`[data-day="${day}"] [data-session-id]`, (els) => els.map((e) => e.dataset.sessionId))) {
    await page.click(`[data-session-id="${id}"] [data-testid="card-menu"]`);
    await page.click(`[data-session-id="${id}"] [data-testid="card-menu-panel"] button:has-text("Remove")`);
  }
}

test('a 4-week block from one week: duplicate, edit week 3, the strip and the findings follow, share it whole', async () => {
  const { context, page, errors } = await plannerOn('2026-12-01T09:00:00');
  // By mouse, then by keyboard.
  await page.click('[data-testid="duplicate-week"]');
  assert.equal(await said(page), 'Week 1 duplicated. Week 2 of 2 (7–13 Dec 2026) is on the board.');
  await page.focus('[data-testid="duplicate-week"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'duplicate-week');
  let weeks = await strip(page);
  assert.equal(weeks.length, 4);
  assert.equal(weeks.findIndex((w) => w.shown), 3);
  assert.match(await page.textContent('[data-testid="week-dates"]'), /^Week 4 of 4 · 21–27 Dec 2026/);
  // Four weeks of the same build: the fourth is flagged, on the strip and on its board.
  assert.deepEqual(weeks[3].across, ['no_easier_week']);
  assert.ok((await findingCodes(page)).includes('no_easier_week'));

  // Week 3 becomes an easier week: the moderate runs go.
  await page.click('[data-week="2"]');
  assert.match(await said(page), /^Week 3 of 4 \(14–20 Dec 2026\)\. Week score \d+\.$/);
  assert.equal(await page.locator('[data-testid="score-delta"]').count(), 0, 'looking is not an edit');
  await removeAll(page, 0);
  await removeAll(page, 4);
  weeks = await strip(page);
  assert.equal(weeks[2].easier, true);
  assert.deepEqual(weeks[3].across, [], 'an easier week came before it');
  // Back at its level after the easier week, week 4 is no jump.
  await page.click('[data-week="3"]');
  const codes = await findingCodes(page);
  assert.ok(!codes.includes('no_easier_week') && !codes.includes('load_jump'), codes.join(' '));

  // Reorder by keyboard: the easier week moves last, and back with Undo.
  await page.click('[data-week="2"]');
  await page.focus('[data-testid="move-week-later"]');
  await page.keyboard.press('Enter');
  weeks = await strip(page);
  assert.equal(weeks[3].easier, true);
  assert.equal(weeks.findIndex((w) => w.shown), 3, 'the board follows the moved week');
  assert.match(await said(page), /^Week moved\. It is now Week 4 of 4/);
  await page.keyboard.press('Control+z');
  weeks = await strip(page);
  assert.equal(weeks[2].easier, true);

  // Shared, it opens whole in a fresh browser, with the same strip.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('[data-testid="copy-link"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.length < 400, `${link.length} characters`);
  const before = (await strip(page)).map(({ shown, ...w }) => w);
  const { context: other, page: visitor } = await plannerOn('2027-02-01T09:00:00');
  await visitor.goto(link);
  await visitor.waitForSelector('[data-testid="shared-banner"]');
  assert.deepEqual((await strip(visitor)).map(({ shown, ...w }) => w), before);
  assert.match(await visitor.textContent('[data-testid="week-strip"] h2'), /^4 weeks · 30 Nov – 27 December 2026/);
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone a tap on a week shows it, and deleting down to one week keeps focus', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00',
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.tap('[data-testid="duplicate-week"]');
  await page.tap('[data-testid="add-week"]');
  assert.equal((await strip(page)).length, 3);
  assert.equal(await page.locator('[data-session-id]').count(), 0, 'the added week is empty');
  await page.tap('[data-week="0"]');
  assert.equal(await page.locator('[data-session-id]').count(), 7);
  await page.tap('[data-testid="next-week"]');
  assert.equal((await strip(page)).findIndex((w) => w.shown), 1);

  await page.focus('[data-testid="delete-week"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-week]').count(), 0, 'one week: no strip of bars');
  // One week: nothing to move or delete, and focus is on Duplicate, not the page.
  assert.equal(await page.locator('[data-testid="delete-week"], [data-testid="move-week-earlier"], [data-testid="move-week-later"]').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'duplicate-week');
  await context.close();
});

test('an embed shows one week of a block with week="2", and the JS API scores blocks', async () => {
  const { context, page } = await plannerOn('2026-12-01T09:00:00');
  await page.click('[data-testid="duplicate-week"]');
  await removeAll(page, 0);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('[data-testid="copy-link"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.setContent(`<!doctype html><script type="module" src="${env.server.url}weekboard.js"></script>
    <week-board id="second" plan="${link}" week="2" readonly></week-board>`);
  await page.locator('#second [data-day="6"]').waitFor();
  assert.equal(await page.locator('#second [data-week]').count(), 0, 'one week, no strip');
  assert.equal(await page.locator('#second [data-day="0"] [data-session-id]').count(), 0, 'week 2, Monday emptied');
  const api = await page.evaluate(async ([url, payload]) => {
    const wb = await import(url);
    const plan = await wb.decodePlan(payload);
    const block = await wb.scoreBlock(plan);
    const second = await wb.scoreWeek(plan, 2);
    let thrown = '';
    try { await wb.scoreWeek(plan, 3); } catch (e) { thrown = e.message; }
    return { weeks: plan.weeks.length, block: block.length, verdicts: block.map((w) => w.verdict), second: second.score, thrown };
  }, [`${env.server.url}weekboard.js`, link]);
  assert.equal(api.weeks, 2);
  assert.equal(api.block, 2);
  assert.equal(typeof api.second, 'number');
  assert.match(api.thrown, /week 3 is not a week of this plan: it has weeks 1 to 2/);
  await context.close();
});
