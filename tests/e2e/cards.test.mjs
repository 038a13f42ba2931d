// A card keeps its words inside it at every width: a long title with no space in it
// wraps within the card, and stays readable whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, planJson, openPlanFile, PHONE } from './support.mjs';

const env = serveAndLaunch();

// 80 characters (the most a title may have) with no space, hyphen or other place a
// line may break.
const LONG = 'MarathonPaceLongRunWithSurgesAtTenKEffortEveryThirdKilometreAndFuelEveryFortyMin';
const PLAN = planJson({
  mon: [{ kind: 'easy', minutes: 40 }],
  wed: [{ kind: 'tempo', minutes: 50, title: LONG }],
  sun: [{ kind: 'long_run', minutes: 100, title: LONG }],
});

const SIZES = [
  { name: '390 px phone', options: PHONE },
  { name: '768 px', options: { viewport: { width: 768, height: 1024 } } },
  { name: '1024 px', options: { viewport: { width: 1024, height: 768 } } },
  { name: '1280 px', options: { viewport: { width: 1280, height: 900 } } },
  { name: '1440 px', options: { viewport: { width: 1440, height: 900 } } },
  { name: '1280 px at 200 % zoom', options: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 } },
];

for (const { name, options } of SIZES) {
  test(`at ${name}, an 80-character title with no space stays inside its card and readable whole`, async () => {
    const context = await env.browser.newContext(options);
    const { page } = await openPlanner(context, env.server.url);
    await openPlanFile(page, PLAN);
    assert.equal(LONG.length, 80);
    const layout = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
      const panel = box(document.querySelector('.wb-score-panel'));
      const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      const cards = [...document.querySelectorAll('[data-session-kind="tempo"], [data-session-kind="long_run"]')];
      return {
        pageOverflow: document.documentElement.scrollWidth - innerWidth,
        cards: cards.map((card) => {
          const title = card.querySelector('.wb-card-title');
          return {
            titleInCard: inside(box(title), box(card)) && title.scrollWidth <= title.clientWidth + 1,
            cardInDay: inside(box(card), box(card.closest('[data-day]'))),
            clearOfPanel: apart(box(title), panel),
            name: card.getAttribute('aria-label'),
            hover: title.getAttribute('title'),
          };
        }),
      };
    });
    assert.ok(layout.pageOverflow <= 0, `${name}: the page scrolls sideways by ${layout.pageOverflow} px`);
    for (const card of layout.cards) {
      assert.ok(card.titleInCard, `${name}: the title spills out of its card`);
      assert.ok(card.cardInDay, `${name}: the card spills out of its day`);
      assert.ok(card.clearOfPanel, `${name}: the title runs over the score panel`);
      assert.ok(card.name.startsWith(`${LONG}, `), `${name}: the accessible name has the whole title`);
      assert.equal(card.hover, LONG, `${name}: the whole title on hover`);
    }
    // The menu names it too, inside its own box.
    await page.click('[data-session-kind="tempo"] [data-testid="card-menu"]');
    const label = await page.$eval('[data-session-kind="tempo"] .wb-day-picker-label', (el) => {
      const menu = el.closest('[data-testid="card-menu-panel"]').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { inside: box.left >= menu.left - 0.5 && box.right <= menu.right + 0.5, text: el.textContent };
    });
    assert.ok(label.inside, `${name}: the menu's label spills out of the menu`);
    assert.equal(label.text, `Move ${LONG} to`);
    await context.close();
  });
}

for (const { name, options } of SIZES) {
  test(`at ${name}, the seed week's one-word titles keep whole on one line, clear of the ⋯ button`, async () => {
    const context = await env.browser.newContext(options);
    const { page } = await openPlanner(context, env.server.url);
    const cards = await page.$$eval('[data-session-id]', (cards) => cards.map((card) => {
      const title = card.querySelector('.wb-card-title');
      const menu = card.querySelector('.wb-card-menu-button').getBoundingClientRect();
      const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      // The words' boxes, not the element's (which spans the card).
      const text = document.createRange();
      text.selectNodeContents(card.querySelector('.wb-card-facts'));
      // Each word's own box: a word broken across lines has two.
      const range = document.createRange();
      range.selectNodeContents(title);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const words = title.textContent.split(' ').length;
      return { title: title.textContent, lines, words, factsClear: [...text.getClientRects()].every((r) => apart(r, menu)) };
    }));
    assert.equal(cards.length, 7);
    for (const card of cards) {
      assert.ok(card.lines <= card.words, `${name}: "${card.title}" breaks mid-word (${card.lines} lines)`);
      assert.ok(card.factsClear, `${name}: the ⋯ button covers "${card.title}"'s minutes and RPE`);
    }
    await context.close();
  });
}
