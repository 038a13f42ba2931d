// Takes the README's screenshots of the release build: desktop (1280 px) and phone
// (390 px), light and dark, and a read-only embed in the demo blog post on a phone.
// The clock is fixed, so the dates on the board are the same on every run.
//   node scripts/screenshots.mjs [outdir]   (after `make dist`)
import { serve, launch, openPlanner } from '../tests/e2e/support.mjs';

const out = process.argv[2] ?? 'docs';
const server = await serve();
const browser = await launch();
try {
  for (const [name, options] of [
    ['board-desktop', { viewport: { width: 1280, height: 900 } }],
    ['board-phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
    ['board-desktop-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
    ['board-phone-dark', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
  ]) {
    const context = await browser.newContext(options);
    await context.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
    const { page } = await openPlanner(context, server.url);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: name.startsWith('board-phone') });
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${server.url}embed-demo.html`);
  await page.waitForSelector('#sent-week [data-day="6"]');
  await page.locator('#sent-week').screenshot({ path: `${out}/embed-phone.png` });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
