// Text a runner reads keeps WCAG AA contrast (4.5:1; 3:1 for large or bold large
// text) against what is behind it, in light and dark: the accent-coloured links and
// buttons, the findings, the muted figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPlanner } from './support.mjs';

const env = serveAndLaunch();

const TEXT = [
  '.wb-why summary', '.wb-fix', '[data-testid="suggest"]', '.wb-finding-message', '.wb-finding-severity',
  '.wb-verdict', '.wb-score-max', '.wb-day-totals', '.wb-card-facts', '.wb-card-title', '.wb-week-totals dt',
  '.wb-week-totals dd', '.wb-hint', '.wb-day-date', '[data-testid="undo"]',
];

/** Every element of the selectors: its contrast against the first opaque
 *  background behind it, and what it needs. */
function contrasts(selectors) {
  const parse = (text) => {
    const n = text.match(/[\d.]+/g).map(Number);
    // rgb(r, g, b[, a]) in 0–255, or color(srgb r g b[ / a]) in 0–1.
    const [r, g, b, a = 1] = text.startsWith('color(') ? [n[0] * 255, n[1] * 255, n[2] * 255, n[3] ?? 1] : n;
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const c = [r, g, b].map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg.a > 0.95) return bg;
    }
    return { r: 255, g: 255, b: 255 };
  };
  const out = [];
  for (const selector of selectors) {
    for (const el of document.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || style.visibility === 'hidden' || Number(style.opacity) < 1) continue;
      if (el.getAttribute('aria-disabled') === 'true' || el.disabled) continue;
      const [a, b] = [lum(parse(style.color)), lum(behind(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      out.push({ selector, text: el.textContent.trim().slice(0, 30), ratio, needs: large ? 3 : 4.5 });
    }
  }
  return out;
}

for (const colorScheme of ['light', 'dark']) {
  test(`in ${colorScheme} mode, the planner's text keeps AA contrast`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const { page } = await openPlanner(context, env.server.url);
    const found = await page.evaluate(contrasts, TEXT);
    assert.ok(found.length > 20, `only ${found.length} elements measured`);
    const low = found.filter((f) => f.ratio < f.needs);
    assert.deepEqual(low.map((f) => `${f.selector} "${f.text}" ${f.ratio.toFixed(2)}:1 < ${f.needs}:1`), []);
    await context.close();
  });
}
