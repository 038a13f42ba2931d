// Plans that survive: share links, autosave, broken links, storage trouble, XSS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner, score, dayOf, autosaved, planJson, openPlanFile } from './support.mjs';

const env = serveAndLaunch();

const TEMPO = 3;

/** The day of the week's tempo (ids are renumbered when a link is opened). */
async function tempoDay(page) {
  return page.getAttribute('[data-day]:has([data-session-kind="tempo"])', 'data-day');
}

async function cards(page) {
  return page.$$eval('[data-session-id]', (els) =>
    els.map((e) => `${e.closest('[data-day]').dataset.day}:${e.dataset.sessionKind}:${e.querySelector('.wb-card-title').textContent}`));
}

/** Copies the board's link, catching what goes to the clipboard. */
async function linkOf(page) {
  await page.evaluate(() => {
    navigator.clipboard.writeText = (text) => { window.__copied = text; return Promise.resolve(); };
  });
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => window.__copied);
  return page.evaluate(() => { const t = window.__copied; window.__copied = undefined; return t; });
}

test('copy link, open it in a fresh browser: same board, same score', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const { page } = await openPlanner(context, env.server.url);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  await page.click('[data-testid="copy-link"]');
  await page.waitForSelector('.wb-tool-message.is-ok');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(url, /#plan=[A-Za-z0-9_-]+$/);
  const expected = { cards: await cards(page), score: await score(page) };

  const fresh = await env.browser.newContext();
  const { page: other, errors } = await openPlanner(fresh, url.replace(env.server.url, env.server.url));
  assert.deepEqual(await cards(other), expected.cards);
  assert.equal(await score(other), expected.score);
  assert.equal(await other.locator('[data-testid="shared-banner"]').count(), 1);
  assert.deepEqual(errors, []);
  await fresh.close();
  await context.close();
});

test('a refused clipboard shows the link to copy by hand', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('[data-testid="copy-link"]');
  const field = page.locator('[data-testid="link-field"]');
  await field.waitFor();
  assert.match(await field.inputValue(), /^http:\/\/127\.0\.0\.1:\d+\/#plan=/);
  await context.close();
});

test('opening a shared week keeps the visitor\'s own week, and either can be chosen', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  // The visitor's own week: tempo moved to Friday (autosaved).
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  await autosaved(page); // autosave waits for the browser to be idle
  const ownSaved = await page.evaluate(() => localStorage.getItem('weekboard:plan'));
  assert.ok(ownSaved.includes('"version": 2'));

  // Someone shares the default week with the tempo on Saturday.
  const sharer = await env.browser.newContext();
  const { page: sharing } = await openPlanner(sharer, env.server.url);
  await sharing.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await sharing.click(`[data-session-id="${TEMPO}"] [data-pick-day="5"]`);
  const link = await linkOf(sharing);
  await sharer.close();

  await page.goto(link);
  await page.waitForSelector('[data-testid="shared-banner"]');
  assert.equal(await tempoDay(page), '5');
  assert.equal(await page.evaluate(() => localStorage.getItem('weekboard:plan')), ownSaved);
  await page.click('[data-testid="back-to-own"]');
  assert.equal(await tempoDay(page), '4');
  assert.equal(await page.locator('[data-testid="shared-banner"]').count(), 0);

  await page.goto(link);
  await page.waitForSelector('[data-testid="shared-banner"]');
  await page.click('[data-testid="keep-shared"]');
  assert.equal(await page.locator('[data-testid="shared-banner"]').count(), 0);
  await page.reload();
  await page.waitForSelector('[data-day="6"]');
  assert.equal(await tempoDay(page), '5', 'the kept week is now the saved one');
  await context.close();
});

test('an edit is saved even when the page goes before the browser is idle', async () => {
  const context = await env.browser.newContext();
  // Autosave waits for an idle moment; here none ever comes, so only leaving the
  // page (pagehide) can save the edit.
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 1;
    window.cancelIdleCallback = () => {};
  });
  const { page } = await openPlanner(context, env.server.url);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  assert.equal(await page.evaluate(() => localStorage.getItem('weekboard:plan')), null, 'not saved yet');
  await page.reload();
  await page.waitForSelector('[data-day="6"]');
  assert.equal(await dayOf(page, TEMPO), '4', 'saved on the way out');
  await context.close();
});

test('broken links say what is wrong and leave the saved week untouched', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  const good = (await linkOf(page)).split('#plan=')[1];
  await autosaved(page); // autosave waits for the browser to be idle
  const saved = await page.evaluate(() => localStorage.getItem('weekboard:plan'));
  const broken = {
    truncated: good.slice(0, 6),
    garbage: '!!!not*a*link',
    'unknown version': 'BwAREREBAgYCAAUCE2Q',
    'too large': 'A'.repeat(400_000),
    'invalid values': null,
    empty: '',
  };
  // A valid encoding of an invalid value: a session of 900 minutes (varint 0x84 0x07).
  broken['invalid values'] = Buffer.from([1, 0, 1, 0, 0, 0, 0x12, 0x84, 0x07]).toString('base64url');
  for (const [what, payload] of Object.entries(broken)) {
    await page.goto(`${env.server.url}#plan=${payload}`);
    await page.waitForSelector('[data-day="6"]');
    const notice = await page.locator('[data-testid="notice"] p').last().textContent();
    assert.match(notice, /^This link\b.+\. Your own week is shown instead\.$/, what);
    assert.doesNotMatch(notice, /This link.*This link/, `${what}: the words come once`);
    assert.equal(await dayOf(page, TEMPO), '4', `${what}: own week shown`);
    assert.equal(await page.evaluate(() => localStorage.getItem('weekboard:plan')), saved, `${what}: saved week untouched`);
    assert.equal(await page.locator('[data-testid="shared-banner"]').count(), 0);
  }
  await context.close();
});

test('with storage disabled the board still works and says so once', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page, errors } = await openPlanner(context, env.server.url);
  assert.equal(await page.locator('[data-testid="notice"]').count(), 1);
  assert.match(await page.textContent('[data-testid="notice"] p'), /isn't letting weekboard save/);
  const before = await score(page);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  assert.equal(await dayOf(page, TEMPO), '4');
  assert.notEqual(await score(page), before);
  assert.equal(await page.locator('[data-testid="notice"]').count(), 1, 'said once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt saved week is kept under a backup key, and the board starts fresh', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('weekboard:plan', '{"version": 1, "days": {"mon": [{"kind": "jogging"}]}}');
    }
  });
  const { page } = await openPlanner(context, env.server.url);
  const notice = await page.textContent('[data-testid="notice"] p');
  assert.match(notice, /could not be read .*jogging.*weekboard:plan:backup/);
  assert.equal(await page.evaluate(() => localStorage.getItem('weekboard:plan:backup')),
    '{"version": 1, "days": {"mon": [{"kind": "jogging"}]}}');
  assert.equal(await page.locator('[data-day]').count(), 7);
  await context.close();
});

test('titles from a link render as text, never as HTML', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  const hostile = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>'];
  for (const [i, title] of hostile.entries()) {
    const id = i + 1;
    await page.click(`[data-session-id="${id}"] [data-testid="card-menu"]`);
    await page.click(`[data-session-id="${id}"] [data-testid="card-menu-panel"] button:has-text("Edit")`);
    await page.fill('[data-testid="edit-dialog"] input[name="title"]', title);
    await page.fill('[data-testid="edit-dialog"] textarea[name="notes"]', title);
    await page.click('[data-testid="edit-save"]');
  }
  const link = await linkOf(page);
  const visitor = await env.browser.newContext();
  const { page: other } = await openPlanner(visitor, link);
  await other.waitForTimeout(200);
  assert.equal(await other.evaluate(() => window.__xss), undefined);
  assert.equal(await other.locator('.wb-app img, .wb-app script').count(), 0);
  assert.equal(await other.textContent('[data-session-id="1"] .wb-card-title'), hostile[0]);
  assert.equal(await other.textContent('[data-session-id="2"] .wb-card-title'), hostile[1]);
  await visitor.close();
  await context.close();
});

test('export a plan file and open it again; a bad file says why and changes nothing', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page } = await openPlanner(context, env.server.url);
  await page.click(`[data-session-id="${TEMPO}"] [data-testid="card-menu"]`);
  await page.click(`[data-session-id="${TEMPO}"] [data-pick-day="4"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
  assert.equal(download.suggestedFilename(), 'weekboard-plan.json');
  const path = await download.path();
  await page.click('[data-testid="undo"]');
  assert.equal(await dayOf(page, TEMPO), '2');
  await page.setInputFiles('[data-testid="import-file"]', path);
  await page.waitForSelector('.wb-tool-message.is-ok');
  assert.equal(await dayOf(page, TEMPO), '4');

  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'week.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 9}'),
  });
  await page.waitForSelector('.wb-tool-message.is-error');
  assert.match(await page.textContent('.wb-tool-message.is-error'), /week\.json is not a plan this board can open: .*version 9.*\. Your week is unchanged\.$/);
  assert.equal(await dayOf(page, TEMPO), '4');

  const [calendar] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-ics"]')]);
  assert.equal(calendar.suggestedFilename(), 'weekboard-week.ics');
  await context.close();
});

/** The "since last edit" change shown by the score, if any. */
const delta = (page) => page.locator('[data-testid="score-delta"]');

/** Moves the tempo to `day` from its menu: an edit. */
async function moveTempo(page, day) {
  await page.click('[data-session-kind="tempo"] [data-testid="card-menu"]');
  await page.click(`[data-session-kind="tempo"] [data-pick-day="${day}"]`);
}

test('opening a plan is not an edit: no "since last edit" after a file, a link or one\'s own week again', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  await moveTempo(page, 4);
  assert.match(await delta(page).textContent(), /since last edit/, 'an edit shows it');

  await openPlanFile(page, planJson({ mon: [{ kind: 'easy', minutes: 40 }], wed: [{ kind: 'tempo', minutes: 50 }] }));
  assert.equal(await delta(page).count(), 0, 'after opening a file');
  await moveTempo(page, 4);
  assert.equal(await delta(page).count(), 1, 'an edit of the opened plan shows it again');

  const link = await linkOf(page);
  await moveTempo(page, 5);
  await page.goto(link); // the same page: the link comes in through hashchange
  await page.waitForSelector('[data-testid="shared-banner"]');
  assert.equal(await delta(page).count(), 0, 'after opening a link');
  await page.click('[data-testid="back-to-own"]');
  assert.equal(await tempoDay(page), '5');
  assert.equal(await delta(page).count(), 0, 'after going back to one\'s own week');
  await page.goto(link);
  await page.waitForSelector('[data-testid="shared-banner"]');
  await page.click('[data-testid="keep-shared"]');
  assert.equal(await delta(page).count(), 0, 'after keeping a shared week');
  await context.close();
});

test('the printout shows the score without "since last edit"', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  await moveTempo(page, 4);
  assert.equal(await delta(page).isVisible(), true);
  const shown = await page.textContent('[data-testid="score"]');
  // Printing at once after the move: the browser says `beforeprint` first (which
  // emulating print media doesn't), and the sheet, a moment behind the board,
  // catches up.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await delta(page).isVisible(), false, 'hidden in print');
  // The print sheet carries the score, and no "since last edit".
  const sheet = await page.locator('[data-testid="print-sheet"]').innerText();
  assert.match(sheet, new RegExp(`${shown.trim()}/100`));
  assert.doesNotMatch(sheet, /since last edit/);
  await context.close();
});

test('a fragment that is not a weekboard link is left alone, at load and later', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  await moveTempo(page, 4);
  await autosaved(page);
  for (const fragment of ['#foo=bar', '#top', '#planning']) {
    const { page: opened } = await openPlanner(context, env.server.url, { path: fragment });
    assert.equal(await opened.locator('[data-testid="notice"]').count(), 0, `${fragment} at load`);
    assert.equal(await tempoDay(opened), '4', `${fragment}: the runner's own week`);
    assert.equal(await opened.evaluate(() => location.hash), fragment, `${fragment} stays in the address`);
    await opened.close();
  }
  for (const fragment of ['#foo=bar', '#section-2']) {
    await page.evaluate((f) => { location.hash = f; }, fragment);
    await page.waitForTimeout(100); // hashchange is a task of its own
    assert.equal(await page.locator('[data-testid="notice"]').count(), 0, `a later ${fragment}`);
    assert.equal(await page.locator('[data-testid="shared-banner"]').count(), 0);
    assert.equal(await page.evaluate(() => location.hash), fragment);
  }
  await context.close();
});

test('a link too long for mail and chat apps is copied with a word about its length', async () => {
  const context = await env.browser.newContext();
  const { page } = await openPlanner(context, env.server.url);
  const short = await linkOf(page);
  assert.ok(short.length < 2000);
  assert.doesNotMatch(await page.textContent('.wb-tool-message'), /characters/, 'a short link: no word about its length');

  // 40 sessions, each with 1,000 characters of notes: a link of over 50,000 characters.
  const notes = (i) => Array.from({ length: 100 }, (_, j) => `k${(i * 131 + j * 17) % 997}`).join(' ').padEnd(1000, '.').slice(0, 1000);
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const sessions = Object.fromEntries(days.map((d) => [d, []]));
  for (let i = 0; i < 40; i++) sessions[days[i % 7]].push({ kind: 'easy', minutes: 30, notes: notes(i) });
  await openPlanFile(page, planJson(sessions));
  const long = await linkOf(page);
  assert.ok(long.length > 50_000, `${long.length} characters`);
  const message = await page.textContent('.wb-tool-message');
  const shown = long.length.toLocaleString('en-US');
  assert.match(message, new RegExp(`${shown} characters`), message);
  assert.match(message, /2,000/);
  assert.match(message, /plan file/);

  // Refused by the clipboard, the same word comes with the link to copy by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('[data-testid="copy-link"]');
  await page.locator('[data-testid="link-field"]').waitFor();
  assert.match(await page.textContent('.wb-tool-message'), new RegExp(`${shown} characters`));
  await context.close();
});
