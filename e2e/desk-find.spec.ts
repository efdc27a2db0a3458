// Find takes the keys typed right after Ctrl+F: not one lands in the story, from the body, the
// headline or a caption, however fast the editor types.

import type { Locator, Page } from '@playwright/test';
import { caretAtEndOfBody, HARBOUR, openSample } from './desk';
import { expect, test } from './fixtures';

const TRIES = 20;

/** Ctrl+F then a word at once, `TRIES` times over, with no wait between the keys. */
async function findAtOnce(page: Page, from: Locator, focus: () => Promise<void>) {
  const body = page.getByRole('textbox', { name: 'Body' });
  const find = page.getByRole('textbox', { name: 'Find' });
  const bodyBefore = await body.innerText();
  const fromBefore = await from.evaluate((el) =>
    'value' in el ? String(el.value) : (el.textContent ?? ''),
  );
  for (let i = 0; i < TRIES; i++) {
    await focus();
    const word = `bridge${i}`;
    await page.keyboard.press('ControlOrMeta+F');
    await page.keyboard.type(word);
    await expect(find, `try ${i + 1}`).toBeFocused();
    await expect(find, `try ${i + 1}`).toHaveValue(word);
    await page.keyboard.press('Escape');
    await expect(find).toBeHidden();
    // Escape hands the focus back to where Ctrl+F was pressed.
    await expect(from).toBeFocused();
  }
  await expect(body).toHaveText(bodyBefore, { useInnerText: true });
  const fromAfter = await from.evaluate((el) =>
    'value' in el ? String(el.value) : (el.textContent ?? ''),
  );
  expect(fromAfter).toBe(fromBefore);
}

test('keys typed right after Ctrl+F in the body go to the find field, every time', async ({
  page,
}) => {
  await openSample(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await findAtOnce(page, body, () => caretAtEndOfBody(page));
});

test('keys typed right after Ctrl+F in the headline or a caption go to the find field', async ({
  page,
}) => {
  await openSample(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const caption = page.getByRole('textbox', { name: 'Caption 1' });
  await findAtOnce(page, headline, async () => {
    await headline.click();
    await page.keyboard.press('End');
  });
  await expect(headline).toHaveValue(HARBOUR);
  await findAtOnce(page, caption, async () => {
    await caption.click();
    await page.keyboard.press('End');
  });
});
