// A card's ⋯ menu: targets big enough to hit at every width, and it closes the way
// menus close (Escape, a click outside), with focus back on the ⋯ that opened it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, openDesktop, dayOf, PHONE } from './support.mjs';

const TEMPO = 3; // Wednesday's tempo in the default (seed 001 "Unbalanced") week
const WEDNESDAY = '2';

const env = serveAndLaunch();

/** Every width the board lays out differently, and zoom: a 1280 × 900 window at
 *  200 % is a 640 × 450 CSS px viewport with two device pixels per CSS pixel. */
const SIZES = [
  { name: '390 px phone', options: PHONE },
  { name: '768 px', options: { viewport: { width: 768, height: 1024 } } },
  { name: '1024 px', options: { viewport: { width: 1024, height: 768 } } },
  { name: '1280 px', options: { viewport: { width: 1280, height: 900 } } },
  { name: '1440 px', options: { viewport: { width: 1440, height: 900 } } },
  { name: '1280 px at 200 % zoom', options: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 } },
];

/** The open menu's day buttons as laid out: box, whether the label fits inside it,
 *  and whether a press at its centre lands on it. */
function dayButtons(page, id) {
  return page.$eval(`[data-session-id="${id}"] [data-testid="card-menu-panel"]`, (panel) => {
    panel.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return [...panel.querySelectorAll('[data-pick-day]')].map((button) => {
      const box = button.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(button);
      const text = range.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      return {
        day: button.dataset.pickDay,
        label: button.textContent,
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
        labelFits: button.scrollWidth <= button.clientWidth
          && text.left >= box.left - 0.5 && text.right <= box.right + 0.5
          && text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5,
        hit: document.elementFromPoint(x, y)?.closest('[data-pick-day]') === button,
        inView: box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight,
      };
    });
  });
}

function overlap(a, b) {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0;
}

/** A real press at the centre of an element: a tap on a touch screen, else a click. */
async function press(page, selector, touch) {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

for (const { name, options } of SIZES) {
  test(`at ${name}, every "Move to" day is a 24 px target with its whole label, and moves the card there`, async () => {
    const context = await env.browser.newContext(options);
    const { page, errors } = await openPlanner(context, env.server.url);
    const touch = Boolean(options.hasTouch);
    // From Wednesday across the whole week and back, so the menu opens in the
    // leftmost and rightmost columns too.
    for (const to of ['4', '6', '0', '5', '1', '3', WEDNESDAY]) {
      const from = await dayOf(page, TEMPO);
      await press(page, `[data-session-id="${TEMPO}"] [data-testid="card-menu"]`, touch);
      const buttons = await dayButtons(page, TEMPO);
      assert.equal(buttons.length, 7);
      for (const b of buttons) {
        const where = `${name}, menu on day ${from}, ${b.label}`;
        assert.ok(b.box.width >= 24 && b.box.height >= 24, `${where}: ${b.box.width.toFixed(1)} × ${b.box.height.toFixed(1)} px`);
        assert.ok(b.labelFits, `${where}: the label is cut`);
        assert.ok(b.inView, `${where}: outside the window`);
        assert.ok(b.hit, `${where}: a press at its centre hits something else`);
      }
      for (const [i, a] of buttons.entries()) {
        for (const b of buttons.slice(i + 1)) {
          assert.ok(!overlap(a.box, b.box), `${name}: ${a.label} and ${b.label} overlap`);
        }
      }
      await press(page, `[data-session-id="${TEMPO}"] [data-pick-day="${to}"]`, touch);
      assert.equal(await dayOf(page, TEMPO), to, `${name}: moved from day ${from} to day ${to}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const { name, options } of SIZES) {
  test(`at ${name}, the ⋯ menu of a card low in the window opens above it, whole, and one high up below it`, async () => {
    const context = await env.browser.newContext(options);
    const { page, errors } = await openPlanner(context, env.server.url);
    const touch = Boolean(options.hasTouch);
    const card = `[data-session-id="${TEMPO}"]`;
    const panel = `${card} [data-testid="card-menu-panel"]`;
    for (const block of ['end', 'start']) {
      await page.$eval(card, (el, block) => el.scrollIntoView({ block }), block);
      await page.waitForTimeout(100);
      const before = await page.evaluate(() => window.scrollY);
      await press(page, `${card} [data-testid="card-menu"]`, touch);
      await page.waitForSelector(panel);
      const seen = await page.$eval(panel, (menu) => {
        const m = menu.getBoundingClientRect();
        const c = menu.closest('[data-session-id]').getBoundingClientRect();
        return {
          menu: { top: m.top, bottom: m.bottom, height: m.height }, card: { top: c.top, bottom: c.bottom },
          height: innerHeight, scrollY: window.scrollY, focusInside: menu.contains(document.activeElement),
        };
      });
      const where = `${name}, card at the ${block === 'end' ? 'bottom' : 'top'} (card ${seen.card.top.toFixed(0)}–${seen.card.bottom.toFixed(0)} px, menu ${seen.menu.top.toFixed(0)}–${seen.menu.bottom.toFixed(0)} px, window ${seen.height} px)`;
      assert.ok(seen.focusInside, `${where}: focus is in the menu`);
      const fitsBelow = seen.card.bottom + 4 + seen.menu.height <= seen.height;
      const fitsAbove = seen.card.top - 4 - seen.menu.height >= 0;
      if (fitsBelow) {
        assert.ok(seen.menu.top >= seen.card.bottom, `${where}: it fits below, so it opens below`);
      } else if (fitsAbove) {
        assert.ok(seen.menu.bottom <= seen.card.top, `${where}: it fits only above, so it opens above`);
      } else {
        assert.ok(seen.menu.top >= seen.card.bottom, `${where}: it fits neither way, so it opens below, where the page scrolls`);
      }
      if (fitsBelow || fitsAbove) {
        assert.ok(seen.menu.top >= 0 && seen.menu.bottom <= seen.height, `${where}: the whole menu shows`);
        assert.equal(seen.scrollY, before, `${where}: the page did not scroll`);
      }
      await page.keyboard.press('Escape');
      assert.equal(await page.locator(panel).count(), 0);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

const MENU = `[data-session-id="${TEMPO}"] [data-testid="card-menu-panel"]`;
const MENU_BUTTON = `[data-session-id="${TEMPO}"] [data-testid="card-menu"]`;

/** Whether the tempo's ⋯ button has focus. */
const onMenuButton = (page) => page.$eval(MENU_BUTTON, (b) => document.activeElement === b);

test('Escape closes the ⋯ menu from any of its items and gives focus back to ⋯', async () => {
  const { context, page } = await openDesktop(env);
  const items = [
    `${MENU} button:has-text("Edit")`,
    `${MENU} button:has-text("Duplicate")`,
    `${MENU} button:has-text("Remove")`,
    `${MENU} [data-pick-day="4"]`,
    `${MENU} .wb-day-picker-close`,
  ];
  for (const item of items) {
    await page.click(MENU_BUTTON);
    await page.focus(item);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator(MENU).count(), 0, `${item}: the menu closed`);
    assert.ok(await onMenuButton(page), `${item}: focus is back on ⋯`);
  }
  // Opened from the keyboard, the same.
  await page.focus(MENU_BUTTON);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(MENU).count(), 1);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator(MENU).count(), 0);
  assert.ok(await onMenuButton(page));
  assert.equal(await dayOf(page, TEMPO), WEDNESDAY, 'Escape did nothing else');
  await context.close();
});

test('a click or a tap outside closes the ⋯ menu; one inside does not', async () => {
  const { context, page } = await openDesktop(env);
  await page.click(MENU_BUTTON);
  await page.click(`${MENU} .wb-day-picker-label`);
  assert.equal(await page.locator(MENU).count(), 1, 'a click inside keeps it');
  await page.click('h1');
  assert.equal(await page.locator(MENU).count(), 0, 'a click on the heading closes it');

  await page.click(MENU_BUTTON);
  const saturday = await page.locator('[data-day="5"]').boundingBox();
  await page.mouse.click(saturday.x + saturday.width / 2, saturday.y + saturday.height - 10);
  assert.equal(await page.locator(MENU).count(), 0, 'a click on an empty day closes it');

  await page.click(MENU_BUTTON);
  await page.click(MENU_BUTTON);
  assert.equal(await page.locator(MENU).count(), 0, 'its own ⋯ still toggles it');
  await context.close();

  const phone = await env.browser.newContext(PHONE);
  const { page: onPhone } = await openPlanner(phone, env.server.url);
  await press(onPhone, MENU_BUTTON, true);
  assert.equal(await onPhone.locator(MENU).count(), 1);
  await onPhone.$eval('h1', (h) => h.scrollIntoView());
  await press(onPhone, 'h1', true);
  assert.equal(await onPhone.locator(MENU).count(), 0, 'a tap outside closes it');
  await phone.close();
});

test('Escape or Cancel closes the palette\'s "Add to" days, focus back on the chip that opened them', async () => {
  const { context, page } = await openDesktop(env);
  const chip = '[data-palette-key="strength"]';
  for (const close of ['Escape', 'Cancel']) {
    await page.focus(chip);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.wb-palette [data-pick-day]').count(), 7);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await page.click('.wb-palette .wb-day-picker-close');
    assert.equal(await page.locator('.wb-palette [data-pick-day]').count(), 0, close);
    assert.ok(await page.$eval(chip, (c) => document.activeElement === c), `${close}: focus on the chip`);
  }
  await context.close();
});

for (const { name, options } of SIZES) {
  test(`at ${name}, a menu opened by a card at the window's bottom edge comes whole into view`, async () => {
    const context = await env.browser.newContext(options);
    const { page } = await openPlanner(context, env.server.url);
    const LONG_RUN = `[data-day="6"] [data-session-id]`;
    // The card's ⋯ just above the window's bottom edge, as a runner scrolling
    // down to Sunday sees it.
    await page.$eval(LONG_RUN, (card) => card.scrollIntoView({ block: 'end' }));
    await press(page, `${LONG_RUN} [data-testid="card-menu"]`, Boolean(options.hasTouch));
    await page.waitForSelector(`${LONG_RUN} [data-testid="card-menu-panel"] [data-pick-day]`);
    const inView = await page.$eval(`${LONG_RUN} [data-testid="card-menu-panel"]`, (panel) => {
      const box = panel.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight + 0.5;
    });
    assert.ok(inView, `${name}: the menu runs past the window's edge`);
    await context.close();
  });
}
