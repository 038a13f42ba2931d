// The read-only viewer's own allocator (a free list, see viewer/Cargo.toml) must
// give back what each redraw takes: a widget a reader points at for an hour may not
// grow. Drives the viewer's wasm API directly, thousands of redraws, and reads the
// size of its memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { serveAndLaunch, DIST } from './support.mjs';

const env = serveAndLaunch();

/** Five weeks with workouts, so every redraw parses notation and writes findings. */
const BLOCK = {
  version: 2,
  start: '2026-11-30',
  weeks: [90, 100, 110, 120, 130].map((long) => ({
    days: {
      mon: [{ kind: 'easy', minutes: 40 }],
      tue: [{ kind: 'intervals', minutes: 60, workout: "6 x 800m @ 5K pace w/ 2' jog", title: 'Track & "jog"' }],
      wed: [{ kind: 'tempo', minutes: 50, workout: '2 mi easy + 4 mi @ threshold + 2 mi easy' }],
      thu: [{ kind: 'tempo', minutes: 50, rpe: 7 }],
      sat: [{ kind: 'easy', minutes: 30 }, { kind: 'strength', minutes: 30 }],
      sun: [{ kind: 'long_run', minutes: long, workout: '16 mi, last 10 mi @ MP' }],
    },
  })),
};

test('the viewer redraws thousands of times in the memory it started with', async () => {
  const glue = (await readdir(DIST)).find((f) => /^weekboard-viewer-[0-9a-f]+\.js$/.test(f));
  assert.ok(glue, 'the viewer bundle is in dist/');
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}embed-demo.html`);
  const sizes = await page.evaluate(async ({ glue, plan }) => {
    const { encodePlan } = await import('/weekboard.js');
    const link = await encodePlan(plan);
    const viewer = await import(`/${glue}`);
    const wasm = await viewer.default();
    const view = new viewer.View(20261201);
    view.ask(0, link);
    view.ask(4, 'https://example.org/');
    view.open();
    const drawn = view.html().length;
    const redraw = (i) => {
      view.act(2, i % 4); // lights a finding
      if (i % 7 === 0) view.act(0, i % 5); // shows a week
      if (i % 11 === 0) view.act(5, 0); // more or fewer findings
      view.act(6, i % 2 ? 390 : 1280); // a new width
      return view.html().length;
    };
    for (let i = 0; i < 200; i++) redraw(i);
    const warm = wasm.memory.buffer.byteLength;
    for (let i = 0; i < 3000; i++) redraw(i);
    return { drawn, warm, after: wasm.memory.buffer.byteLength };
  }, { glue, plan: BLOCK });
  assert.ok(sizes.drawn > 10_000, `a real widget was drawn (${sizes.drawn} characters)`);
  assert.equal(sizes.after, sizes.warm, `memory grew from ${sizes.warm} to ${sizes.after} bytes`);
  await page.close();
});
