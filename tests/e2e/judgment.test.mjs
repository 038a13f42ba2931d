// The judgment a runner sees: a week with nothing to judge, why a score is what it
// is, the workout text reaching the score, and fixes that do what they say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openDesktop, score, findingCodes } from './support.mjs';

const env = serveAndLaunch();

const TEMPO = 3;
const EASY_THURSDAY = 4;

/** Opens a plan file through the Plan tools' import. */
async function importPlan(page, plan) {
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'week.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)),
  });
  await page.waitForSelector('.wb-tool-message.is-ok');
}

const easy = (minutes) => ({ kind: 'easy', minutes });

test('an empty week and a week of rest have nothing to judge: no number, no praise', async () => {
  const { context, page, errors } = await openDesktop(env);
  await importPlan(page, { version: 1 });
  assert.equal(await page.locator('[data-testid="score"]').count(), 0);
  assert.equal(await page.textContent('[data-testid="verdict"]'), 'Nothing to judge yet');
  assert.deepEqual(await findingCodes(page), ['no_running']);
  const panel = await page.innerText('[data-testid="score-panel"]');
  assert.doesNotMatch(panel, /100|holds together|Balanced/);
  assert.equal(await page.locator('[data-testid="suggest"]').count(), 0);

  await importPlan(page, { version: 1, days: { mon: [{ kind: 'rest' }], thu: [{ kind: 'rest' }] } });
  assert.equal(await page.textContent('[data-testid="verdict"]'), 'Nothing to judge yet');
  assert.deepEqual(errors, []);
  await context.close();
});

test('ten easy runs on one day are not a balanced week', async () => {
  const { context, page } = await openDesktop(env);
  await importPlan(page, { version: 1, days: { fri: Array.from({ length: 10 }, () => easy(30)) } });
  assert.notEqual(await page.textContent('[data-testid="verdict"]'), 'Balanced');
  assert.ok(await score(page) < 70, `scored ${await score(page)}`);
  assert.ok((await findingCodes(page)).includes('day_overload'));
  await context.close();
});

test('"Why 52?" lists what each family costs, and the rows add up to the score', async () => {
  const { context, page } = await openDesktop(env);
  const shown = await score(page);
  const why = page.locator('[data-testid="why-score"]');
  assert.equal(await why.locator('summary').textContent(), `Why ${shown}?`);
  await why.locator('summary').click();
  const rows = await why.locator('[data-family]').evaluateAll((els) =>
    els.map((e) => ({ family: e.dataset.family, text: e.innerText })));
  assert.ok(rows.length >= 2);
  const points = rows.map((r) => Number(/−(\d+)/.exec(r.text)[1]));
  const lost = points.reduce((a, b) => a + b, 0);
  assert.equal(100 - lost, shown);
  assert.match(await why.innerText(), new RegExp(`100 − ${lost} = ${shown}`));
  assert.ok(rows.some((r) => r.family === 'spacing' && /Recovery between hard days/.test(r.text)));
  await context.close();
});

test('a finding\'s fix does what it says, keeps focus on the card, and undoes', async () => {
  const { context, page } = await openDesktop(env);
  const before = await score(page);
  const finding = page.locator('[data-finding-code="hard_days_back_to_back"]');
  const advice = await finding.innerText();
  const promised = Number(/scores (\d+)/.exec(advice)[1]);
  await finding.locator('[data-testid="fix"]').click();
  assert.equal(await score(page), promised);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-session-id]')?.dataset.sessionId),
    String(TEMPO));
  await page.keyboard.press('Control+z');
  assert.equal(await score(page), before);
  await context.close();
});

test('the workout text reaches the score: intervals written on an easy card are found and fixed', async () => {
  const { context, page } = await openDesktop(env);
  await page.click(`[data-session-id="${EASY_THURSDAY}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${EASY_THURSDAY}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
  const dialog = page.locator('[data-testid="edit-dialog"]');
  await dialog.locator('textarea[name="workout"]').fill("6 x 800m @ 5K pace w/ 2' jog");
  await dialog.locator('[data-testid="edit-save"]').click();
  const finding = page.locator('[data-finding-code="kind_mismatch"]');
  assert.match(await finding.innerText(), /Thursday/);
  const fix = finding.locator('[data-testid="fix"]');
  assert.equal(await fix.textContent(), 'Make it intervals');
  await fix.click();
  const card = page.locator(`[data-session-id="${EASY_THURSDAY}"]`);
  assert.equal(await card.getAttribute('data-session-kind'), 'intervals');
  assert.equal(await page.locator('[data-finding-code="kind_mismatch"]').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-session-id]')?.dataset.sessionId),
    String(EASY_THURSDAY));
  await context.close();
});

test('a suggestion says why it is better in words', async () => {
  const { context, page } = await openDesktop(env);
  await page.click('[data-testid="suggest"]');
  const reason = page.locator('[data-testid="suggestion-reason"]');
  assert.match(await reason.textContent(), /^Better because .*intervals.*tempo.*no longer sit back to back/);
  await context.close();
});
