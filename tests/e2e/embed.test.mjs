// <week-board> embeds on a hostile blog page (static/embed-demo.html): strict CSP,
// global resets, `div { display: inline }`, big fonts. Two widgets, one read-only.
// Run twice: as shipped, a read-only widget drawn by the viewer; and from
// embed-planner.test.mjs, every widget drawn by the planner (WEEKBOARD_READONLY=planner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { serveAndLaunch, centre, DIST, autosaved, plannerOnlyLoader } from './support.mjs';

const UNBALANCED = 'AQAREREBBAYFAgQAE2Q'; // seed 001, the demo's week, a format-1 link
const UNBALANCED_2 = 'AgAREREBBAYFAgQAE2Q'; // the same week shared again: format 2, undated
const EFFECTIVE = 'AQAREREBAgYCAAUCE2Q'; // seed 001's effective week
const EFFECTIVE_2 = 'AgAREREBAgYCAAUCE2Q'; // the same, format 2, undated
const TEMPO = 3;
const FRIDAY = '4';
const SENT = '#sent-week'; // read-only
const YOURS = '#your-week'; // editable, autosaved

const env = serveAndLaunch();
const PLANNER_ONLY = process.env.WEEKBOARD_READONLY === 'planner';

/** weekboard.js with its read-only viewer switched off: the planner draws every widget. */
async function plannerOnly(page) {
  const loader = await plannerOnlyLoader();
  await page.route('**/weekboard.js', (r) => r.fulfill({ contentType: 'text/javascript', body: loader }));
}

/** Opens a page and waits for every widget on it; collects console errors. */
async function open(path = 'embed-demo.html', { viewport = { width: 1100, height: 900 }, colorScheme, setup } = {}) {
  const context = await env.browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (PLANNER_ONLY) await plannerOnly(page);
  if (setup) await setup(page);
  await page.goto(env.server.url + path);
  return { context, page, errors };
}

async function ready(page, ...widgets) {
  for (const w of widgets) await page.waitForSelector(`${w} [data-day="6"]`);
}

const scoreOf = async (page, widget) => Number((await page.textContent(`${widget} [data-testid="score"]`)).trim());
const dayOf = (page, widget, id) => page.getAttribute(`${widget} [data-day]:has([data-session-id="${id}"])`, 'data-day');

async function moveByMenu(page, widget, id, day) {
  await page.click(`${widget} [data-session-id="${id}"] [data-testid="card-menu"]`);
  await page.click(`${widget} [data-session-id="${id}"] [data-pick-day="${day}"]`);
}

test('both widgets render on the hostile page under its CSP, with no console error', async () => {
  const fetched = [];
  const { context, page, errors } = await open('embed-demo.html', {
    setup: (p) => p.on('request', (r) => fetched.push(new URL(r.url()).pathname)),
  });
  await ready(page, SENT, YOURS);
  // The read-only widget is the viewer's, unless this run asks for the planner's.
  assert.equal(fetched.some((f) => /weekboard-viewer-.*_bg\.wasm$/.test(f)), !PLANNER_ONLY, fetched.join(' '));
  assert.equal(await page.locator(`${SENT} [data-day]`).count(), 7);
  assert.equal(await page.locator(`${YOURS} [data-day]`).count(), 7);
  assert.equal(await scoreOf(page, SENT), await scoreOf(page, YOURS));
  // Read-only: board, score and findings; nothing to drag or edit; a way out.
  assert.equal(await page.locator(`${SENT} [data-finding-code]`).count() > 0, true);
  assert.equal(await page.locator(`${SENT} [data-testid="card-menu"]`).count(), 0);
  assert.equal(await page.locator(`${SENT} [data-palette-chip]`).count(), 0);
  assert.equal(await page.locator(`${SENT} [data-testid="undo"]`).count(), 0);
  assert.equal(await page.textContent(`${SENT} [data-testid="edit-copy"]`), 'Edit a copy');
  assert.equal(await page.locator(`${SENT} [data-testid="open-in-planner"]`).count(), 0);
  // Editable: the palette and the card menus are there.
  assert.ok((await page.locator(`${YOURS} [data-palette-chip]`).count()) > 0);
  // The loading placeholder is gone once the planner is up.
  assert.equal(await page.locator(`${YOURS} .wb-embed-status`).isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the widgets work independently: a move, undo and its change event stay in one', async () => {
  const { context, page, errors } = await open();
  await ready(page, SENT, YOURS);
  await page.evaluate(() => {
    window.changes = [];
    document.addEventListener('weekboard-change', (e) => {
      window.changes.push({ from: e.target.id, score: e.detail.report.score, link: e.detail.link, fri: e.detail.plan.weeks[0].days.fri.map((s) => s.kind) });
    });
  });
  const before = await scoreOf(page, YOURS);
  await moveByMenu(page, YOURS, TEMPO, FRIDAY);
  assert.equal(await dayOf(page, YOURS, TEMPO), FRIDAY);
  assert.equal(await dayOf(page, SENT, TEMPO), '2');
  const after = await scoreOf(page, YOURS);
  assert.notEqual(after, before);
  assert.equal(await scoreOf(page, SENT), before);

  const changes = await page.evaluate(() => window.changes);
  assert.equal(changes.length, 1);
  assert.equal(changes[0].from, 'your-week');
  assert.equal(changes[0].score, after);
  assert.ok(changes[0].fri.includes('tempo'));
  assert.match(changes[0].link, new RegExp(`^${env.server.url.replace(/[.]/g, '\\.')}#plan=[A-Za-z0-9_-]+$`));

  // Ctrl+Z belongs to the widget with focus: only "your week" goes back.
  await page.focus(`${YOURS} [data-session-id="${TEMPO}"]`);
  await page.keyboard.press('Control+z');
  assert.equal(await scoreOf(page, YOURS), before);
  // The change event follows the board's update; on a loaded machine it can lag the
  // key press by a task, so wait for it rather than read it at once.
  await page.waitForFunction((b) => window.changes.at(-1).score === b, before, { timeout: 5000 }).catch(() => {});
  assert.equal((await page.evaluate(() => window.changes)).at(-1).score, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a real mouse drag inside the shadow root moves a card and re-scores', async () => {
  const { context, page, errors } = await open();
  await ready(page, YOURS);
  await page.locator(`${YOURS} [data-day="${FRIDAY}"]`).scrollIntoViewIfNeeded();
  const a = await centre(page, `${YOURS} [data-session-id="${TEMPO}"] .wb-card-title`);
  const b = await centre(page, `${YOURS} [data-day="${FRIDAY}"] .wb-day-head`);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 10, a.y + 10, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.waitForTimeout(50);
  await page.mouse.up();
  assert.equal(await dayOf(page, YOURS, TEMPO), FRIDAY);
  assert.ok(!(await page.locator(`${YOURS} [data-finding-code="hard_days_back_to_back"]`).count()));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page keeps its own styles: nothing leaks out of the widgets', async () => {
  const probe = () => {
    const pick = (el) => {
      const s = getComputedStyle(el);
      return [s.display, s.lineHeight, s.fontSize, s.fontFamily, s.color, s.textIndent, s.textTransform, s.boxSizing, s.margin].join('|');
    };
    return ['h1', 'article > p', '.byline', '.comments > div', 'header.site nav a', 'footer.site', 'body']
      .map((sel) => `${sel}: ${pick(document.querySelector(sel))}`);
  };
  // The same page with the widget script refused: how the blog looks on its own.
  const bare = await open('embed-demo.html', { setup: (p) => p.route('**/weekboard.js', (r) => r.abort()) });
  await bare.page.waitForLoadState('load');
  const alone = await bare.page.evaluate(probe);
  await bare.context.close();

  const { context, page } = await open();
  await ready(page, SENT, YOURS);
  assert.deepEqual(await page.evaluate(probe), alone);
  await context.close();
});

test('inside the widget, the layout is the one it has on a clean page', async () => {
  const measure = (widget) => page => page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const origin = host.getBoundingClientRect();
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return [r.x - origin.x, r.y - origin.y, r.width, r.height].map(Math.round).join(',');
    };
    const root = host.shadowRoot;
    const style = getComputedStyle(root.querySelector('.wb-card-title'));
    return {
      width: Math.round(origin.width),
      days: [...root.querySelectorAll('[data-day]')].map(rect),
      cards: [...root.querySelectorAll('[data-session-id]')].map(rect),
      score: rect(root.querySelector('[data-testid="score"]')),
      text: [style.fontSize, style.lineHeight, style.letterSpacing, style.textAlign, style.fontFamily].join('|'),
    };
  }, widget);
  const hostile = await open();
  await ready(hostile.page, SENT);
  const onBlog = await measure(SENT)(hostile.page);
  await hostile.context.close();

  // A page with no styles of its own, the widget given the same width.
  const cleanPage = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="weekboard.js"></script>
    <week-board id="clean" plan="${UNBALANCED}" readonly units="km" style="width:${onBlog.width}px"></week-board>`;
  const clean = await open('clean.html', {
    setup: (p) => p.route('**/clean.html', (r) => r.fulfill({ contentType: 'text/html', body: cleanPage })),
  });
  await ready(clean.page, '#clean');
  const alone = await measure('#clean')(clean.page);
  await clean.context.close();
  assert.deepEqual(onBlog, alone);
});

test('attribute changes after load are honoured', async () => {
  const { context, page, errors } = await open();
  await ready(page, SENT);
  const before = await scoreOf(page, SENT);
  await page.evaluate((p) => document.querySelector('#sent-week').setAttribute('plan', p), EFFECTIVE);
  await page.waitForFunction((b) => document.querySelector('#sent-week').shadowRoot.querySelector('[data-testid="score"]').textContent.trim() !== String(b), before);
  assert.ok((await scoreOf(page, SENT)) > before);

  await page.evaluate(() => document.querySelector('#sent-week').setAttribute('week-start', 'sun'));
  await page.waitForFunction(() => document.querySelector('#sent-week').shadowRoot.querySelector('[data-day]').dataset.day === '6');

  // Read-only off: the same week becomes editable.
  await page.evaluate(() => document.querySelector('#sent-week').removeAttribute('readonly'));
  await page.waitForSelector(`${SENT} [data-testid="card-menu"]`);

  // A broken value is named in the widget; the week stays.
  await page.evaluate(() => document.querySelector('#sent-week').setAttribute('units', 'furlongs'));
  await page.waitForSelector(`${SENT} [data-testid="embed-problem"]`);
  assert.match(await page.textContent(`${SENT} [data-testid="embed-problem"]`), /units="furlongs".*km or mi/);
  assert.equal(await page.locator(`${SENT} [data-session-id]`).count(), 7);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a read-only widget tells the page of a new week from its attributes, as an editable one does', async () => {
  const { context, page, errors } = await open();
  await ready(page, SENT);
  await page.evaluate(() => {
    window.changes = [];
    document.addEventListener('weekboard-change', (e) => window.changes.push({ from: e.target.id, ...e.detail }));
  });
  await page.evaluate((p) => document.querySelector('#sent-week').setAttribute('plan', p), EFFECTIVE);
  await page.waitForFunction(() => window.changes.length > 0);
  const [change] = await page.evaluate(() => window.changes);
  assert.equal(change.from, 'sent-week');
  assert.equal(change.report.score, await scoreOf(page, SENT));
  assert.equal(change.plan.weeks.length, 1);
  // Read-only, the post's week is as the post has it: undated.
  assert.equal(change.link, `${env.server.url}#plan=${EFFECTIVE_2}`);
  // The same week again is no change.
  await page.evaluate(() => document.querySelector('#sent-week').setAttribute('units', 'km'));
  await page.waitForTimeout(100);
  assert.equal((await page.evaluate(() => window.changes)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropping readonly swaps the planner in where the reader is: no frame without a board, nothing moves above it', async () => {
  const tall = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="weekboard.js"></script>
    <div style="height:1500px">The post, before the week.</div>
    <week-board id="mid" plan="${UNBALANCED}" readonly></week-board>
    <div style="height:3000px">The rest of the post.</div>`;
  const { context, page, errors } = await open('tall.html', {
    setup: (p) => p.route('**/tall.html', (r) => r.fulfill({ contentType: 'text/html', body: tall })),
  });
  await ready(page, '#mid');
  await page.evaluate(() => window.scrollTo(0, 1300));
  const before = await page.evaluate(() => ({ y: scrollY, top: document.querySelector('#mid').getBoundingClientRect().top }));
  // Every frame from here on: the days on screen in the widget (the planner on its
  // way in is laid out, but unseen and with no height).
  await page.evaluate(() => {
    window.frames = [];
    const look = () => {
      const roots = [...document.querySelector('#mid').shadowRoot.querySelectorAll('.wb-embed-root')]
        .filter((root) => getComputedStyle(root).visibility !== 'hidden' && root.getBoundingClientRect().height > 0);
      window.frames.push(roots.reduce((days, root) => days + root.querySelectorAll('[data-day]').length, 0));
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.evaluate(() => document.querySelector('#mid').removeAttribute('readonly'));
  await page.waitForSelector('#mid [data-testid="card-menu"]');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await page.evaluate(() => ({ y: scrollY, top: document.querySelector('#mid').getBoundingClientRect().top }));
  assert.deepEqual(after, before);
  const frames = await page.evaluate(() => window.frames);
  assert.ok(frames.length > 0 && frames.every((days) => days === 7), JSON.stringify(frames));
  assert.equal(await page.locator('#mid .wb-embed-root').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an editable embed is compact: the week, palette, score and findings; share, files and profile behind "More"', async () => {
  const { context, page, errors } = await open();
  await ready(page, YOURS);
  // The post's week, dated on opening, is still the post's week: nothing to go back to.
  assert.equal(await page.locator(`${YOURS} [data-testid="back-to-post"]`).count(), 0);
  for (const shown of ['[data-palette-chip]', '[data-testid="score"]', '[data-finding-code]', '[data-testid="load-chart"]']) {
    assert.ok(await page.locator(`${YOURS} ${shown}`).first().isVisible(), `${shown} shows`);
  }
  const more = page.locator(`${YOURS} [data-testid="more"] > summary`);
  assert.equal(await more.textContent(), 'More: share, files, runner profile');
  assert.equal(await page.locator(`${YOURS} [data-testid="copy-link"]`).isVisible(), false);
  assert.equal(await page.locator(`${YOURS} .wb-profile`).isVisible(), false);
  await more.focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.locator(`${YOURS} [data-testid="copy-link"]`).isVisible());
  assert.ok(await page.locator(`${YOURS} .wb-profile`).isVisible());
  // A move keeps it open: the planner's render leaves the reader's choice alone.
  await moveByMenu(page, YOURS, TEMPO, FRIDAY);
  assert.ok(await page.locator(`${YOURS} [data-testid="copy-link"]`).isVisible());
  assert.ok(await page.locator(`${YOURS} [data-testid="back-to-post"]`).isVisible(), 'changed: the way back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken plan attribute says so in the widget and leaves the rest of the page alone', async () => {
  const broken = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="weekboard.js"></script>
    <week-board id="bad" plan="#plan=AQAREREBBA"></week-board>
    <week-board id="good" plan="${UNBALANCED}" readonly></week-board>`;
  const { context, page, errors } = await open('broken.html', {
    setup: (p) => p.route('**/broken.html', (r) => r.fulfill({ contentType: 'text/html', body: broken })),
  });
  await ready(page, '#bad', '#good');
  assert.match(await page.textContent('#bad [data-testid="embed-problem"]'), /The week in this post can't be opened/);
  assert.equal(await page.locator('#bad [data-session-id]').count(), 0);
  assert.equal(await page.locator('#good [data-session-id]').count(), 7);
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing an element unmounts it cleanly; the other widget carries on', async () => {
  const { context, page, errors } = await open();
  await ready(page, SENT, YOURS);
  await page.evaluate(() => document.querySelector('#your-week').remove());
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.querySelector('#your-week')), null);
  // Moving an element (remove + insert in one task) keeps its planner.
  await page.evaluate(() => {
    const sent = document.querySelector('#sent-week');
    document.body.append(sent);
  });
  await page.waitForTimeout(100);
  assert.equal(await page.locator(`${SENT} [data-day]`).count(), 7);
  // A fresh element mounts a fresh planner.
  await page.evaluate((p) => {
    const again = document.createElement('week-board');
    again.id = 'again';
    again.setAttribute('plan', p);
    document.body.append(again);
  }, EFFECTIVE);
  await ready(page, '#again');
  await moveByMenu(page, '#again', 5, '1');
  assert.equal(await dayOf(page, '#again', 5), '1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('autosave keeps the reader\'s version under the widget\'s own key; the post\'s week is one click away', async () => {
  const { context, page } = await open();
  await ready(page, SENT, YOURS);
  await moveByMenu(page, YOURS, TEMPO, FRIDAY);
  await autosaved(page); // autosave waits for the browser to be idle
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['coach-notebook:try-it']);
  await page.reload();
  await ready(page, SENT, YOURS);
  assert.equal(await dayOf(page, YOURS, TEMPO), FRIDAY);
  assert.equal(await dayOf(page, SENT, TEMPO), '2');
  await page.click(`${YOURS} [data-testid="back-to-post"]`);
  assert.equal(await dayOf(page, YOURS, TEMPO), '2');
  await context.close();
});

test('the JS API scores, encodes and decodes; bad input throws with a message', async () => {
  const { context, page, errors } = await open();
  await ready(page, SENT);
  const result = await page.evaluate(async (payload) => {
    const api = await import('./weekboard.js');
    const plan = await api.decodePlan(payload);
    const report = await api.scoreWeek(plan);
    const again = await api.encodePlan(plan);
    let thrown = '';
    try { await api.decodePlan('not a link'); } catch (e) { thrown = `${e instanceof Error}: ${e.message}`; }
    let badPlan = '';
    try { await api.scoreWeek({ version: 1, days: { mon: [{ kind: 'jogging' }] } }); } catch (e) { badPlan = e.message; }
    return { version: plan.version, kinds: plan.weeks[0].days.wed.map((s) => s.kind), score: report.score, verdict: report.verdict, again, thrown, badPlan };
  }, UNBALANCED);
  assert.equal(result.version, 2);
  assert.deepEqual(result.kinds, ['tempo']);
  assert.equal(result.score, await scoreOf(page, SENT));
  assert.equal(result.verdict, 'unbalanced');
  assert.equal(result.again, UNBALANCED_2);
  assert.match(result.thrown, /^true: Not a weekboard link: /);
  assert.match(result.badPlan, /jogging/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a load failure shows a readable message and a way to the planner', async () => {
  const { context, page } = await open('embed-demo.html', {
    setup: (p) => p.route('**/*_bg.wasm', (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  const status = page.locator(`${SENT} .wb-embed-status`);
  await status.filter({ hasText: 'couldn’t load' }).waitFor();
  assert.match(await status.textContent(), /This training week couldn’t load: .+Open it in the planner instead\./);
  assert.equal(await page.getAttribute(`${SENT} .wb-embed-status a`, 'href'), `${env.server.url}#plan=${UNBALANCED}`);
  await context.close();
});

test('dark mode follows the system when the page says nothing, and the page when it does', async () => {
  const { context, page } = await open('embed-demo.html', { colorScheme: 'dark' });
  await ready(page, SENT);
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('#sent-week').shadowRoot.querySelector('.wb-app')).backgroundColor);
  assert.equal(await background(), 'rgb(15, 20, 26)');
  await page.evaluate(() => { document.documentElement.style.colorScheme = 'light'; });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#sent-week').shadowRoot.querySelector('.wb-app')).backgroundColor === 'rgb(246, 247, 249)');
  await page.evaluate(() => document.querySelector('#sent-week').setAttribute('theme', 'dark'));
  assert.equal(await background(), 'rgb(15, 20, 26)');
  await context.close();

  // A dark page on a light system: the page's word wins.
  const light = await open('embed-demo.html', { colorScheme: 'light' });
  await ready(light.page, SENT);
  const shown = () => light.page.evaluate(() => getComputedStyle(document.querySelector('#sent-week').shadowRoot.querySelector('.wb-app')).backgroundColor);
  assert.equal(await shown(), 'rgb(246, 247, 249)');
  await light.page.evaluate(() => { document.documentElement.style.colorScheme = 'dark'; });
  await light.page.waitForFunction(() => getComputedStyle(document.querySelector('#sent-week').shadowRoot.querySelector('.wb-app')).backgroundColor === 'rgb(15, 20, 26)', null, { timeout: 5000 });
  await light.context.close();
});

test('the widget adapts to its container, not the window: stacked days in a narrow column', async () => {
  const narrow = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="weekboard.js"></script>
    <div style="width:360px"><week-board id="side" plan="${UNBALANCED}" readonly></week-board></div>`;
  const { context, page } = await open('narrow.html', {
    viewport: { width: 1400, height: 900 },
    setup: (p) => p.route('**/narrow.html', (r) => r.fulfill({ contentType: 'text/html', body: narrow })),
  });
  await ready(page, '#side');
  const boxes = await page.$$eval('#side [data-day]', (days) => days.map((d) => d.getBoundingClientRect()).map((r) => [Math.round(r.x), Math.round(r.width)]));
  // One column: every day starts at the same x and spans the widget.
  assert.equal(new Set(boxes.map(([x]) => x)).size, 1, JSON.stringify(boxes));
  assert.ok(boxes[0][1] > 250);
  await context.close();
});

test('the placeholder shows while the wasm is on its way', async () => {
  let release;
  const held = new Promise((ok) => { release = ok; });
  const { context, page } = await open('embed-demo.html', {
    setup: (p) => p.route('**/*_bg.wasm', async (r) => { await held; await r.continue(); }),
  });
  const status = page.locator(`${SENT} .wb-embed-status`);
  await status.waitFor();
  assert.equal(await status.textContent(), 'Loading the training week…');
  release();
  await ready(page, SENT);
  assert.equal(await status.isVisible(), false);
  await context.close();
});

test('the bundle works from another origin and path: files are found next to weekboard.js', async () => {
  // The bundle "hosted" at another origin under a sub-path: Playwright answers for
  // that origin from dist/, with the CORS header such a host must send.
  const CDN = 'https://cdn.example/training/weekboard/';
  const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const hostBundle = (p) => p.route(`${CDN}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    const body = await readFile(join(DIST, file)).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      body,
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
    });
  });
  const post = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="${CDN}weekboard.js"></script>
    <week-board id="far" plan="${UNBALANCED}"></week-board>`;
  const { context, page, errors } = await open('blog/2026/post.html', {
    setup: async (p) => {
      await hostBundle(p);
      await p.route('**/blog/2026/post.html', (r) => r.fulfill({ contentType: 'text/html', body: post }));
    },
  });
  try {
    await ready(page, '#far');
    // Editable, the week is dated like the planner's: the link carries the date.
    const href = await page.getAttribute('#far [data-testid="open-in-planner"]', 'href');
    assert.ok(href.startsWith(`${CDN}#plan=`), href);
    const weeks = await page.evaluate(async ([url, a, b]) => {
      const api = await import(url);
      return [JSON.stringify((await api.decodePlan(a)).weeks), JSON.stringify((await api.decodePlan(b)).weeks)];
    }, [`${CDN}weekboard.js`, href, UNBALANCED]);
    assert.equal(weeks[0], weeks[1]);
    const payload = await page.evaluate(async (url) => (await import(url)).encodePlan({ version: 1 }), `${CDN}weekboard.js`);
    assert.equal(typeof payload, 'string');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
