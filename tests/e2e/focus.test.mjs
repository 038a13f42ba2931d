// Where focus goes: it follows the card for keyboard and menu users, stays put for
// a pointer drop, and comes back from menus and the edit dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openDesktop, dayOf, centre, focused } from './support.mjs';

const TEMPO = 3; // Wednesday's tempo in the default (seed 001 "Unbalanced") week
const FRIDAY = '4';

const env = serveAndLaunch();

const desktop = () => openDesktop(env);

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
  // Focus moves in the menu's first frame, after its place is measured: waited for.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Edit…', null, { timeout: 2000 })
    .catch(() => {});
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

test('Ctrl+Z and Shift+Ctrl+Z after a keyboard move keep focus on the card', async () => {
  const { context, page } = await desktop();
  await page.focus(`[data-session-id="${TEMPO}"]`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  await page.keyboard.press('Control+z');
  assert.equal(await dayOf(page, TEMPO), '2');
  assert.equal(await focused(page), String(TEMPO), 'after Ctrl+Z');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await focused(page), String(TEMPO), 'after Shift+Ctrl+Z');
  await context.close();
});

test('Undo or Redo that disables itself hands focus to the other button', async () => {
  const { context, page } = await desktop();
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="${FRIDAY}"]`);
  await page.click('[data-testid="undo"]');
  assert.equal(await page.isDisabled('[data-testid="undo"]'), true);
  assert.equal(await focused(page), 'redo', 'Undo has nothing left: focus on Redo');
  await page.keyboard.press('Enter'); // Redo, from the keyboard
  assert.equal(await dayOf(page, TEMPO), FRIDAY);
  assert.equal(await page.isDisabled('[data-testid="redo"]'), true);
  assert.equal(await focused(page), 'undo', 'Redo has nothing left: focus on Undo');
  await context.close();
});

test('undoing an add, or removing a card from its menu, leaves focus on a card nearby', async () => {
  const { context, page } = await desktop();
  await page.click('[data-palette-key="strength"]');
  await page.click('.wb-palette [data-pick-day="0"]');
  const added = await focused(page);
  assert.equal(await page.getAttribute(`[data-session-id="${added}"]`, 'data-session-kind'), 'strength');
  await page.keyboard.press('Control+z');
  assert.equal(await page.locator('[data-session-kind="strength"]').count(), 0);
  assert.equal(await focused(page), '1', 'Monday\'s other card');
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"] .wb-danger`);
  assert.equal(await page.locator(`[data-session-id="${TEMPO}"]`).count(), 0);
  assert.notEqual(await focused(page), 'body');
  assert.match(await focused(page), /^\d+$/, 'a card has focus');
  await context.close();
});

test('Escape in the edit dialog, from any field, gives focus back to the card at once', async () => {
  const { context, page } = await desktop();
  const dialog = page.locator('[data-testid="edit-dialog"]');
  // Where focus is when the next key comes (Escape's own keyup): a runner who
  // presses Escape, then Tab, must Tab on from the card, not from a field of the
  // closed dialog or from the page.
  await page.evaluate(() => {
    document.addEventListener('keyup', (e) => {
      if (e.key === 'Escape') window.__focusAtKeyup = document.activeElement?.dataset.sessionId ?? document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName.toLowerCase();
    }, true);
  });
  const fields = ['select[name="kind"]', 'input[name="minutes"]', 'input[name="title"]', 'textarea[name="workout"]', 'textarea[name="notes"]'];
  for (const field of fields) {
    await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
    await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
    await dialog.locator(field).focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => window.__focusAtKeyup), String(TEMPO), `Escape from ${field}: at the next key`);
    assert.equal(await dialog.evaluate((d) => d.open), false);
    assert.equal(await focused(page), String(TEMPO), `Escape from ${field}`);
  }
  await context.close();
});

test('the first Tab stop is "Skip to the week", shown on focus, and it leads to the first card', async () => {
  const { context, page } = await desktop();
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { text: el.textContent, width: box.width, height: box.height, inView: box.top >= 0 && box.left >= 0, hit: hit === el || el.contains(hit) };
  });
  assert.equal(skip.text, 'Skip to the week');
  assert.ok(skip.width > 40 && skip.height >= 24 && skip.inView && skip.hit, `shown on focus: ${JSON.stringify(skip)}`);
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), '1', 'Monday\'s first card');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'card-menu', 'and on through the week');
  // Hidden again once focus moves on.
  const hidden = await page.$eval('.wb-skip', (el) => el.getBoundingClientRect().width <= 1);
  assert.ok(hidden);
  // With Sunday first, Sunday's card is the first.
  await page.click('summary:has-text("Settings")');
  await page.selectOption('select[name="week-start"]', 'sunday');
  await page.focus('.wb-skip');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), '7');
  await context.close();
});
