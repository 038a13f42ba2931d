// Shared by the end-to-end tests: serves the release build (dist/) on a free
// loopback port and launches Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** weekboard.js with its read-only viewer switched off, so the planner draws every
 *  widget: the loader's source (the shipped one is minified) with this build's file
 *  names filled in, as scripts/embed-bundle.sh fills them. */
export async function plannerOnlyLoader() {
  const files = await readdir(DIST);
  const one = (pattern) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`expected one ${pattern} in dist/, found ${found.length}`);
    return found[0];
  };
  const source = await readFile(join(ROOT, 'static/embed/weekboard.js'), 'utf8');
  const loader = source
    .replace('__GLUE__', one(/^weekboard-[0-9a-f]+\.js$/))
    .replace('__WASM__', one(/^weekboard-[0-9a-f]+_bg\.wasm$/))
    .replace('__CSS__', one(/^weekboard-[0-9a-f]+\.css$/))
    .replace('__PLANNER_CSS__', one(/^planner-[0-9a-f]+\.css$/))
    .replace('__VIEWER_GLUE__', one(/^weekboard-viewer-[0-9a-f]+\.js$/))
    .replace('__VIEWER_WASM__', one(/^weekboard-viewer-[0-9a-f]+_bg\.wasm$/))
    .replace('const READONLY_VIEWER = true;', 'const READONLY_VIEWER = false;');
  if (!loader.includes('READONLY_VIEWER = false') || loader.includes("'./__")) {
    throw new Error('static/embed/weekboard.js no longer has the placeholders or the switch this expects');
  }
  return loader;
}

/** A page whose read-only widgets are drawn by `bundle`: 'viewer' (as shipped) or
 *  'planner' (its read-only mode), on a fixed clock; notes every request and every
 *  console error or uncaught exception. */
export async function readOnlyPage(browser, bundle, contextOptions = {}, now = '2026-12-09T10:00:00') {
  const context = await browser.newContext(contextOptions);
  await context.clock.setFixedTime(new Date(now));
  const page = await context.newPage();
  const errors = [];
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (bundle === 'planner') {
    const body = await plannerOnlyLoader();
    await page.route('**/weekboard.js', (r) => r.fulfill({ contentType: 'text/javascript', body }));
  }
  return { context, page, errors, fetched };
}

/** Serves `dir` on 127.0.0.1; resolves to { url, close }. */
export async function serve(dir = DIST) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Chromium as this machine needs it: headless, no sandbox (root), no background traffic. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** For a test file: serves dist/ and launches Chromium before its tests, closes both
 *  after them. Read `.server` and `.browser` inside the tests. */
export function serveAndLaunch() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Opens the planner in a new page and waits for the board; collects console errors. */
export async function openPlanner(context, url, { path = '' } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url + path);
  await page.waitForSelector('[data-day="6"] ');
  return { page, errors };
}

/** Opens the planner in a fresh 1280×900 context of the browser `env` (from
 *  serveAndLaunch) launched; resolves to { context, page, errors }. */
export async function openDesktop(env) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const opened = await openPlanner(context, env.server.url);
  return { context, ...opened };
}

/** Resolves once the planner's autosave has run: it waits for the browser to be
 *  idle (idle callbacks run in the order asked, so this one runs after it). */
export async function autosaved(page) {
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(), { timeout: 5000 })));
}

/** The score as a number. */
export async function score(page) {
  return Number((await page.textContent('[data-testid="score"]')).trim());
}

/** The storage day (0 = Monday) a session sits on. */
export async function dayOf(page, sessionId) {
  return page.getAttribute(`[data-day]:has([data-session-id="${sessionId}"])`, 'data-day');
}

/** Finding codes shown in the panel. */
export async function findingCodes(page) {
  return page.$$eval('[data-finding-code]', (els) => els.map((e) => e.dataset.findingCode));
}

/** The centre of an element's box. */
export async function centre(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Resolves once the page has stopped scrolling: a swipe's fling can outlast any
 *  fixed wait on a busy machine, and moves what a later `centre` measured. */
export async function scrollSettled(page) {
  let last = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
  }
  throw new Error('the page kept scrolling for 5 s');
}

/** A 390 px phone: touch, two device pixels per CSS pixel. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Opens the planner on a phone-sized touch context of `env`; resolves to
 *  { context, page, errors, touch }, `touch(type, points)` sending DevTools touch
 *  events (which go through the browser's own gesture handling: they scroll). */
export async function openPhone(env) {
  const context = await env.browser.newContext(PHONE);
  const opened = await openPlanner(context, env.server.url);
  const cdp = await context.newCDPSession(opened.page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  return { context, ...opened, touch };
}

/** What has focus: a card's id, a test id, a name, or the tag. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.dataset.sessionId ?? el?.dataset.testid ?? el?.getAttribute('name') ?? el?.tagName.toLowerCase();
  });
}

/** A plan file's JSON (docs/plan-format.md) for `days` ({ mon: [session…], … });
 *  ids are numbered in order. */
export function planJson(days) {
  let id = 0;
  const numbered = Object.fromEntries(Object.entries(days).map(([day, sessions]) =>
    [day, sessions.map((s) => ({ id: ++id, minutes: 0, ...s }))]));
  return JSON.stringify({ version: 1, days: numbered });
}

/** Opens a plan file through the board's own file input. */
export async function openPlanFile(page, json, name = 'week.json') {
  await page.setInputFiles('[data-testid="import-file"]', {
    name, mimeType: 'application/json', buffer: Buffer.from(json),
  });
  await page.waitForSelector('.wb-tool-message.is-ok');
}

/** The word on screen about what just happened, once it has faded in and if it is
 *  inside the window; null if none shows within a second. */
export async function shownWord(page) {
  const shown = await page.waitForFunction(() => {
    const word = document.querySelector('[data-testid="status-word"]');
    if (!word) return null;
    const box = word.getBoundingClientRect();
    const style = getComputedStyle(word);
    const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0.9
      && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
    return visible ? word.textContent : null;
  }, null, { timeout: 1000 }).catch(() => null);
  return shown ? shown.jsonValue() : null;
}
