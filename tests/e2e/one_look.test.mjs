// One look, not two: the read-only viewer (viewer/, HTML written as text) and the
// planner's read-only mode (Yew) must draw the same widget. A corpus of plans is
// drawn both ways and compared element by element: tag, every attribute, text and
// box. The viewer's markup follows the planner's components by hand, so this test
// is what keeps the two from drifting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, readOnlyPage } from './support.mjs';

const env = serveAndLaunch();

const SEED = 'AQAREREBBAYFAgQAE2Q'; // seed 001, the demo's week

/** A block of weeks as the JSON plan format has it: the seed's shape, growing,
 *  then an easier week with a race. */
function block() {
  const week = (long, extra) => ({
    days: {
      mon: [{ kind: 'easy', minutes: 40 }],
      tue: [{ kind: 'intervals', minutes: 60, workout: '6 x 800m @ 5K pace w/ 2\' jog', title: 'Track <6 × 800> & "jog"' }],
      wed: [{ kind: 'easy', minutes: 45, distance_km: 8 }],
      thu: [{ kind: 'tempo', minutes: 50 + extra, rpe: 7 }],
      fri: [{ kind: 'rest', minutes: 0 }],
      sat: [{ kind: 'easy', minutes: 30 }, { kind: 'strength', minutes: 30 }],
      sun: [{ kind: 'long_run', minutes: long, distance_km: long / 6 }],
    },
  });
  const race = { days: { mon: [{ kind: 'easy', minutes: 30 }], wed: [{ kind: 'easy', minutes: 30 }], sun: [{ kind: 'race', minutes: 45, distance_km: 10 }] } };
  return { version: 2, start: '2026-11-30', weeks: [week(90, 0), week(100, 5), week(110, 10), week(120, 15), race] };
}

// 80 characters (the most a title may have) with no place a line may break.
const LONG = 'MarathonPaceLongRunWithSurgesAtTenKEffortEveryThirdKilometreAndFuelEveryFortyMin';
const LONG_TITLES = {
  version: 2,
  weeks: [{ days: { mon: [{ kind: 'easy', minutes: 40 }], wed: [{ kind: 'tempo', minutes: 50, title: LONG }], sun: [{ kind: 'long_run', minutes: 100, title: LONG, notes: 'Gels at 40\' & 80\'' }] } }],
};

/** Each plan of the corpus as `<week-board>` attributes; `plan` may be a JSON plan,
 *  made into a link by the planner's own API. */
const CORPUS = [
  { name: 'the seed week', attributes: { plan: SEED, units: 'km' } },
  { name: 'an empty week', attributes: {} },
  { name: 'a block of five weeks', attributes: { plan: block() } },
  { name: 'a block, one week of it', attributes: { plan: block(), week: '3' } },
  { name: 'the seed week in miles', attributes: { plan: SEED, units: 'mi' } },
  { name: 'the block from Sunday, in miles', attributes: { plan: block(), 'week-start': 'sun', units: 'mi' } },
  { name: 'two 80-character titles with no space', attributes: { plan: LONG_TITLES } },
];

const WIDTHS = [1300, 1100, 700, 390];

/** Every element of the widget in document order: tag, attributes, own text, box. */
function describe() {
  const host = document.querySelector('week-board');
  const origin = host.getBoundingClientRect();
  const app = host.shadowRoot.querySelector('.wb-app');
  const out = [];
  const walk = (el, depth) => {
    const r = el.getBoundingClientRect();
    const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue).join('');
    const box = [r.x - origin.x, r.y - origin.y, r.width, r.height].map(Math.round).join(',');
    out.push(`${'  '.repeat(depth)}<${el.localName} ${attributes}> ${JSON.stringify(text)} @${box}`);
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(app, 0);
  return out;
}

/** What spills: a card's title out of its card, a card out of its day, the widget
 *  wider than its element (the layout test of cards.test.mjs, inside a widget). */
function spills() {
  const host = document.querySelector('week-board');
  const root = host.shadowRoot;
  const box = (el) => el.getBoundingClientRect();
  const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
  const out = [];
  const app = root.querySelector('.wb-app');
  if (app.scrollWidth > app.clientWidth + 1) out.push(`the widget scrolls sideways by ${app.scrollWidth - app.clientWidth} px`);
  for (const card of root.querySelectorAll('[data-session-id]')) {
    const title = card.querySelector('.wb-card-title');
    if (!inside(box(title), box(card)) || title.scrollWidth > title.clientWidth + 1) out.push(`${card.dataset.sessionId}: title out of its card`);
    if (!inside(box(card), box(card.closest('[data-day]')))) out.push(`${card.dataset.sessionId}: card out of its day`);
  }
  return out;
}

/** Draws `attributes` at `width` with one bundle or the other, and describes it;
 *  `then` acts on the widget first (both drawings get the same act). */
async function draw(bundle, attributes, width, then) {
  const { context, page, errors, fetched } = await readOnlyPage(env.browser, bundle, { viewport: { width: width + 40, height: 900 } });
  const blank = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="weekboard.js"></script>';
  await page.route('**/look.html', (r) => r.fulfill({ contentType: 'text/html', body: blank }));
  await page.goto(env.server.url + 'look.html');
  const attrs = { ...attributes };
  if (typeof attrs.plan === 'object') {
    attrs.plan = await page.evaluate(async (plan) => (await import('./weekboard.js')).encodePlan(plan), attrs.plan);
  }
  await page.evaluate(([attrs, width]) => {
    const board = document.createElement('week-board');
    board.setAttribute('readonly', '');
    for (const [name, value] of Object.entries(attrs)) board.setAttribute(name, value);
    board.style.width = `${width}px`;
    document.body.append(board);
  }, [attrs, width]);
  await page.waitForSelector('week-board [data-day="6"]');
  const viewerFetched = fetched.some((url) => /weekboard-viewer-.*_bg\.wasm$/.test(url));
  assert.equal(viewerFetched, bundle === 'viewer', `${bundle} drew it`);
  if (then) await then(page);
  // The planner's print sheet follows a change a moment later; a print catches it up.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  // Fonts and the ResizeObserver's width words settle before the boxes are read:
  // read until two reads two frames apart agree (a busy machine is slower to settle).
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await settle();
  let described = await page.evaluate(describe);
  for (let tries = 0; tries < 20; tries++) {
    await settle();
    const again = await page.evaluate(describe);
    if (JSON.stringify(again) === JSON.stringify(described)) break;
    described = again;
  }
  assert.deepEqual(await page.evaluate(spills), [], `${bundle} at ${width} px`);
  await context.close();
  assert.deepEqual(errors, []);
  return described;
}

/** The first line where two descriptions part, with a little context. */
function firstDifference(a, b) {
  const at = a.findIndex((line, i) => line !== b[i]);
  const i = at === -1 ? Math.min(a.length, b.length) : at;
  return `viewer:  ${a.slice(Math.max(0, i - 2), i + 2).join('\n         ')}\nplanner: ${b.slice(Math.max(0, i - 2), i + 2).join('\n         ')}`;
}

function same(viewer, planner) {
  // The whole widget: header, score, findings, week, seven days, chart, print sheet.
  assert.ok(viewer.length > 100, `only ${viewer.length} elements drawn`);
  if (process.env.ONE_LOOK_SHOW) console.log(viewer.join('\n'));
  if (viewer.length === planner.length && viewer.every((line, i) => line === planner[i])) return;
  assert.fail(`the viewer and the planner draw it differently\n${firstDifference(viewer, planner)}`);
}

for (const { name, attributes } of CORPUS) {
  test(`one look: ${name}, at ${WIDTHS.join(', ')} px`, async () => {
    for (const width of WIDTHS) {
      same(await draw('viewer', attributes, width), await draw('planner', attributes, width));
    }
  });
}

test('one look: a finding pointed at, and then focused, lights the same days and cards', async () => {
  for (const act of [
    (page) => page.hover('week-board .wb-finding >> nth=0'),
    (page) => page.focus('week-board .wb-finding >> nth=1'),
  ]) {
    const viewer = await draw('viewer', { plan: SEED }, 1100, act);
    assert.ok(viewer.some((line) => line.includes('is-highlighted')), 'something is lit');
    same(viewer, await draw('planner', { plan: SEED }, 1100, act));
  }
});

test('one look: another week of a block picked, and a mouse press on a card', async () => {
  const act = async (page) => {
    await page.click('week-board [data-week="3"]');
    await page.click('week-board [data-testid="next-week"]');
    await page.mouse.move(0, 0);
    const card = page.locator('week-board [data-session-id]').first();
    await card.hover();
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.move(0, 0);
  };
  const viewer = await draw('viewer', { plan: block() }, 1100, act);
  assert.ok(viewer.some((line) => line.includes('Week 5 of 5')), 'week 5 shows');
  same(viewer, await draw('planner', { plan: block() }, 1100, act));
});

test('one look: on a phone, every finding unfolded', async () => {
  const act = (page) => page.click('week-board .wb-more-findings');
  same(await draw('viewer', { plan: SEED }, 390, act), await draw('planner', { plan: SEED }, 390, act));
});
