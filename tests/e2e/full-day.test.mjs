// A day holds at most 10 sessions. A full day says so while something is dragged
// over it, and every refused add, duplicate or move says why, out loud and on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openDesktop, openPhone, centre, dayOf, planJson, openPlanFile, focused, shownWord } from './support.mjs';

const env = serveAndLaunch();

const FRIDAY = '4';
// Monday's easy run, Wednesday's tempo, and ten short easy runs on Friday.
const FULL_FRIDAY = planJson({
  mon: [{ kind: 'easy', minutes: 40 }],
  wed: [{ kind: 'tempo', minutes: 50 }],
  fri: Array.from({ length: 10 }, () => ({ kind: 'easy', minutes: 20 })),
});
const TEMPO = 2; // its id in that plan
const FRIDAY_CARD = 3;

async function openFullFriday(open = openDesktop) {
  const opened = await open(env);
  await openPlanFile(opened.page, FULL_FRIDAY);
  assert.equal(await opened.page.locator(`[data-day="${FRIDAY}"] [data-session-id]`).count(), 10);
  return opened;
}

/** What Friday shows while a drag is over it. */
function fridayLooks(page) {
  return page.$eval(`[data-day="${FRIDAY}"]`, (day) => {
    const cue = day.querySelector('[data-testid="day-full"]');
    const box = cue?.getBoundingClientRect();
    return {
      insertionLine: day.classList.contains('wb-drop-end') || day.querySelector('.wb-drop-before') !== null,
      accepting: day.classList.contains('is-target'),
      full: day.classList.contains('is-full'),
      cue: cue?.textContent ?? null,
      cueInView: Boolean(box && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight),
    };
  });
}

const announced = (page) => page.textContent('[data-testid="announcer"]');

/** A mouse drag from `from` to over Friday's first card; `over` runs before the drop. */
async function dragOverFriday(page, from, over) {
  const a = await centre(page, from);
  const b = await centre(page, `[data-day="${FRIDAY}"] [data-session-id]`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 10, a.y + 10, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.waitForTimeout(50);
  await over();
  await page.mouse.up();
}

test('dragging a card over a full day shows it full, with no insertion line or ghost score, and the drop says why', async () => {
  const { context, page, errors } = await openFullFriday();
  await dragOverFriday(page, `[data-session-id="${TEMPO}"]`, async () => {
    const looks = await fridayLooks(page);
    assert.equal(looks.insertionLine, false, 'no insertion line');
    assert.equal(looks.accepting, false, 'not lit as a drop target');
    assert.equal(looks.full, true);
    assert.match(looks.cue ?? '', /^Full — 10 sessions a day at most$/);
    assert.ok(looks.cueInView, 'the cue is on screen');
    assert.equal(await page.locator('[data-testid="ghost-score"]').count(), 0, 'no ghost score');
  });
  assert.equal(await dayOf(page, TEMPO), '2', 'the tempo stays on Wednesday');
  assert.equal(await page.locator(`[data-day="${FRIDAY}"] [data-session-id]`).count(), 10);
  const said = 'Friday is full — 10 sessions a day at most. Tempo stays on Wednesday.';
  assert.equal(await announced(page), said);
  assert.equal(await shownWord(page), said);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a palette session dragged over a full day: the same cue, and "not added"', async () => {
  const { context, page } = await openFullFriday();
  await dragOverFriday(page, '[data-palette-key="strength"]', async () => {
    const looks = await fridayLooks(page);
    assert.equal(looks.insertionLine, false);
    assert.equal(looks.full, true);
    assert.equal(await page.locator('[data-testid="ghost-score"]').count(), 0);
  });
  assert.equal(await page.locator('[data-session-kind="strength"]').count(), 0);
  const said = 'Friday is full — 10 sessions a day at most. Strength was not added.';
  assert.equal(await announced(page), said);
  assert.equal(await shownWord(page), said);
  await context.close();
});

test('"Add to", Duplicate and "Move to" on a full day say why nothing happened', async () => {
  const { context, page } = await openFullFriday();
  await page.click('[data-palette-key="strength"]');
  // Friday shows full before the press, named so, and still takes the press
  // (`force`: aria-disabled is a disabled look to Playwright, not to the runner).
  const addFriday = page.locator(`.wb-palette [data-pick-day="${FRIDAY}"]`);
  assert.equal(await addFriday.getAttribute('aria-disabled'), 'true');
  assert.equal(await addFriday.getAttribute('aria-label'), 'Friday, full');
  assert.equal(await page.locator('.wb-palette [data-pick-day="3"]').getAttribute('aria-disabled'), null);
  await addFriday.click({ force: true });
  let said = 'Friday is full — 10 sessions a day at most. Strength was not added.';
  assert.equal(await announced(page), said);
  assert.equal(await shownWord(page), said);
  assert.notEqual(await focused(page), 'body', 'focus is not lost');

  await page.click(`[data-session-id="${FRIDAY_CARD}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${FRIDAY_CARD}"] [data-testid="card-menu-panel"] button:has-text("Duplicate")`);
  said = 'Friday is full — 10 sessions a day at most. Easy run was not duplicated.';
  assert.equal(await announced(page), said);
  assert.equal(await shownWord(page), said);
  assert.equal(await focused(page), String(FRIDAY_CARD), 'focus back on the card');

  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  const moveFriday = page.locator(`[data-session-id="${TEMPO}"] [data-pick-day="${FRIDAY}"]`);
  assert.equal(await moveFriday.getAttribute('aria-label'), 'Friday, full');
  assert.equal(await page.locator(`[data-session-id="${TEMPO}"] .wb-day-choice.is-full`).count(), 1);
  await moveFriday.click({ force: true });
  said = 'Friday is full — 10 sessions a day at most. Tempo stays on Wednesday.';
  assert.equal(await announced(page), said);
  assert.equal(await shownWord(page), said);
  assert.equal(await focused(page), String(TEMPO));
  assert.equal(await page.locator(`[data-day="${FRIDAY}"] [data-session-id]`).count(), 10, 'nothing added, nothing lost');
  assert.equal(await page.locator('[data-session-id]').count(), 12);
  await context.close();
});

test('the keyboard hears that a day is full, and the card stays', async () => {
  const { context, page } = await openFullFriday();
  await page.focus(`[data-session-id="${TEMPO}"]`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await announced(page), 'Friday is full — 10 sessions a day at most.');
  const looks = await fridayLooks(page);
  assert.equal(looks.insertionLine, false);
  assert.equal(looks.full, true);
  await page.keyboard.press('Space');
  assert.equal(await dayOf(page, TEMPO), '2');
  assert.equal(await announced(page), 'Friday is full — 10 sessions a day at most. Tempo stays on Wednesday.');
  assert.equal(await focused(page), String(TEMPO));
  await context.close();
});

test('on a phone, the refusal is on screen where the runner is looking', async () => {
  const { context, page } = await openFullFriday(openPhone);
  await page.$eval(`[data-day="${FRIDAY}"]`, (day) => day.scrollIntoView({ block: 'end' }));
  await page.click(`[data-session-id="${FRIDAY_CARD}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${FRIDAY_CARD}"] [data-testid="card-menu-panel"] button:has-text("Duplicate")`);
  assert.equal(await shownWord(page), 'Friday is full — 10 sessions a day at most. Easy run was not duplicated.');
  await context.close();
});
