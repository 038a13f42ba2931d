// "Suggest a better order": the proposal, its diff on the board, apply and undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, score, planJson, openPlanFile } from './support.mjs';

const env = serveAndLaunch();

const HARD = new Set(['tempo', 'intervals', 'repetitions', 'hills', 'speed_endurance', 'race']);

/** Kinds per storage day, Monday first. */
async function kindsByDay(page) {
  return page.$$eval('[data-day]', (days) => {
    const out = [];
    for (const d of days) out[Number(d.dataset.day)] = [...d.querySelectorAll('[data-session-kind]')].map((c) => c.dataset.sessionKind);
    return out;
  });
}

function hardDaysBackToBack(days) {
  const hard = days.map((kinds) => kinds.some((k) => HARD.has(k)));
  return hard.some((h, i) => i > 0 && h && hard[i - 1]);
}

test('the unbalanced week gets a better order: shown first, applied in one click, undone', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPlanner(context, env.server.url);
  const start = await score(page);
  const startDays = await kindsByDay(page);
  assert.ok(hardDaysBackToBack(startDays));

  await page.click('[data-testid="suggest"]');
  const proposal = page.locator('[data-testid="suggestion"]');
  await proposal.waitFor();
  assert.match(await proposal.textContent(), /Moving \d+ sessions? gives \d+ → \d+ \(\+\d+\)/);
  assert.ok((await page.locator('[data-moves-to]').count()) > 0, 'the board shows what moves');
  // Nothing has changed yet.
  assert.deepEqual(await kindsByDay(page), startDays);
  assert.equal(await score(page), start);

  await page.click('[data-testid="apply-suggestion"]');
  const applied = await score(page);
  assert.ok(applied > start, `score ${start} → ${applied}`);
  assert.ok(!hardDaysBackToBack(await kindsByDay(page)), 'hard days are separated');
  assert.equal(await page.locator('[data-session-kind]').count(), 7, 'every session kept');
  assert.match(await page.textContent('[data-testid="announcer"]'), /^Suggested order applied: \d+ sessions? moved\. Week score \d+ → \d+/);
  assert.equal(await page.locator('[data-moves-to]').count(), 0);

  await page.click('[data-testid="undo"]');
  assert.deepEqual(await kindsByDay(page), startDays);
  assert.equal(await score(page), start);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pinned sessions stay and unavailable days end empty', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await openPlanner(context, env.server.url);
  await page.click('[data-testid="suggest"]');
  await page.locator('[data-testid="suggestion"]').waitFor();
  await page.click('.wb-constraints summary');
  await page.check('[data-pin="7"]'); // Sunday's long run
  await page.check('[data-unavailable-day="3"]'); // no training on Thursday
  await page.waitForFunction(() => document.querySelector('[data-testid="suggestion"]'));
  await page.click('[data-testid="apply-suggestion"]');
  const days = await kindsByDay(page);
  assert.deepEqual(days[3], [], 'Thursday is free');
  assert.ok(days[6].includes('long_run'), 'the long run stayed on Sunday');
  assert.equal(await page.locator('[data-session-kind]').count(), 7);
  await context.close();
});

test('a week that is already best says so', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await openPlanner(context, env.server.url);
  await page.click('[data-testid="suggest"]');
  await page.locator('[data-testid="suggestion"]').waitFor();
  await page.click('[data-testid="apply-suggestion"]');
  await page.click('[data-testid="suggest"]');
  const proposal = page.locator('[data-testid="suggestion"]');
  await proposal.waitFor();
  assert.equal(await proposal.getAttribute('data-already-best'), '');
  assert.match(await proposal.textContent(), /already the best/);
  await context.close();
});

test('when every order the free days allow crowds the race, it says so instead of searching forever', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPlanner(context, env.server.url);
  // A race on Wednesday, intervals on Sunday; with Sunday's intervals pinned and
  // Tuesday and Wednesday marked unavailable, the race must move next to a
  // harder day than now, wherever it goes.
  await openPlanFile(page, planJson({
    wed: [{ kind: 'race', minutes: 30 }],
    thu: [{ kind: 'strength', minutes: 60 }],
    fri: [{ kind: 'steady', minutes: 45 }],
    sat: [{ kind: 'steady', minutes: 45 }],
    sun: [{ kind: 'intervals', minutes: 60 }],
  }));
  await page.click('[data-testid="suggest"]');
  await page.locator('[data-testid="suggestion"], .wb-suggest-status').first().waitFor();
  await page.click('.wb-constraints summary');
  await page.check('[data-pin="5"]'); // Sunday's intervals
  await page.check('[data-unavailable-day="1"]');
  await page.check('[data-unavailable-day="2"]');
  const status = page.locator('.wb-suggest-status.is-error');
  await status.waitFor({ timeout: 5000 });
  assert.match(await status.textContent(), /^No order fits: on the days left, every order crowds the race or the long run more than the week does now — free a day or unpin a session\.$/);
  assert.equal(await page.locator('[data-session-kind]').count(), 5, 'the week is untouched');
  assert.deepEqual(errors, []);
  await context.close();
});
