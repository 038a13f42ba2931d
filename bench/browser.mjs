// The in-browser figures of `make bench`, in headless Chromium through playwright-core
// (the same serve() and launch() as the end-to-end tests). Writes one JSON file.
//
//   node bench/browser.mjs --board <dist> --bare <dist> --out <file.json> [--week10 <payload>]
//
// Figures (the README, "Benchmarks", says how to read them):
// - startup: navigation start → the board's seven [data-day] columns and its score in
//   the DOM, and → the bare Yew page's seven divs; the median of BENCH_LOADS loads each,
//   alternating, each in a fresh browser context (empty cache and storage);
// - drop → paint: the Wednesday tempo dragged with the mouse between Wednesday and
//   Friday, BENCH_DROPS measured drops after BENCH_WARMUP unmeasured ones, without and
//   with 4× CPU throttling (Emulation.setCPUThrottlingRate);
//   with the renders and DOM mutations of each drop, and at 4× a DevTools trace of the
//   measured drops, split by what the main thread did;
// - drag step: pointermove → the frame showing the new drop target, at 4×, and how
//   much of it the move waits for that frame to begin;
// - "Suggest a better order": click → [data-testid="suggestion"] visible;
// - BENCH_RANDOM_DRAGS random mouse drags: time per drag, cards conserved, console
//   errors, JS heap after garbage collection;
// - the read-only embed: a page holding only the demo post's `<week-board readonly>`,
//   every file the browser fetches until the widget is drawn (each one's body, brotli
//   q11), and its startup (navigation → the board in the widget's shadow root) beside
//   the bare Yew page's, alternating as above.
import { writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve, launch, openPlanner, centre } from '../tests/e2e/support.mjs';

const { values: args } = parseArgs({
  options: {
    board: { type: 'string' },
    bare: { type: 'string' },
    out: { type: 'string' },
    week10: { type: 'string' },
  },
});
if (!args.board || !args.bare || !args.out) {
  console.error('usage: node bench/browser.mjs --board <dist> --bare <dist> --out <file.json> [--week10 <payload>]');
  process.exit(2);
}

const envInt = (name, fallback) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};
const LOADS = envInt('BENCH_LOADS', 15);
const DROPS = envInt('BENCH_DROPS', 200);
const WARMUP = envInt('BENCH_WARMUP', 10);
const RANDOM_DRAGS = envInt('BENCH_RANDOM_DRAGS', 1000);
const SUGGEST_RUNS = envInt('BENCH_SUGGEST_RUNS', 10);
const PROFILED_DROPS = envInt('BENCH_PROFILED_DROPS', 20);
const SEED = envInt('BENCH_SEED', 20240601);
const TEMPO = 3; // Wednesday's tempo in the default (seed 001 "Unbalanced") week
const DESKTOP = { width: 1280, height: 900 };

const log = (...parts) => console.error('  ', ...parts);

// ---------------------------------------------------------------------------
// Statistics

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  // Nearest rank: the smallest sample with at least q of the samples at or below it.
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? null,
    mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null,
  };
}

/** A small deterministic generator (mulberry32), so every run makes the same drags. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Startup

// Runs before the page's own scripts: notes performance.now() (milliseconds since
// navigation start) the first time the page is ready, checked after every DOM change.
function startupProbe(kind) {
  const ready = kind === 'board'
    ? () => document.querySelectorAll('[data-day]').length === 7
      && /\d/.test(document.querySelector('[data-testid="score"]')?.textContent ?? '')
    : () => document.querySelectorAll('[data-bare-day]').length === 7;
  const observer = new MutationObserver(() => {
    if (window.__wbReadyAt === undefined && ready()) {
      window.__wbReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

async function loadOnce(browser, url, kind) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.addInitScript(startupProbe, kind);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__wbReadyAt !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__wbReadyAt);
  await context.close();
  if (errors.length) throw new Error(`${kind} page errors: ${errors.join('; ')}`);
  return ms;
}

async function startup(browser, boardUrl, bareUrl) {
  // One unmeasured load of each first: the server's files are read from disk once.
  await loadOnce(browser, boardUrl, 'board');
  await loadOnce(browser, bareUrl, 'bare');
  const board = [];
  const bare = [];
  for (let i = 0; i < LOADS; i++) {
    // Alternate which goes first, so neither always follows the other.
    if (i % 2 === 0) {
      board.push(await loadOnce(browser, boardUrl, 'board'));
      bare.push(await loadOnce(browser, bareUrl, 'bare'));
    } else {
      bare.push(await loadOnce(browser, bareUrl, 'bare'));
      board.push(await loadOnce(browser, boardUrl, 'board'));
    }
  }
  const b = summary(board);
  const y = summary(bare);
  return { loads: LOADS, board: b, bare: y, ratio: b.p50 / y.p50 };
}

// ---------------------------------------------------------------------------
// Drop → paint

// Installed in the board page. For an armed drop it notes, all on performance.now()'s
// clock (milliseconds since navigation start):
//   up      the pointerup's event.timeStamp (when the browser received the release),
//   handled a task posted from the first pointerup listener: it runs once the pointerup
//           task and its microtasks (the board's handler and Yew's re-render) are done,
//   dom     the MutationObserver callback that first sees the score's text changed,
//   raf     the start of the next animation-frame callback after that,
//   paint   a task posted from that callback: it runs once the frame's style, layout,
//           paint and commit on the main thread are done.
// `wait()` resolves with them once `paint` is known.
function installDropProbe() {
  const text = () => document.querySelector('[data-testid="score"]')?.textContent ?? '';
  const s = { armed: false };
  let done = null;
  const after = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(null);
  };
  const renders = () => window.wasmBindings?.renderCounts?.() ?? null;
  addEventListener('pointerup', (e) => {
    if (!s.armed || s.up !== undefined) return;
    s.up = e.timeStamp;
    s.mutations = 0;
    performance.mark('wb-drop');
    after(() => { s.handled = performance.now(); });
  }, { capture: true });
  new MutationObserver((records) => {
    if (!s.armed || s.up === undefined) return;
    s.mutations += records.length;
    if (s.dom !== undefined || text() === s.before) return;
    s.dom = performance.now();
    requestAnimationFrame(() => {
      s.raf = performance.now();
      after(() => {
        s.paint = performance.now();
        performance.mark('wb-painted');
        s.armed = false;
        // Counted after the measurement, so reading the counts isn't part of it.
        s.rendersAfter = renders();
        done?.({ ...s, score: text() });
      });
    });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const centre = (selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  };
  window.__wbDrop = {
    /** Arms the probe; returns the centres of the card to drag and of the target. */
    arm(from, to) {
      for (const k of ['up', 'handled', 'dom', 'raf', 'paint']) delete s[k];
      s.before = text();
      s.armed = true;
      return { from: centre(from), to: centre(to) };
    },
    /** Two frames for the drag's own work to settle, then the render counts before
     *  the release (read here, outside the span measured). */
    settle() {
      return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => {
        s.rendersBefore = renders();
        ok();
      })));
    },
    wait(timeout) {
      return new Promise((ok) => {
        if (s.paint !== undefined) return ok({ ...s, score: text() });
        done = ok;
        setTimeout(() => ok(null), timeout);
      });
    },
  };
}

const twoFrames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));

/**
 * A mouse drag through the DevTools protocol, as Playwright's page.mouse sends it but
 * pipelined: the events go out together and the browser delivers them in order. Press
 * on `a`, move 8 px (past the 4 px drag threshold), halfway, onto `b`; release there
 * when `release`.
 */
function mouseDrag(cdp, a, b, { release }) {
  const send = (type, p, pressed) => cdp.send('Input.dispatchMouseEvent', {
    type, x: p.x, y: p.y, button: type === 'mouseMoved' && !pressed ? 'none' : 'left',
    buttons: pressed ? 1 : 0, clickCount: 1,
  });
  const events = [
    send('mouseMoved', a, false),
    send('mousePressed', a, true),
    send('mouseMoved', { x: a.x + 8, y: a.y + 8 }, true),
    send('mouseMoved', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, true),
    send('mouseMoved', b, true),
  ];
  if (release) events.push(send('mouseReleased', b, false));
  return Promise.all(events);
}

const mouseUp = (cdp, p) => cdp.send('Input.dispatchMouseEvent', {
  type: 'mouseReleased', x: p.x, y: p.y, button: 'left', buttons: 0, clickCount: 1,
});

/** Renders per component between two `renderCounts()` snapshots. */
function rendersBetween(before, after) {
  if (!before || !after) return null;
  const diff = {};
  for (const [name, n] of Object.entries(after)) {
    const d = n - (before[name] ?? 0);
    if (d > 0) diff[name] = d;
  }
  return diff;
}
const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The typical (median) breakdown of renders per component over many samples. */
function typicalRenders(samples) {
  const known = samples.filter(Boolean);
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => total(a) - total(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return { total: summary(known.map(total)), median };
}

async function dropToPaint(browser, url, throttle, { trace = false, drops = DROPS } = {}) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, errors } = await openPlanner(context, url);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(installDropProbe);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const wall = [];
  const handled = [];
  const mutations = [];
  const renders = [];
  let tracing = false;
  let day = '2';
  let missed = 0;
  for (let i = 0; i < WARMUP + drops; i++) {
    const to = day === '2' ? '4' : '2';
    const { from: a, to: b } = await page.evaluate(
      ([from, to]) => window.__wbDrop.arm(from, to),
      [`[data-session-id="${TEMPO}"]`, `[data-day="${to}"] .wb-day-head`],
    );
    await mouseDrag(cdp, a, b, { release: false });
    await page.evaluate(() => window.__wbDrop.settle()); // the drag's own per-frame work settles
    await mouseUp(cdp, b);
    const r = await page.evaluate((t) => window.__wbDrop.wait(t), 10_000);
    if (r === null) {
      missed++;
      if (missed > 5) throw new Error('drops stopped changing the score');
      continue;
    }
    day = to;
    if (i + 1 === WARMUP && trace) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    if (i < WARMUP) continue;
    wall.push(r.paint - r.up);
    handled.push(r.handled - r.up);
    mutations.push(r.mutations);
    renders.push(rendersBetween(r.rendersBefore, r.rendersAfter));
  }
  const traced = tracing ? JSON.parse(await browser.stopTracing()) : null;
  // BENCH_TRACE_OUT keeps the trace, to open in DevTools' Performance panel.
  if (traced && process.env.BENCH_TRACE_OUT) await writeFile(process.env.BENCH_TRACE_OUT, JSON.stringify(traced));
  const profile = traced ? summariseTrace(traced, wall.length) : null;
  const layers = await layerCount(cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const landed = await page.getAttribute(`[data-day]:has([data-session-id="${TEMPO}"])`, 'data-day');
  await context.close();
  if (landed !== day) throw new Error(`the tempo ended on day ${landed}, expected ${day}`);
  return {
    throttle, drops: wall.length, missed, errors,
    wall: summary(wall), handled: summary(handled),
    mutations: summary(mutations), renders: typicalRenders(renders), layers, profile,
  };
}

// ---------------------------------------------------------------------------
// Drag step: pointermove → the frame that shows the new drop target

// Installed in the board page. For an armed step it notes the pointermove's
// event.timeStamp, asks for an animation frame from a capture listener (so it runs
// before the pointer sensor's own frame callback, in the same frame), and from that
// callback posts a task, which runs once that frame's style, layout, paint and
// commit are done. DOM mutations in between are counted, and the renders.
function installStepProbe() {
  const s = { armed: false };
  let done = null;
  const renders = () => window.wasmBindings?.renderCounts?.() ?? null;
  new MutationObserver((records) => {
    if (s.armed && s.move !== undefined) s.mutations += records.length;
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('pointermove', (e) => {
    if (!s.armed || s.move !== undefined) return;
    s.move = e.timeStamp;
    s.mutations = 0;
    performance.mark('wb-step');
    requestAnimationFrame(() => {
      s.raf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        s.paint = performance.now();
        s.rendersAfter = renders();
        s.armed = false;
        done?.({ ...s });
      };
      channel.port2.postMessage(null);
    });
  }, { capture: true });
  window.__wbStep = {
    arm() {
      for (const k of ['move', 'raf', 'paint', 'mutations', 'rendersAfter']) delete s[k];
      // Read before the move, outside the span measured (nothing renders in between).
      s.rendersBefore = renders();
      s.armed = true;
    },
    wait(timeout) {
      return new Promise((ok) => {
        if (s.paint !== undefined) return ok({ ...s });
        done = ok;
        setTimeout(() => ok(null), timeout);
      });
    },
    target() {
      return document.querySelector('[data-day].is-target')?.dataset.day ?? null;
    },
  };
}

/** The tempo lifted with the mouse, then moved between Thursday and Friday: every
 *  step changes the drop target. */
async function dragSteps(browser, url, throttle) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, errors } = await openPlanner(context, url);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(installStepProbe);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const at = (selector) => page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  const a = await at(`[data-session-id="${TEMPO}"]`);
  const spots = [await at('[data-day="3"] .wb-day-head'), await at('[data-day="4"] .wb-day-head')];
  const move = (p, pressed = true) => cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseMoved', x: p.x, y: p.y, button: pressed ? 'left' : 'none', buttons: pressed ? 1 : 0,
  });
  await move(a, false);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: a.x, y: a.y, button: 'left', buttons: 1, clickCount: 1 });
  await move({ x: a.x + 8, y: a.y + 8 });
  await page.evaluate(twoFrames);
  const wall = [];
  const mutations = [];
  const renders = [];
  let unchanged = 0;
  const toFrame = [];
  const traceTo = process.env.BENCH_TRACE_STEPS;
  // BENCH_TRACE_STEPS=<file> keeps a trace of the steps, to open in DevTools.
  if (traceTo) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let i = 0; i < WARMUP + DROPS; i++) {
    const spot = spots[i % 2];
    const before = await page.evaluate(() => window.__wbStep.target());
    await page.evaluate(() => window.__wbStep.arm());
    await move(spot);
    const r = await page.evaluate((t) => window.__wbStep.wait(t), 10_000);
    if (r === null) throw new Error('a drag step never painted');
    const after = await page.evaluate(() => window.__wbStep.target());
    if (after === before) unchanged++;
    if (i < WARMUP) continue;
    wall.push(r.paint - r.move);
    toFrame.push(r.raf - r.move);
    mutations.push(r.mutations);
    renders.push(rendersBetween(r.rendersBefore, r.rendersAfter));
  }
  if (traceTo) await writeFile(traceTo, await browser.stopTracing());
  await page.keyboard.press('Escape');
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: a.x, y: a.y, button: 'left', buttons: 0, clickCount: 1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  if (unchanged > 2) throw new Error(`${unchanged} drag steps did not change the drop target`);
  return {
    throttle, steps: wall.length, errors,
    wall: summary(wall), toFrame: summary(toFrame), mutations: summary(mutations), renders: typicalRenders(renders),
  };
}

// ---------------------------------------------------------------------------
// Profile: where a drop's main-thread time goes (DevTools tracing)

const TRACE_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel',
];

// Trace events by what they are. Self time (an event's duration less its children's)
// is added up per kind, so nothing is counted twice.
const KINDS = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayout|HitTest|IntersectionObserverController::computeIntersections|ResizeObserverController::BroadcastObservations)$/],
  ['paint, layerize, commit', /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|PaintSetup|RasterTask)$/],
  ['garbage collection', /(GC|gc)/],
  ['script (handlers, Yew, wasm)', /^(EventDispatch|FunctionCall|v8\.|V8\.|RunMicrotasks|FireAnimationFrame|TimerFire|EvaluateScript|v8\.run|v8\.callFunction)/],
];
const kindOf = (name) => (KINDS.find(([, re]) => re.test(name)) ?? ['other'])[0];

function summariseTrace({ traceEvents: events }, drops) {
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && (e.name === 'wb-drop' || e.name === 'wb-painted'));
  if (marks.length === 0) return null;
  const pid = marks[0].pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? marks[0].tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Windows: each pointerup's dispatch (or its mark) → the mark after its frame.
  const windows = [];
  const starts = marks.filter((m) => m.name === 'wb-drop').sort((a, b) => a.ts - b.ts);
  const ends = marks.filter((m) => m.name === 'wb-painted').sort((a, b) => a.ts - b.ts);
  for (const start of starts) {
    const end = ends.find((e) => e.ts > start.ts);
    if (!end) continue;
    const dispatch = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerup'
      && e.ts <= start.ts && e.ts + e.dur >= start.ts).at(-1);
    windows.push([dispatch?.ts ?? start.ts, end.ts]);
  }
  // Wall-clock self time (what the throttled page waits for) and thread time
  // (`tdur`: the CPU the main thread spent, unthrottled and unmoved by other
  // work on the machine, so steps compare fairly on a busy machine).
  const byKind = {};
  const cpuByKind = {};
  const byName = {};
  let forced = 0;
  let cpuTotal = 0;
  for (const [from, to] of windows) {
    const inside = onMain.filter((e) => e.ts < to && e.ts + e.dur > from);
    const stack = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const clipped = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
      const cpu = (e.tdur ?? e.dur) * (e.dur > 0 ? clipped / e.dur : 0);
      e.self = clipped;
      e.cpuSelf = cpu;
      const parent = stack.at(-1);
      if (parent) {
        parent.self -= clipped;
        parent.cpuSelf -= cpu;
      } else {
        cpuTotal += cpu;
      }
      e.inScript = parent ? (parent.inScript || kindOf(parent.name).startsWith('script')) : false;
      stack.push(e);
    }
    for (const e of inside) {
      const kind = kindOf(e.name);
      byKind[kind] = (byKind[kind] ?? 0) + e.self;
      cpuByKind[kind] = (cpuByKind[kind] ?? 0) + Math.max(0, e.cpuSelf);
      byName[e.name] = (byName[e.name] ?? 0) + e.self;
      if (e.inScript && (kind === 'style' || kind === 'layout')) forced += e.self;
    }
  }
  const n = Math.max(1, windows.length);
  const perDrop = (us) => us / 1000 / n;
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, perDrop(v)]));
  return {
    drops: windows.length, expected: drops,
    total: perDrop(windows.reduce((a, [f, t]) => a + (t - f), 0)),
    kinds: sorted(byKind),
    cpu: perDrop(cpuTotal),
    cpuKinds: sorted(cpuByKind),
    top: Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => [k, perDrop(v)]),
    forcedByScript: perDrop(forced),
  };
}

/** Composited layers in the page now (DevTools LayerTree). */
async function layerCount(cdp) {
  const layers = new Promise((ok) => {
    cdp.once('LayerTree.layerTreeDidChange', (e) => ok(e.layers?.filter((l) => l.drawsContent).length ?? null));
    setTimeout(() => ok(null), 2000);
  });
  await cdp.send('LayerTree.enable');
  // The tree is reported when it next changes: a scroll of one pixel changes it.
  await cdp.send('Runtime.evaluate', { expression: 'scrollBy(0, 1)' });
  const n = await layers;
  await cdp.send('LayerTree.disable');
  return n;
}

// ---------------------------------------------------------------------------
// Suggest a better order

// Notes the click on the suggest button and the first moment a suggestion is visible.
function installSuggestProbe() {
  const s = {};
  addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid="suggest"]')) {
      s.click = performance.now();
      delete s.shown;
    }
  }, { capture: true });
  const visible = () => {
    const el = document.querySelector('[data-testid="suggestion"]');
    return el !== null && el.checkVisibility();
  };
  new MutationObserver(() => {
    if (s.click !== undefined && s.shown === undefined && visible()) s.shown = performance.now();
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__wbSuggest = {
    reset() { delete s.click; delete s.shown; },
    result() { return s.shown === undefined ? null : s.shown - s.click; },
  };
}

async function suggestRuns(browser, url, path, label) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, errors } = await openPlanner(context, url, { path });
  if ((await page.locator('[data-testid="suggest"]').count()) === 0) {
    await context.close();
    return { label, measured: false, reason: 'no UI ([data-testid="suggest"] absent)' };
  }
  const sessions = await page.locator('[data-day] [data-session-id]').count();
  await page.evaluate(installSuggestProbe);
  const times = [];
  let spent = 0;
  // Up to SUGGEST_RUNS clicks; a slow search stops after two, or one past 15 s in all.
  for (let i = 0; i < SUGGEST_RUNS && !(spent > 15_000 && times.length >= 2) && spent < 30_000; i++) {
    if ((await page.locator('[data-testid="close-suggestion"]').count()) > 0) {
      await page.click('[data-testid="close-suggestion"]');
    }
    await page.evaluate(twoFrames);
    await page.evaluate(() => window.__wbSuggest.reset());
    await page.click('[data-testid="suggest"]');
    const ms = await (await page.waitForFunction(() => window.__wbSuggest.result(), null, { timeout: 60_000, polling: 50 })).jsonValue();
    times.push(ms);
    spent += ms;
  }
  await context.close();
  return { label, measured: true, sessions, first: times[0], runs: summary(times), errors };
}

async function suggest(browser, url) {
  const out = [await suggestRuns(browser, url, '', 'seed 001 Unbalanced week')];
  if (args.week10 && out[0].measured) {
    out.push(await suggestRuns(browser, url, `#plan=${args.week10}`, '10 sessions (scoring bench week)'));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Random drags

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { used: usedSize, nodes, listeners: jsEventListeners };
}

// Installed in the board page for the random drags: where every card and day is, and
// how long each pointerup took to handle (its event.timeStamp → a task posted from the
// first pointerup listener, which runs after the handler and Yew's re-render).
function installRandomProbe() {
  let up;
  let handled;
  addEventListener('pointerup', (e) => {
    up = e.timeStamp;
    handled = undefined;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { handled = performance.now() - up; };
    channel.port2.postMessage(null);
  }, { capture: true });
  const box = (el) => el.getBoundingClientRect();
  window.__wbRandom = {
    layout() {
      return {
        cards: [...document.querySelectorAll('[data-day] [data-session-id]')].map((el) => {
          const r = box(el);
          return { id: el.dataset.sessionId, x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }),
        days: [...document.querySelectorAll('[data-day]')].map((el) => {
          const r = box(el);
          return { day: el.dataset.day, x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      };
    },
    /** After the next frame: the last drop's handling time and the new layout. */
    settle() {
      return new Promise((ok) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => ok({ handled, layout: window.__wbRandom.layout() });
        channel.port2.postMessage(null);
      }));
    },
  };
}

async function randomDrags(browser, url) {
  // Tall enough that a day holding every card still fits without scrolling.
  const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const { page, errors } = await openPlanner(context, url);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(installRandomProbe);
  const next = random(SEED);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const ids = (layout) => layout.cards.map((c) => c.id).sort().join(',');
  let layout = await page.evaluate(() => window.__wbRandom.layout());
  const start = ids(layout);
  const startCount = layout.cards.length;
  /** One drag of a random card to a random point of a random day; returns the drop's handling time. */
  const oneDrag = async () => {
    const card = pick(layout.cards);
    const day = pick(layout.days);
    const to = { x: day.x + day.w * (0.2 + 0.6 * next()), y: day.y + 12 + (day.h - 24) * next() };
    await mouseDrag(cdp, card, to, { release: true });
    const settled = await page.evaluate(() => window.__wbRandom.settle());
    layout = settled.layout;
    return settled.handled;
  };
  for (let i = 0; i < 20; i++) await oneDrag(); // warm-up, not counted
  const heaps = [{ after: 0, ...(await heap(cdp)) }];
  const times = [];
  const handled = [];
  let lost = 0;
  const began = performance.now();
  for (let i = 1; i <= RANDOM_DRAGS; i++) {
    const t = performance.now();
    const h = await oneDrag();
    times.push(performance.now() - t);
    if (typeof h === 'number') handled.push(h);
    if (ids(layout) !== start) lost++;
    if (i % 250 === 0 || i === RANDOM_DRAGS) heaps.push({ after: i, ...(await heap(cdp)) });
  }
  const elapsed = performance.now() - began;
  await context.close();
  const first = heaps[0];
  const last = heaps.at(-1);
  // Not growing: after garbage collection the JS heap ends within 10% (and at least
  // 256 KiB) of where it stood after the warm-up. DOM nodes and listeners are listed
  // but not judged: they follow the week on the board (more findings, more nodes).
  const growth = last.used - first.used;
  return {
    drags: times.length,
    perDrag: { ...summary(times), overall: elapsed / Math.max(1, times.length) },
    handled: summary(handled),
    cards: { start: startCount, end: layout.cards.length, dragsWithCardsChanged: lost, conserved: lost === 0 },
    errors,
    heaps,
    heapGrowth: growth,
    heapGrowing: growth > Math.max(0.1 * first.used, 256 * 1024),
  };
}

// ---------------------------------------------------------------------------
// The read-only embed

// The demo post's read-only widget (static/embed-demo.html), alone on a page.
const READONLY_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="weekboard.js"></script>
<week-board id="sent-week" plan="AQAREREBBAYFAgQAE2Q" readonly units="km"></week-board>`;

// Runs before the page's scripts: as startupProbe, but looking inside the widget's
// shadow root, which a MutationObserver on the document doesn't see.
function readonlyProbe() {
  const ready = () => {
    const root = document.querySelector('week-board')?.shadowRoot;
    return root?.querySelectorAll('[data-day]').length === 7
      && /\d/.test(root.querySelector('[data-testid="score"]')?.textContent ?? '');
  };
  const observer = new MutationObserver(() => {
    if (window.__wbReadyAt === undefined && ready()) {
      window.__wbReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return root;
  };
}

const brotli = (file, body) => brotliCompressSync(body, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
  },
}).length;

/** One load of the read-only page: ms to the drawn widget, and the files fetched
 *  by then (the page itself aside). */
async function readonlyOnce(browser, url) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.route('**/readonly.html', (r) => r.fulfill({ contentType: 'text/html', body: READONLY_PAGE }));
  const bodies = [];
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname.split('/').pop();
    if (file !== 'readonly.html') bodies.push(response.body().then((body) => ({ file, body })));
  });
  await page.addInitScript(readonlyProbe);
  await page.goto(`${url}readonly.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__wbReadyAt !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__wbReadyAt);
  const fetched = (await Promise.all(bodies)).map(({ file, body }) => ({ file, raw: body.length, brotli: brotli(file, body) }));
  await context.close();
  if (errors.length) throw new Error(`read-only page errors: ${errors.join('; ')}`);
  return { ms, fetched };
}

async function readonly(browser, boardUrl, bareUrl) {
  const { fetched } = await readonlyOnce(browser, boardUrl);
  await loadOnce(browser, bareUrl, 'bare');
  const viewer = [];
  const bare = [];
  for (let i = 0; i < LOADS; i++) {
    if (i % 2 === 0) {
      viewer.push((await readonlyOnce(browser, boardUrl)).ms);
      bare.push(await loadOnce(browser, bareUrl, 'bare'));
    } else {
      bare.push(await loadOnce(browser, bareUrl, 'bare'));
      viewer.push((await readonlyOnce(browser, boardUrl)).ms);
    }
  }
  const v = summary(viewer);
  const y = summary(bare);
  return {
    fetched,
    brotli: fetched.reduce((a, f) => a + f.brotli, 0),
    // The planner, or its stylesheet: neither belongs on a read-only page.
    plannerFetched: fetched.some((f) => /^(weekboard-[0-9a-f]+_bg\.wasm|planner-[0-9a-f]+\.css)$/.test(f.file)),
    startup: { loads: LOADS, viewer: v, bare: y, ratio: v.p50 / y.p50 },
  };
}

// ---------------------------------------------------------------------------

const server = await serve(resolve(args.board));
const bareServer = await serve(resolve(args.bare));
const browser = await launch();
const result = { chromium: browser.version() };
// BENCH_ONLY=drop1x,drop4x runs only those stages: a quick before/after of one change.
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const stage = async (name, fn) => {
  if (only.length && !only.includes(name)) return;
  const t = performance.now();
  log(`${name}…`);
  try {
    result[name] = await fn();
  } catch (err) {
    result[name] = { failed: String(err?.message ?? err) };
    log(`${name} failed: ${result[name].failed}`);
  }
  log(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
};
try {
  await stage('startup', () => startup(browser, server.url, bareServer.url));
  await stage('drop1x', () => dropToPaint(browser, server.url, 1));
  await stage('drop4x', () => dropToPaint(browser, server.url, 4));
  // Tracing slows what it watches: the profile is a run of its own.
  await stage('profile4x', () => dropToPaint(browser, server.url, 4, { trace: true, drops: PROFILED_DROPS }));
  await stage('step4x', () => dragSteps(browser, server.url, 4));
  await stage('suggest', () => suggest(browser, server.url));
  await stage('random', () => randomDrags(browser, server.url));
  await stage('readonly', () => readonly(browser, server.url, bareServer.url));
} finally {
  await browser.close();
  await server.close();
  await bareServer.close();
}
await writeFile(args.out, JSON.stringify(result, null, 2) + '\n');
