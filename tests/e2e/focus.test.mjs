// Where focus goes: it follows the card for keyboard and menu users, stays put for
// a pointer drop, and comes back from menus and the edit dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openDesktop, dayOf, centre } from './support.mjs';

const TEMPO = 3; // Wednesday's tempo in the default (seed 001 "Unbalanced") week
const FRIDAY = '4';

const env = serveAndLaunch();

const desktop = () => openDesktop(env);

/** What has focus: a card's id, a test id, or the tag. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.dataset.sessionId ?? el?.dataset.testid ?? el?.tagName.toLowerCase();
});

test('a mouse drop leaves focus where it was; a click on a card focuses it', async () => {
  const { context, page } = await desktop();
  await page.focus('[data-testid="suggest"]');
  const a = await centre(page, `[data-session-id="${TEMPO}"]`);
  const b = await centre(page, `[data-day="${FRIDAY}"] .wb-day-head`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 10, a.y + 10, { steps: 3 });
  assert.equal(await focused(page), 'suggest', 'the press took no focus');
  await page.mouse.move(b.x, b.y, { steps: 10 });
  await page.waitForTimeout(50);
  await page.mouse.up();
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await focused(page), 'suggest');
  await page.click('[data-session-id="1"] .wb-card-title');
  assert.equal(await focused(page), '1');
  await context.close();
});

test('focus follows a card moved from its menu, and stays on Undo and Redo', async () => {
  const { context, page } = await desktop();
  await page.focus(`[data-session-id="${TEMPO}"]`);
  await page.keyboard.press('Tab'); // the card's ⋯ button
  assert.equal(await focused(page), 'card-menu');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Edit…');
  // The menu's Cancel gives focus back to the card.
  await page.focus(`[data-session-id="${TEMPO}"] .wb-day-picker-close`);
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), String(TEMPO));
  assert.equal(await page.locator('[data-testid="card-menu-panel"]').count(), 0);
  // Moved from the menu, the card keeps focus on its new day.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.focus(`[data-session-id="${TEMPO}"] [data-pick-day="${FRIDAY}"]`);
  await page.keyboard.press('Enter');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await focused(page), String(TEMPO));
  // A second move, so Undo stays enabled (a disabled button would drop focus).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.focus(`[data-session-id="${TEMPO}"] [data-pick-day="5"]`);
  await page.keyboard.press('Enter');
  assert.equal(await dayOf(page, TEMPO), '5');
  await page.click('[data-testid="undo"]');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await focused(page), 'undo');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await dayOf(page, TEMPO), '5');
  assert.equal(await focused(page), 'undo');
  await context.close();
});

test('the edit dialog gives focus back to the card it edited, saved or not', async () => {
  const { context, page } = await desktop();
  const dialog = page.locator('[data-testid="edit-dialog"]');
  for (const close of ['Escape', 'save']) {
    await page.focus(`[data-session-id="${TEMPO}"]`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // Edit…
    assert.equal(await dialog.evaluate((d) => d.open), true);
    assert.equal(await page.evaluate(() => document.activeElement.closest('dialog') !== null), true);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.locator('[data-testid="edit-save"]').click();
    assert.equal(await dialog.evaluate((d) => d.open), false);
    assert.equal(await focused(page), String(TEMPO), `after ${close}`);
  }
  await context.close();
});
