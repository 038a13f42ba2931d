// The runner profile form: a field says what is wrong only while what it shows is
// wrong, keeps the text the runner typed, and leaves the other fields' words alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openDesktop } from './support.mjs';

const env = serveAndLaunch();

// Each numeric field, a valid value, and one out of its bounds.
const FIELDS = [
  { name: 'age', valid: '50', invalid: '7', error: /Age must be from 10 to 100/ },
  { name: 'usual-distance', valid: '40', invalid: '900', error: /usual week must be a distance up to 500 km/ },
  { name: 'usual-minutes', valid: '300', invalid: '5000', error: /Usual minutes must be a whole number up to 3000/ },
  { name: 'longest-distance', valid: '16', invalid: 'far', error: /longest run must be a distance up to 300 km/ },
  { name: 'longest-minutes', valid: '95', invalid: '2000', error: /Longest run minutes must be a whole number up to 1440/ },
];

/** Types `text` into a profile field and leaves it, as a runner would. */
async function enter(page, name, text) {
  const input = page.locator(`.wb-profile input[name="${name}"]`);
  await input.click();
  await input.fill(text);
  await page.keyboard.press('Tab');
}

/** The field's error, or null, and whether it is marked invalid. */
function fieldState(page, name) {
  return page.$eval(`.wb-profile input[name="${name}"]`, (input) => ({
    value: input.value,
    invalid: input.getAttribute('aria-invalid') === 'true',
    error: input.closest('label').querySelector('.wb-field-error')?.textContent ?? null,
  }));
}

for (const field of FIELDS) {
  test(`profile ${field.name}: ${field.valid} → ${field.invalid} → ${field.valid} ends with no error`, async () => {
    const { context, page } = await openDesktop(env);
    await enter(page, field.name, field.valid);
    assert.deepEqual(await fieldState(page, field.name), { value: field.valid, invalid: false, error: null });
    await enter(page, field.name, field.invalid);
    const wrong = await fieldState(page, field.name);
    assert.match(wrong.error ?? '', field.error);
    assert.equal(wrong.invalid, true);
    await enter(page, field.name, field.valid);
    assert.deepEqual(await fieldState(page, field.name), { value: field.valid, invalid: false, error: null });
    assert.equal(wrong.value, field.invalid, 'the typed text stayed to be corrected');
    await context.close();
  });
}

test('an error stays on its own field while another field is changed, and goes once it is corrected', async () => {
  const { context, page } = await openDesktop(env);
  await enter(page, 'age', '7');
  await enter(page, 'usual-minutes', '5000');
  assert.match((await fieldState(page, 'age')).error ?? '', /Age must be/);
  assert.match((await fieldState(page, 'usual-minutes')).error ?? '', /Usual minutes must be/);
  await enter(page, 'longest-minutes', '95');
  assert.match((await fieldState(page, 'age')).error ?? '', /Age must be/, 'a valid change elsewhere keeps it');
  await enter(page, 'age', '');
  assert.deepEqual(await fieldState(page, 'age'), { value: '', invalid: false, error: null }, 'empty clears it');
  assert.match((await fieldState(page, 'usual-minutes')).error ?? '', /Usual minutes must be/);
  await enter(page, 'usual-minutes', '300');
  assert.equal((await fieldState(page, 'usual-minutes')).error, null);
  await context.close();
});
