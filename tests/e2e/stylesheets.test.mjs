// Two stylesheets: static/weekboard.css, all a read-only widget can show, and
// static/planner.css, what only editing shows. A page of read-only widgets fetches
// the first alone; the planner links both, the second in place before it is seen.
//
// The split is checked, not trusted: read-only widgets are drawn in many states (a
// corpus of plans at every width band, a finding lit, every finding unfolded,
// another week picked, a press on a card, print, dark, "Edit a copy" on its way, a
// failed load), and every selector of both sheets is tried against what is drawn,
// user actions (:hover, :focus…) and pseudo-elements taken off. No selector of
// planner.css may match anything there, and each of weekboard.css must match
// something: a read-only page downloads no rule it can't use. CSS_COVERAGE=1 prints
// every rule with the sheet it belongs in, and what the planner's read-only mode
// matches that the viewer doesn't.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveAndLaunch, readOnlyPage, ROOT, PHONE } from './support.mjs';

const env = serveAndLaunch();

const SEED = 'AQAREREBBAYFAgQAE2Q'; // seed 001, the demo's week
const PLANNER_SHEET = /\/planner-[0-9a-f]+\.css$/;
const PLANNER_WASM = /\/weekboard-[0-9a-f]+_bg\.wasm$/;

/** A block as one_look.test.mjs draws it: five weeks, workouts, a race. */
function block() {
  const week = (long, extra) => ({
    days: {
      mon: [{ kind: 'easy', minutes: 40 }],
      tue: [{ kind: 'intervals', minutes: 60, workout: '6 x 800m @ 5K pace w/ 2\' jog', title: 'Track 6 × 800' }],
      wed: [{ kind: 'easy', minutes: 45, distance_km: 8 }],
      thu: [{ kind: 'tempo', minutes: 50 + extra, rpe: 7, workout: '10 min easy + 3 x 10 min @ threshold + 5 min easy' }],
      fri: [{ kind: 'rest', minutes: 0 }],
      sat: [{ kind: 'easy', minutes: 30 }, { kind: 'strength', minutes: 30 }],
      sun: [{ kind: 'long_run', minutes: long, distance_km: long / 6, notes: 'Gels at 40\' & 80\'' }],
    },
  });
  const race = { days: { mon: [{ kind: 'easy', minutes: 30 }], wed: [{ kind: 'easy', minutes: 30 }], sun: [{ kind: 'race', minutes: 45, distance_km: 10 }] } };
  return { version: 2, start: '2026-11-30', weeks: [week(90, 0), week(100, 5), week(110, 10), week(120, 15), race] };
}

/** A week of every kind, a broken workout, and a day of three. */
const EVERY_KIND = {
  version: 2,
  weeks: [{
    days: {
      mon: [{ kind: 'rest', minutes: 0 }, { kind: 'recovery', minutes: 20 }, { kind: 'strength', minutes: 20 }],
      tue: [{ kind: 'repetitions', minutes: 45, workout: '8 x 200m @ mile pace' }, { kind: 'cross_training', minutes: 40 }],
      wed: [{ kind: 'hills', minutes: 50, workout: 'this is not a workout (' }],
      thu: [{ kind: 'speed_endurance', minutes: 50 }, { kind: 'steady', minutes: 40 }],
      fri: [{ kind: 'intervals', minutes: 55 }],
      sat: [{ kind: 'tempo', minutes: 60 }],
      sun: [{ kind: 'race', minutes: 200, distance_km: 42.2 }],
    },
  }],
};
const BALANCED = 'AQAREREBAgYCAAUCE2Q'; // seed 001's effective week

/** A block of every verdict for a runner with a profile: a week that needs a tweak
 *  (easy runs at RPE 5), one with nothing to fix, an unbalanced one. */
const easy = (minutes, rpe) => [{ kind: 'easy', minutes, ...(rpe ? { rpe } : {}) }];
const rest = [{ kind: 'rest', minutes: 0 }];
const TWEAK = { mon: easy(40, 5), tue: [{ kind: 'intervals', minutes: 55 }], wed: easy(40, 5), thu: easy(45, 5), fri: rest, sat: [{ kind: 'tempo', minutes: 45 }], sun: [{ kind: 'long_run', minutes: 90 }] };
const UNBALANCED = { mon: [{ kind: 'tempo', minutes: 50 }], tue: [{ kind: 'intervals', minutes: 50 }], wed: easy(40), thu: [{ kind: 'steady', minutes: 45 }], sun: [{ kind: 'long_run', minutes: 90 }] };
const GOOD = { mon: easy(45), tue: [{ kind: 'intervals', minutes: 50 }], wed: easy(45), thu: easy(40), fri: rest, sat: easy(40), sun: [{ kind: 'long_run', minutes: 75 }] };
const RUNNER = { level: 'intermediate', age: 34, usual_week_km: 40, usual_week_minutes: 300, longest_recent_run_km: 16, longest_recent_run_minutes: 95 };
const VERDICTS = { version: 2, start: '2026-12-07', athlete: RUNNER, weeks: [{ days: TWEAK }, { days: GOOD }, { days: UNBALANCED }] };

/** The widgets of the corpus page: `plan` may be a JSON plan, made a link first. */
const CORPUS = [
  { id: 'seed', plan: SEED, units: 'km' },
  { id: 'balanced', plan: BALANCED },
  { id: 'empty' },
  { id: 'block', plan: block() },
  { id: 'third', plan: block(), week: '3', units: 'mi', 'week-start': 'sun' },
  { id: 'kinds', plan: EVERY_KIND },
  { id: 'verdicts', plan: VERDICTS },
  { id: 'good', plan: { ...VERDICTS, weeks: [{ days: GOOD }] } },
  { id: 'dark', plan: SEED, theme: 'dark' },
  { id: 'light', plan: SEED, theme: 'light' },
];
// Every band of src/widths.rs, alone and together.
const WIDTHS = [1500, 1300, 1100, 880, 700, 480, 390, 300];

/** In the page: the style rules of a stylesheet's text, each with the selectors to
 *  try (one per selector of its list, user actions and pseudo-elements taken off). */
function rulesIn(text) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const out = [];
  const walk = (rules, where) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        const tries = [];
        let depth = 0;
        let start = 0;
        const list = rule.selectorText;
        for (let i = 0; i <= list.length; i++) {
          const c = list[i];
          if (c === '(') depth++;
          else if (c === ')') depth--;
          else if ((c === ',' && depth === 0) || i === list.length) {
            tries.push(list.slice(start, i).trim());
            start = i + 1;
          }
        }
        out.push({ key: `${where}${list}`, selectors: tries });
      } else if (rule instanceof CSSKeyframesRule) {
        out.push({ key: `${where}@keyframes ${rule.name}`, selectors: [], keyframes: true });
      } else if (rule.cssRules) {
        walk(rule.cssRules, `${where}@${rule.constructor.name.replace(/^CSS|Rule$/g, '').toLowerCase()} ${rule.conditionText ?? rule.name ?? ''} › `);
      } else {
        out.push({ key: `${where}${rule.cssText.slice(0, 60)}`, selectors: [] });
      }
    }
  };
  walk(sheet.cssRules, '');
  return out;
}

/** A selector as it is tried: what the reader does (:hover, :focus…) could happen
 *  to any element, and a pseudo-element is its element's. */
function tried(selector) {
  const left = selector
    .replace(/:not\(:(?:hover|active|focus|focus-visible|focus-within)\)/g, '')
    .replace(/::?(?:hover|active|focus-visible|focus-within|focus|before|after|backdrop|placeholder|-webkit-[a-z-]+)(?![\w-])/g, '')
    .trim();
  // `.wb-app :focus-visible` is any element in the app.
  return left === '' || /[\s>+~]$/.test(left) ? `${left}*` : left;
}

/** In the page: which of `selectors` match something in any widget's shadow root. */
function matching(selectors) {
  const roots = [...document.querySelectorAll('week-board')].map((el) => el.shadowRoot);
  return selectors.filter((s) => {
    try {
      return roots.some((root) => root.querySelector(s));
    } catch {
      return false; // :host and the like: no element inside matches them
    }
  });
}

const twoFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** A page of `widgets`, each a `<week-board readonly>` with these attributes, drawn
 *  by the viewer or (bundle 'planner') by the planner's read-only mode. */
async function openWidgets(bundle, widgets, { device = { viewport: { width: 1600, height: 900 } }, colorScheme, setup } = {}) {
  const { context, page, errors, fetched } = await readOnlyPage(env.browser, bundle, { ...device, colorScheme });
  if (setup) await setup(page);
  const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script type="module" src="weekboard.js"></script>
    ${widgets.map(({ id, ...attributes }) => `<week-board id="${id}" readonly ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${value}"`).join(' ')}></week-board>`).join('\n')}`;
  await page.route('**/widgets.html', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}widgets.html`);
  return { context, page, errors, fetched };
}

/** The corpus's JSON plans as links, encoded once by the planner's own API. */
let links;
async function corpus() {
  if (!links) {
    const { context, page } = await openWidgets('viewer', []);
    links = await page.evaluate(async (widgets) => {
      const api = await import('./weekboard.js');
      return Promise.all(widgets.map(async (w) => (typeof w.plan === 'object' ? { ...w, plan: await api.encodePlan(w.plan, true) } : w)));
    }, CORPUS);
    await context.close();
  }
  return links;
}

/** Draws read-only widgets in every state this file knows, and resolves to the set of
 *  selectors (as tried) that matched something in one of them. */
async function matchedByReadOnly(bundle, selectors) {
  const matched = new Set();
  const look = async (page) => {
    await twoFrames(page);
    for (const s of await page.evaluate(matching, selectors)) matched.add(s);
  };
  const widgets = await corpus();
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await openWidgets(bundle, widgets, { colorScheme });
    for (const { id } of widgets) await page.waitForSelector(`#${id} [data-day="6"]`);
    for (const width of WIDTHS) {
      await page.evaluate((width) => { for (const el of document.querySelectorAll('week-board')) el.style.width = `${width}px`; }, width);
      await look(page);
    }
    await page.evaluate(() => { for (const el of document.querySelectorAll('week-board')) el.style.width = '1100px'; });
    // A finding pointed at, then one focused: days and cards lit.
    await page.hover('#seed .wb-finding >> nth=0');
    await look(page);
    await page.focus('#seed .wb-finding >> nth=1');
    await look(page);
    // "Why?" and a finding's source opened.
    for (const summary of await page.locator('#seed summary').all()) await summary.click();
    await look(page);
    // Another week of the block, today's week among them, then a press on a card.
    for (const week of ['0', '1', '3', '4']) {
      await page.click(`#block [data-week="${week}"]`);
      await look(page);
    }
    await page.click('#block [data-testid="previous-week"]');
    const card = page.locator('#block [data-session-id]').first();
    await card.hover();
    await page.mouse.down();
    await page.mouse.up();
    await look(page);
    // A phone: every finding unfolded.
    await page.evaluate(() => { document.querySelector('#seed').style.width = '390px'; });
    await twoFrames(page);
    await page.click('#seed .wb-more-findings');
    await look(page);
    // Print.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await look(page);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(errors, []);
    await context.close();
  }
  // "Edit a copy" pressed, the planner on its way (the viewer's; the planner's
  // read-only mode has its planner already).
  let release;
  const held = new Promise((ok) => { release = ok; });
  if (bundle === 'viewer') {
    const { context, page } = await openWidgets(bundle, [widgets[0]], {
      device: PHONE,
      setup: (p) => p.route(PLANNER_WASM, async (r) => { await held; await r.continue(); }),
    });
    await page.waitForSelector('#seed [data-day="6"]');
    await page.tap('#seed [data-testid="edit-copy"]');
    await look(page);
    release();
    await context.close();
    // And the planner could not come: the widget stays, the reason beside it.
    const failed = await openWidgets(bundle, [widgets[0]], {
      setup: (p) => p.route(PLANNER_WASM, (r) => r.abort('internetdisconnected')),
    });
    await failed.page.waitForSelector('#seed [data-day="6"]');
    await failed.page.click('#seed [data-testid="edit-copy"]');
    await failed.page.waitForSelector('#seed .wb-embed-status.is-beside');
    await look(failed.page);
    await failed.context.close();
  }
  // A widget that could not load: the placeholder says why and links to the planner.
  {
    const { context, page } = await openWidgets(bundle, [widgets[0]], {
      setup: (p) => p.route(/_bg\.wasm$/, (r) => r.fulfill({ status: 404, body: 'not found' })),
    });
    await page.waitForSelector('#seed .wb-embed-status a');
    await look(page);
    await context.close();
  }
  return matched;
}

async function sheetsAsRules() {
  const { context, page } = await openWidgets('viewer', []);
  const sheets = {};
  for (const [name, file] of [['weekboard.css', 'static/weekboard.css'], ['planner.css', 'static/planner.css']]) {
    const text = await readFile(join(ROOT, file), 'utf8');
    sheets[name] = (await page.evaluate(rulesIn, text)).map((rule) => ({ ...rule, tried: rule.selectors.map(tried) }));
  }
  await context.close();
  return sheets;
}

// A selector no element inside a widget can match that still belongs to every
// widget: the host element's own.
const HOST = /^:host(\([^)]*\))?$/;

test('stylesheets: no selector of planner.css matches what a read-only widget draws, and every selector of weekboard.css does', async () => {
  const sheets = await sheetsAsRules();
  const selectors = [...new Set(Object.values(sheets).flatMap((rules) => rules.flatMap((r) => r.tried)))];
  const matched = await matchedByReadOnly('viewer', selectors);
  const report = [];
  const wrong = [];
  for (const [name, rules] of Object.entries(sheets)) {
    for (const rule of rules) {
      const hits = rule.selectors.filter((_, i) => matched.has(rule.tried[i]));
      const used = hits.length ? 'read-only' : rule.selectors.length && rule.selectors.every((sel) => HOST.test(sel)) ? 'the host ' : 'editing  ';
      report.push(`${name}  ${used}  ${rule.key}`);
      if (name === 'planner.css' && hits.length) wrong.push(`planner.css: ${hits.join(', ')} matches something read-only`);
      if (name === 'weekboard.css') {
        if (rule.keyframes) wrong.push(`weekboard.css: ${rule.key}: no read-only widget animates`);
        const idle = rule.selectors.filter((sel, i) => !matched.has(rule.tried[i]) && !HOST.test(sel));
        if (idle.length) wrong.push(`weekboard.css: ${idle.join(', ')} matches nothing read-only (move it to planner.css)`);
      }
    }
  }
  if (process.env.CSS_COVERAGE) {
    console.log(report.join('\n'));
    // The planner's read-only mode too: what it matches that the viewer doesn't.
    const byPlanner = await matchedByReadOnly('planner', selectors);
    console.log('matched by the planner read-only, not by the viewer:', selectors.filter((s) => byPlanner.has(s) && !matched.has(s)));
    console.log('matched by the viewer, not by the planner read-only:', selectors.filter((s) => matched.has(s) && !byPlanner.has(s)));
  }
  assert.deepEqual(wrong, []);
});

/** The stylesheets a page fetched, by their names without the hash. */
const sheetsFetched = (urls) => urls.filter((u) => u.endsWith('.css')).map((u) => u.replace(/^.*\/([a-z]+)-[0-9a-f]+\.css$/, '$1.css'));

test('stylesheets: a page of read-only widgets fetches weekboard.css alone; a widget the planner draws, and the standalone page, both', async () => {
  const widgets = [{ id: 'seed', plan: SEED }, { id: 'other', plan: BALANCED }];
  {
    const { context, page, errors, fetched } = await openWidgets('viewer', widgets);
    for (const { id } of widgets) await page.waitForSelector(`#${id} [data-day="6"]`);
    await page.hover('#seed .wb-finding >> nth=0');
    await page.click('#seed summary >> nth=0');
    assert.deepEqual(sheetsFetched(fetched), ['weekboard.css']);
    assert.ok(!fetched.some((u) => PLANNER_WASM.test(u)), 'no planner');
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { context, page, errors, fetched } = await openWidgets('planner', widgets);
    for (const { id } of widgets) await page.waitForSelector(`#${id} [data-day="6"]`);
    assert.deepEqual(sheetsFetched(fetched).sort(), ['planner.css', 'weekboard.css'], 'each once for the page');
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(env.server.url);
    await page.waitForSelector('[data-palette-chip]');
    assert.deepEqual(sheetsFetched(fetched), ['weekboard.css', 'planner.css']);
    // Styled by both: a palette chip is a pill, a card's menu button sits in its corner.
    assert.equal(await page.$eval('.wb-chip', (el) => getComputedStyle(el).borderTopLeftRadius), '999px');
    assert.equal(await page.$eval('.wb-card-menu-button', (el) => getComputedStyle(el).position), 'absolute');
    await context.close();
  }
});

/** From now on, each frame, how every palette chip on show in a widget looks:
 *  "999px inline-flex" when planner.css styles it. */
function watchChips() {
  window.looks = [];
  const look = () => {
    for (const host of document.querySelectorAll('week-board')) {
      for (const root of host.shadowRoot?.querySelectorAll('.wb-embed-root') ?? []) {
        if (getComputedStyle(root).visibility === 'hidden' || root.getBoundingClientRect().height === 0) continue;
        const chip = root.querySelector('.wb-chip');
        if (chip) window.looks.push(`${getComputedStyle(chip).borderTopLeftRadius} ${getComputedStyle(chip).display}`);
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Holds planner.css back until `release()`; `asked` resolves when it is asked for. */
function holdPlannerSheet(page) {
  let release;
  let asked;
  const held = new Promise((ok) => { release = ok; });
  const wanted = new Promise((ok) => { asked = ok; });
  page.route(PLANNER_SHEET, async (r) => { asked(); await held; await r.continue(); });
  return { release, wanted };
}

for (const device of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
  test(`stylesheets: at ${device.viewport.width} px, "Edit a copy" shows the planner only once planner.css applies, even when it comes after the planner`, async () => {
    let hold;
    const { context, page, errors, fetched } = await openWidgets('viewer', [{ id: 'seed', plan: SEED }], {
      device,
      setup: (p) => { hold = holdPlannerSheet(p); },
    });
    await page.waitForSelector('#seed [data-day="6"]');
    assert.deepEqual(sheetsFetched(fetched), ['weekboard.css']);
    await page.evaluate(watchChips);
    const plannerIn = page.waitForResponse(PLANNER_WASM);
    await page.click('#seed [data-testid="edit-copy"]');
    await hold.wanted;
    await plannerIn;
    // The planner is in, its stylesheet not yet: the reader still sees the viewer.
    await page.waitForTimeout(500);
    await twoFrames(page);
    assert.equal(await page.locator('#seed [data-testid="edit-copy"]').isVisible(), true, 'the viewer stays');
    assert.equal(await page.locator('#seed [data-palette-chip]').first().isVisible(), false, 'no planner on show');
    hold.release();
    await page.waitForSelector('#seed [data-testid="card-menu"]');
    await twoFrames(page);
    const looks = await page.evaluate(() => window.looks);
    assert.ok(looks.length > 0, 'the palette showed');
    assert.deepEqual([...new Set(looks)], ['999px inline-flex'], 'from its first frame on show');
    assert.deepEqual(sheetsFetched(fetched), ['weekboard.css', 'planner.css']);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('stylesheets: an editable widget is first seen with planner.css applied, however late it comes', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const hold = holdPlannerSheet(page);
  await page.addInitScript(watchChips);
  const post = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="weekboard.js"></script><week-board id="yours" plan="${SEED}"></week-board>`;
  await page.route('**/editable.html', (r) => r.fulfill({ contentType: 'text/html', body: post }));
  const plannerIn = page.waitForResponse(PLANNER_WASM);
  // The load event waits for the stylesheet: go on once the page is there.
  await page.goto(`${env.server.url}editable.html`, { waitUntil: 'commit' });
  await hold.wanted;
  await plannerIn;
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#yours [data-day]').count(), 0, 'nothing drawn without its stylesheet');
  assert.equal(await page.locator('#yours .wb-embed-status').isVisible(), true, 'the placeholder says it is loading');
  hold.release();
  await page.waitForSelector('#yours [data-palette-chip]');
  await twoFrames(page);
  const looks = await page.evaluate(() => window.looks);
  assert.ok(looks.length > 0);
  assert.deepEqual([...new Set(looks)], ['999px inline-flex']);
  await context.close();
});

test('stylesheets: planner.css that fails to load is named in the widget, which stays as it was', async () => {
  const { context, page, errors } = await openWidgets('viewer', [{ id: 'seed', plan: SEED }], {
    setup: (p) => p.route(PLANNER_SHEET, (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  await page.waitForSelector('#seed [data-day="6"]');
  await page.click('#seed [data-testid="edit-copy"]');
  await page.waitForSelector('#seed .wb-embed-status[role="alert"]');
  assert.match(await page.textContent('#seed .wb-embed-status'), /^Your copy couldn’t open: the planner didn’t download\./);
  assert.equal(await page.locator('#seed [data-testid="card-menu"]').count(), 0, 'no unstyled planner');
  assert.equal(await page.locator('#seed [data-day]').count(), 7, 'the post\'s week still shows');
  assert.equal(await page.textContent('#seed [data-testid="edit-copy"]'), 'Edit a copy', 'and the button can try again');
  assert.ok(errors.some((e) => /weekboard could not open a copy/.test(e)), errors.join('\n'));
  await context.close();
});
