// "Edit a copy" in a read-only widget turns that widget, in place, into a planner
// holding a copy of the post's week: the planner fetched then, swapped in where the
// reader is, focus on the week, the author's `readonly` left alone. Every test runs
// against both read-only drawings: the viewer's (as shipped) and the planner's own
// read-only mode (the loader's READONLY_VIEWER off, as one_look.test.mjs does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, PHONE, plannerOnlyLoader } from './support.mjs';

const env = serveAndLaunch();

const UNBALANCED = 'AQAREREBBAYFAgQAE2Q'; // seed 001, the demo's week
const EFFECTIVE = 'AQAREREBAgYCAAUCE2Q'; // seed 001's effective week
const W = '#post-week';
const BUNDLES = ['viewer', 'planner'];
const DESKTOP = { viewport: { width: 1280, height: 900 } };
// A rest on the grip well past its 120 ms (as phone.test.mjs).
const REST_MS = 300;

/** A post with a read-only week in its middle, a link before it to Tab from. */
const post = (attributes) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script type="module" src="weekboard.js"></script>
  <div style="height:1200px">The post, before the week.</div>
  <a href="#" id="before">A link in the post</a>
  <week-board id="post-week" ${attributes} readonly></week-board>
  <div style="height:3000px">The rest of the post.</div>`;

/** Opens `html` with one bundle or the other drawing read-only widgets; counts the
 *  planner's downloads and collects console errors. */
async function open(bundle, html, { device = DESKTOP, hold } = {}) {
  const context = await env.browser.newContext(device);
  await context.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
  const page = await context.newPage();
  const errors = [];
  const planners = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (/\/weekboard-[0-9a-f]+_bg\.wasm$/.test(r.url())) planners.push(r.url()); });
  if (bundle === 'planner') {
    const loader = await plannerOnlyLoader();
    await page.route('**/weekboard.js', (r) => r.fulfill({ contentType: 'text/javascript', body: loader }));
  }
  if (hold) await page.route(/\/weekboard-[0-9a-f]+_bg\.wasm$/, async (r) => { await hold; await r.continue(); });
  await page.route('**/post.html', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}post.html`);
  await page.waitForSelector(`${W} [data-day="6"]`);
  await page.evaluate(() => {
    window.changes = [];
    document.addEventListener('weekboard-change', (e) => window.changes.push(e.detail));
  });
  return { context, page, errors, planners };
}

/** The week as a reader sees it: each day in the order shown, its sessions' titles and
 *  facts, and the score. */
const week = (page) => page.evaluate((sel) => {
  const root = document.querySelector(sel).shadowRoot;
  return {
    days: [...root.querySelectorAll('[data-day]')].map((day) => `${day.dataset.day}: ${[...day.querySelectorAll('[data-session-id]')]
      .map((card) => `${card.querySelector('.wb-card-title').textContent} (${card.querySelector('.wb-card-facts').textContent})`).join(', ')}`),
    totals: [...root.querySelectorAll('.wb-day-totals')].map((t) => t.textContent),
    score: root.querySelector('[data-testid="score"]').textContent,
  };
}, W);

/** Where the reader is: the page's scroll and the widget's top in the window. */
const place = (page) => page.evaluate((sel) => ({ y: scrollY, top: document.querySelector(sel).getBoundingClientRect().top }), W);

/** What has focus inside the widget (a card's id, a test id, the tag), or where else. */
const focusIn = (page) => page.evaluate((sel) => {
  const host = document.querySelector(sel);
  if (document.activeElement !== host) return `outside: ${document.activeElement?.tagName.toLowerCase()}`;
  const el = host.shadowRoot.activeElement;
  return el?.dataset.sessionId ?? el?.dataset.testid ?? el?.tagName.toLowerCase();
}, W);

const editable = (page) => page.waitForSelector(`${W} [data-testid="card-menu"]`);
const said = (page) => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.wb-embed-root ~ [role="status"]').textContent, W);
const firstCard = (page) => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-session-id][tabindex]').dataset.sessionId, W);
const dayOf = (page, id) => page.getAttribute(`${W} [data-day]:has([data-session-id="${id}"])`, 'data-day');

/** Scrolls so the widget's top is `top` px down the window. */
const scrollWidgetTo = (page, top) => page.evaluate(([sel, top]) => {
  window.scrollTo(0, scrollY + document.querySelector(sel).getBoundingClientRect().top - top);
}, [W, top]);

/** From now on, the days on screen in the widget, each frame. */
const watchFrames = (page) => page.evaluate((sel) => {
  window.frames = [];
  const look = () => {
    const roots = [...document.querySelector(sel).shadowRoot.querySelectorAll('.wb-embed-root')]
      .filter((root) => getComputedStyle(root).visibility !== 'hidden' && root.getBoundingClientRect().height > 0);
    window.frames.push(roots.map((root) => root.querySelectorAll('[data-day]').length).join('+'));
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}, W);

/** Every frame since `watchFrames` showed one week of seven days. */
async function noFrameWithoutAWeek(page) {
  const frames = await page.evaluate(() => window.frames);
  assert.ok(frames.length > 0 && frames.every((days) => days === '7'), JSON.stringify(frames));
}

/** Read-only, as the post has it: a note, "Edit a copy", nothing to drag. */
async function readOnly(page) {
  assert.match(await page.textContent(`${W} [data-testid="readonly-note"]`), /^Read-only/);
  assert.equal(await page.textContent(`${W} [data-testid="edit-copy"]`), 'Edit a copy');
  assert.equal(await page.locator(`${W} [data-testid="card-menu"]`).count(), 0);
}

/** The copy as the compact editable embed: palette, score, findings, "More", the way
 *  out to the planner, and the author's `readonly` still on the element. */
async function aCopy(page) {
  for (const shown of ['[data-palette-chip]', '[data-testid="score"]', '[data-finding-code]', '[data-testid="more"]', '[data-testid="open-in-planner"]']) {
    assert.ok(await page.locator(`${W} ${shown}`).first().isVisible(), `${shown} shows`);
  }
  assert.equal(await page.locator(`${W} [data-testid="edit-copy"]`).count(), 0);
  assert.equal(await page.locator(`${W} .wb-app.is-readonly`).count(), 0);
  assert.equal(await page.locator(`${W} [data-testid="back-to-post"]`).count(), 0, 'nothing changed yet');
  assert.match(await page.textContent(`${W} [data-testid="copy-note"]`), /^Your copy/);
  assert.equal(await page.locator(W).evaluate((el) => el.hasAttribute('readonly')), true);
  assert.equal(await page.locator(`${W} .wb-embed-root`).count(), 1);
  assert.match(await said(page), /Your copy of the week is ready to edit/);
}

for (const bundle of BUNDLES) {
  test(`${bundle}: "Edit a copy" clicked at 1280 px: the planner, fetched then, takes the widget's place with the same week, nothing moves, a mouse drags`, async () => {
    let release;
    const hold = bundle === 'viewer' ? new Promise((ok) => { release = ok; }) : null;
    const { context, page, errors, planners } = await open(bundle, post(`plan="${UNBALANCED}" units="mi" week-start="sun"`), { hold });
    await readOnly(page);
    const seen = await week(page);
    assert.equal(seen.days[0].slice(0, 2), '6:', 'Sunday first');
    assert.match(seen.totals.join(' '), /mi/);
    assert.equal(planners.length, bundle === 'viewer' ? 0 : 1, 'the viewer draws without the planner');
    await scrollWidgetTo(page, 120);
    const before = await place(page);
    await watchFrames(page);

    const button = await page.locator(`${W} [data-testid="edit-copy"]`).boundingBox();
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    if (bundle === 'viewer') {
      // The planner is on its way: the button and the live region say so.
      assert.equal(await page.textContent(`${W} [data-testid="edit-copy"]`), 'Opening…');
      assert.equal(await page.getAttribute(`${W} [data-testid="edit-copy"]`, 'aria-disabled'), 'true');
      assert.equal(await page.textContent(`${W} [data-testid="announcer"]`), 'Opening a copy of the week to edit…');
      release();
    }
    await editable(page);
    assert.equal(planners.length, 1, 'the planner, fetched once');
    await aCopy(page);
    const copied = await week(page);
    assert.deepEqual(copied, seen);
    const after = await place(page);
    assert.equal(after.y, before.y, 'the page did not scroll');
    assert.ok(Math.abs(after.top - before.top) <= 1, `the widget stayed put: ${before.top} → ${after.top}`);
    await noFrameWithoutAWeek(page);
    // Focus went from the button, gone, to the first card: not to the page.
    assert.equal(await focusIn(page), await firstCard(page));
    assert.deepEqual(await page.evaluate(() => window.changes.length), 0, 'a copy is no change of the week');

    // A real mouse drag: Wednesday's tempo to Friday.
    const tempo = page.locator(`${W} [data-session-id="3"] .wb-card-title`);
    await tempo.scrollIntoViewIfNeeded();
    const a = await tempo.boundingBox();
    const b = await page.locator(`${W} [data-day="4"] .wb-day-head`).boundingBox();
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await page.waitForTimeout(50);
    await page.mouse.up();
    assert.equal(await dayOf(page, 3), '4');
    const changes = await page.evaluate(() => window.changes);
    assert.equal(changes.length, 1, 'the edit is told to the page');
    assert.equal(changes[0].plan.settings.units, 'mi');
    assert.ok(changes[0].plan.weeks[0].days.fri.some((s) => s.kind === 'tempo'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${bundle}: "Edit a copy" tapped on a 390 px phone: the same week, editable where the finger was; a finger drags`, async () => {
    const { context, page, errors, planners } = await open(bundle, post(`plan="${UNBALANCED}" units="km"`), { device: PHONE });
    await readOnly(page);
    // The note has a row of its own, the button one line: neither grows when pressed.
    const header = () => page.locator(`${W} .wb-top`).boundingBox();
    const tall = (await header()).height;
    const button = await page.locator(`${W} [data-testid="edit-copy"]`).boundingBox();
    assert.ok(button.height < 40, `"Edit a copy" on one line: ${button.height} px`);
    const seen = await week(page);
    await scrollWidgetTo(page, 60);
    const before = await place(page);
    await watchFrames(page);
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route(/\/weekboard-[0-9a-f]+_bg\.wasm$/, async (r) => { await held; await r.continue(); });
    await page.tap(`${W} [data-testid="edit-copy"]`);
    if (bundle === 'viewer') assert.equal((await header()).height, tall, 'the header kept its height while the copy opens');
    release();
    await editable(page);
    await noFrameWithoutAWeek(page);
    assert.equal(planners.length, 1);
    await aCopy(page);
    assert.deepEqual(await week(page), seen);
    const after = await place(page);
    assert.equal(after.y, before.y, 'the page did not scroll');
    assert.ok(Math.abs(after.top - before.top) <= 1, `the widget stayed put: ${before.top} → ${after.top}`);
    assert.notEqual(await focusIn(page), 'outside: body');

    // A finger that rests on the grip, then moves, drags: the tempo to Friday.
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    await page.$eval(W, (el) => el.shadowRoot.querySelector('[data-day="2"]').scrollIntoView({ block: 'start' }));
    const centre = async (sel) => { const r = await page.locator(sel).boundingBox(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
    const grip = await centre(`${W} [data-session-id="3"] .wb-grip`);
    const friday = await centre(`${W} [data-day="4"] .wb-day-head`);
    await touch('touchStart', [grip]);
    await page.waitForTimeout(REST_MS);
    for (let i = 1; i <= 15; i++) {
      await touch('touchMove', [{ x: grip.x + (friday.x - grip.x) * (i / 15), y: grip.y + (friday.y - grip.y) * (i / 15) }]);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(50);
    await touch('touchEnd', []);
    assert.equal(await dayOf(page, 3), '4');
    assert.deepEqual(errors, []);
    await context.close();
  });

  if (bundle === 'viewer') {
    test('viewer: on the narrowest phone (320 px) the header keeps its height while the copy opens', async () => {
      const narrow = { ...PHONE, viewport: { width: 320, height: 640 } };
      const { context, page, errors } = await open(bundle, post(`plan="${UNBALANCED}" units="km"`), { device: narrow });
      await readOnly(page);
      const header = () => page.locator(`${W} .wb-top`).boundingBox();
      const before = await header();
      let release;
      const held = new Promise((ok) => { release = ok; });
      await page.route(/\/weekboard-[0-9a-f]+_bg\.wasm$/, async (r) => { await held; await r.continue(); });
      await page.tap(`${W} [data-testid="edit-copy"]`);
      assert.equal(await page.getAttribute(`${W} [data-testid="edit-copy"]`, 'aria-disabled'), 'true');
      const opening = await header();
      assert.equal(opening.height, before.height, `the header kept its height: ${before.height} → ${opening.height} px`);
      release();
      await editable(page);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const device of [DESKTOP, PHONE]) {
    const width = device.viewport.width;
    test(`${bundle}: at ${width} px, Tab to "Edit a copy" and Enter: focus lands on the first card of the copy, which the keyboard moves`, async () => {
      const { context, page, errors } = await open(bundle, post(`plan="${UNBALANCED}"`), { device });
      await scrollWidgetTo(page, 200);
      await page.focus('#before');
      await page.keyboard.press('Tab');
      assert.equal(await focusIn(page), 'edit-copy');
      await page.keyboard.press('Enter');
      await editable(page);
      await aCopy(page);
      const first = await firstCard(page);
      assert.equal(await focusIn(page), first, 'focus on the first card, not the page');
      // In view, so the reader sees where focus went.
      const box = await page.evaluate((sel) => document.querySelector(sel).shadowRoot.activeElement.getBoundingClientRect().toJSON(), W);
      assert.ok(box.top >= 0 && box.bottom <= device.viewport.height, JSON.stringify(box));
      // Space lifts, an arrow moves, Space drops: Monday's first session to Tuesday.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      assert.equal(await dayOf(page, first), '1');
      assert.equal(await focusIn(page), first);
      assert.equal(await page.evaluate(() => window.changes.length), 1);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test(`${bundle}: "Back to the post's week" shows once the copy is changed, and brings the author's week back on the week shown`, async () => {
    const { context, page, errors } = await open(bundle, '<!doctype html><link rel="icon" href="data:,"><script type="module" src="weekboard.js"></script><week-board id="post-week" readonly></week-board>');
    // A block of three weeks from the post, its third on show when the reader copies it.
    const plan = await page.evaluate(async (p) => {
      const api = await import('./weekboard.js');
      const one = await api.decodePlan(p);
      // Three weeks of it, each numbering its sessions afresh.
      for (const day of Object.values(one.weeks[0].days)) for (const session of day) delete session.id;
      one.weeks = [one.weeks[0], one.weeks[0], one.weeks[0]];
      return api.encodePlan(one);
    }, UNBALANCED);
    await page.evaluate(([sel, p]) => document.querySelector(sel).setAttribute('plan', p), [W, plan]);
    await page.click(`${W} [data-week="2"]`);
    assert.match(await page.textContent(`${W} [data-testid="week-dates"]`), /^Week 3 of 3/);
    const seen = await week(page);
    await page.click(`${W} [data-testid="edit-copy"]`);
    await editable(page);
    assert.match(await page.textContent(`${W} [data-testid="week-dates"]`), /^Week 3 of 3/);
    assert.equal(await page.getAttribute(`${W} [data-week][aria-current]`, 'data-week'), '2');
    assert.deepEqual(await week(page), seen);
    assert.equal(await page.locator(`${W} [data-testid="back-to-post"]`).count(), 0);

    const tempo = await page.getAttribute(`${W} [data-session-kind="tempo"]`, 'data-session-id');
    await page.click(`${W} [data-session-id="${tempo}"] [data-testid="card-menu"]`);
    await page.click(`${W} [data-session-id="${tempo}"] [data-pick-day="4"]`);
    assert.equal(await page.locator(`${W} [data-testid="copy-note"]`).count(), 0);
    await page.click(`${W} [data-testid="back-to-post"]`);
    assert.deepEqual(await week(page), seen, "the author's week");
    assert.match(await page.textContent(`${W} [data-testid="week-dates"]`), /^Week 3 of 3/);
    assert.equal(await page.locator(`${W} [data-testid="back-to-post"]`).count(), 0);
    assert.match(await page.textContent(`${W} [data-testid="copy-note"]`), /^Your copy/);
    // Undoable, like any change.
    await page.click(`${W} [data-testid="undo"]`);
    assert.equal(await dayOf(page, tempo), '4');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${bundle}: the page's later attributes reach the copy: a new plan replaces it, units change, readonly is the page's again once it drops it`, async () => {
    const { context, page, errors } = await open(bundle, post(`plan="${UNBALANCED}"`));
    await page.click(`${W} [data-testid="edit-copy"]`);
    await editable(page);
    const set = (name, value) => page.evaluate(([sel, n, v]) => {
      const el = document.querySelector(sel);
      if (v === null) el.removeAttribute(n); else el.setAttribute(n, v);
    }, [W, name, value]);

    // A new week from the page replaces the copy; the reader can undo it.
    const before = await week(page);
    await set('plan', EFFECTIVE);
    await page.waitForFunction(([sel, s]) => document.querySelector(sel).shadowRoot.querySelector('[data-testid="score"]').textContent !== s, [W, before.score]);
    assert.ok(Number((await week(page)).score) > Number(before.score));
    assert.equal(await page.locator(`${W} [data-testid="card-menu"]`).count() > 0, true, 'still editable');
    await set('units', 'mi');
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.wb-day-totals').textContent.includes('mi'), W);
    assert.equal(await page.evaluate(() => window.changes.length), 2, 'each told to the page');
    // `readonly` set again by the page, once it had dropped it: read-only again.
    await set('readonly', null);
    await set('readonly', '');
    await page.waitForSelector(`${W} .wb-app.is-readonly`);
    await readOnly(page);
    // And a copy of that, from the planner's own read-only drawing.
    await page.click(`${W} [data-testid="edit-copy"]`);
    await editable(page);
    await aCopy(page);
    assert.match(await page.textContent(`${W} [data-testid="week-totals"]`), /mi/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('viewer: "Edit a copy" when the planner cannot be downloaded: the post\'s week stays, the reader is told why, focus stays on the button, and the next press opens the copy', async () => {
  const { context, page, errors, planners } = await open('viewer', post(`plan="${UNBALANCED}"`));
  const seen = await week(page);
  let refuse = true;
  await page.route(/\/weekboard-[0-9a-f]+_bg\.wasm$/, (r) => (refuse ? r.abort('internetdisconnected') : r.continue()));
  await page.focus('#before');
  await page.keyboard.press('Tab');
  assert.equal(await focusIn(page), 'edit-copy');
  await page.keyboard.press('Enter');

  const alert = page.locator(`${W} .wb-embed-status[role="alert"]`);
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'Your copy couldn’t open: the planner didn’t download. The post’s week is as it was; “Edit a copy” tries again.');
  await readOnly(page);
  assert.equal(await page.getAttribute(`${W} [data-testid="edit-copy"]`, 'aria-disabled'), null);
  assert.deepEqual(await week(page), seen, 'the post\'s week as it was');
  assert.equal(await page.locator(`${W} .wb-embed-root`).count(), 1, 'no half-made planner left behind');
  assert.equal(await focusIn(page), 'edit-copy', 'focus where the reader left it');
  assert.equal(await page.evaluate(() => window.changes.length), 0);

  // The download works again: the same button opens the copy, and the alert goes.
  refuse = false;
  await page.keyboard.press('Enter');
  await editable(page);
  await aCopy(page);
  assert.equal(await alert.count(), 0);
  assert.ok(await page.locator(`${W} .wb-embed-status`).isHidden());
  assert.equal(planners.length, 2, 'tried once, then fetched');
  // Only the failed download itself was logged.
  assert.ok(errors.every((e) => /could not open a copy|ERR_INTERNET_DISCONNECTED|Failed to fetch|wasm/i.test(e)), errors.join('\n'));
  await context.close();
});
