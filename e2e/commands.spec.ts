// The command palette and the shortcut sheet, keyboard only; the review keys from inside the copy;
// the theme switch; each screen checked with axe at the smallest and a large window.

import type { Page } from '@playwright/test';
import {
  caretAtEndOfBody,
  dropFiles,
  FISHERMEN,
  HARBOUR,
  storyOption,
  wantFullStops,
} from './desk';
import { expect, SAMPLE, storyOptions, test } from './fixtures';
import { allViolations, eachScreen } from './axe';

/** Drops the sample and accepts the summary with the keyboard: the stories list has the focus. */
async function openSampleByKeys(page: Page) {
  const dialog = await dropFiles(page, [SAMPLE]);
  await expect(dialog.getByRole('button', { name: 'Review the split' })).toBeFocused();
  // The summary comes before the document has loaded behind it: the list to go back to.
  await expect(storyOptions(page)).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toBeFocused();
}

test('the palette finds a command as it is typed, runs it with Enter, and Escape goes back', async ({
  page,
}) => {
  await openSampleByKeys(page);
  const list = page.getByRole('listbox', { name: 'Stories' });
  const palette = page.getByRole('dialog', { name: 'Commands' });
  const field = palette.getByRole('combobox', { name: 'Command' });

  await page.keyboard.press('ControlOrMeta+K');
  await expect(palette).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  // Every desk command is listed, each with its shortcut where it has one.
  const options = palette.getByRole('option');
  await expect(options.filter({ hasText: 'Approve and next' })).toContainText(/Ctrl\+Enter|⌘↩/);

  // Escape closes it and the focus is back on the list.
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(list).toBeFocused();

  // Typing filters; the arrows move the active option; Enter runs it.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await expect(field).toBeFocused();
  await page.keyboard.type('move story');
  await expect(options).toHaveText([/^Move story up/, /^Move story down/]);
  // The first story cannot move up: shown, but disabled.
  await expect(options.nth(0)).toHaveAttribute('aria-disabled', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id'))!,
  );
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(
    page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first(),
  ).toHaveAccessibleName(new RegExp(`^${FISHERMEN}`));
  await expect(list).toBeFocused();

  // Nothing matches: said so, and Enter does nothing.
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('xyzzy');
  await expect(options).toHaveCount(0);
  await expect(palette.getByText('No command matches')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeFocused();
});

test('a command from the palette acts where the focus was: undo in the headline', async ({
  page,
}) => {
  await openSampleByKeys(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Today');
  await expect(headline).toHaveValue(`${HARBOUR} Today`);
  // Ctrl/Cmd+K in a text field opens the palette too.
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('undo');
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  // The field's own undo took back some of the typing (how much is the browser's call).
  await expect(headline).not.toHaveValue(`${HARBOUR} Today`);
  await expect(headline).toHaveValue(new RegExp(`^${HARBOUR}`));
});

test('the shortcut sheet opens with ? and from the status bar, lists the keys, and closes', async ({
  page,
}) => {
  await openSampleByKeys(page);
  const list = page.getByRole('listbox', { name: 'Stories' });
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  for (const group of ['Review', 'Story', 'Edit', 'Body', 'File', 'Help']) {
    await expect(sheet.getByRole('heading', { name: group })).toBeVisible();
  }
  await expect(sheet.getByRole('definition').first()).toBeVisible();
  await expect(sheet).toContainText(/Approve and next\s*(Ctrl\+Enter|⌘↩)/);
  await expect(sheet).toContainText('in the stories list');
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(list).toBeFocused();

  // ? in a text field is a question mark.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type('?');
  await expect(headline).toHaveValue(`${HARBOUR}?`);
  await expect(sheet).toBeHidden();
  // Ctrl/Cmd+/ opens it from there; the status bar's button too.
  await page.keyboard.press('ControlOrMeta+/');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(headline).toBeFocused();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});

test('the review keys work while typing in the body and a caption', async ({ page }) => {
  await openSampleByKeys(page);
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  const spike = page.getByRole('button', { name: /^(Spike|Unspike)$/ });
  const body = page.getByRole('textbox', { name: 'Body' });
  const bodyBefore = await body.innerText();
  await caretAtEndOfBody(page);
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await expect(spike).toHaveAttribute('aria-pressed', 'true');
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Shift+R');
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, Reviewed,/);
  // Approving from the caption: the story is approved (no flags in the default house style).
  await page.getByRole('textbox', { name: 'Caption 1' }).click();
  await page.keyboard.press('ControlOrMeta+Shift+A');
  await expect(approve).toHaveAttribute('aria-pressed', 'true');
  await expect(body).toHaveText(bodyBefore, { useInnerText: true });
  // And on: Ctrl/Cmd+Enter from the caption approves the story and opens the next one.
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
});

test('F8 goes on to the next story with problems, round the end of the list', async ({ page }) => {
  // The Harbour caption has no full stop: flagged under this house style.
  await wantFullStops(page);
  await openSampleByKeys(page);
  await page.keyboard.press('ArrowDown');
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('F8');
  await expect(storyOption(page, HARBOUR)).toHaveAttribute('aria-selected', 'true');
});

test('the theme switch sets the same theme setting, and the page follows it', async ({ page }) => {
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  const background = () =>
    page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  // Kept by the backend, as the View menu's choice is: a reload shows it.
  const saved = await page.evaluate(`window.copydesk.getSettings({})`);
  expect(saved).toMatchObject({ ok: true, value: { theme: 'dark' } });
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background()).not.toBe(light);
  // From the palette, as well.
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('theme light');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe(light);
});

eachScreen(() => {
  test('the palette and the shortcut sheet pass axe', async ({ page }) => {
    await openSampleByKeys(page);
    await page.keyboard.press('ControlOrMeta+K');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await expect(palette).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
    await page.keyboard.type('theme');
    expect(await allViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
    // The sheet fits or scrolls: its Close button can be reached.
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeInViewport();
  });
});
