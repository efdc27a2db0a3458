// The desk's layout as an editor meets it at 1024x700 and 1920x1080: actions with a hierarchy in a
// bar that stays put while only the copy scrolls, a status bar that never covers the copy, side
// panels that resize and hide, a reading measure, nothing clipped; and the keys that move about it.

import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  caretAtEndOfBody,
  dropFiles,
  FISHERMEN,
  HARBOUR,
  openSample,
  storyOption,
  wantFullStops,
} from './desk';
import { expect, SAMPLE, storyOptions, test } from './fixtures';

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

/** The longest line, in characters, of the body's first paragraph as it is laid out. */
function longestBodyLine(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const p = document.querySelector('.body-paragraph');
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const counts = new Map();
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        counts.set(top, (counts.get(top) ?? 0) + 1);
      }
    }
    return Math.max(...counts.values());
  })()`);
}

test.describe('at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('Approve leads a one-row bar that stays put while only the copy scrolls', async ({
    page,
  }) => {
    await openSample(page);
    const bar = page.getByRole('toolbar', { name: 'Story actions' });
    const approve = bar.getByRole('button', { name: 'Approve', exact: true });
    const next = bar.getByRole('button', { name: 'Approve and next' });
    const moveDown = bar.getByRole('button', { name: 'Move down' });
    // The main actions come first and look it; the structural ones follow, quieter, on one row.
    await expect(approve).toHaveClass(/\bprimary\b/);
    await expect(moveDown).not.toHaveClass(/\bprimary\b/);
    const [a, n, m] = [await box(approve), await box(next), await box(moveDown)];
    expect(Math.abs(a.y - m.y)).toBeLessThan(4);
    expect(a.x).toBeLessThan(n.x);
    expect(n.x).toBeLessThan(m.x);

    // A longer story: paragraphs typed at the end of the body.
    await caretAtEndOfBody(page);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(
        `Paragraph ${i + 1} of the reporter's follow-up, long enough.`,
      );
    }
    await page.getByRole('textbox', { name: 'Headline' }).focus();
    await page.locator('.story-scroll').evaluate((el) => el.scrollTo(0, 0));

    // Scrolling the story moves the copy under the bar; the bar and the window stay where they are.
    const headline = page.getByRole('textbox', { name: 'Headline' });
    const before = { bar: await box(bar), headline: await box(headline) };
    await page.getByRole('textbox', { name: 'Body' }).hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(async () => (await box(headline)).y).toBeLessThan(before.headline.y - 50);
    expect(await box(bar)).toEqual(before.bar);
    expect(await page.evaluate('document.scrollingElement.scrollTop')).toBe(0);

    // The find bar stays in view too while the body scrolls.
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('textbox', { name: 'Find' });
    await expect(find).toBeFocused();
    await page.getByRole('textbox', { name: 'Body' }).hover();
    await page.mouse.wheel(0, 600);
    const f = await box(find);
    expect(f.y).toBeGreaterThanOrEqual((await box(bar)).y + (await box(bar)).height - 1);
    expect(f.y + f.height).toBeLessThanOrEqual(700);
  });

  test('Approve and next approves the story and selects the next one', async ({ page }) => {
    await openSample(page);
    await page.getByRole('button', { name: 'Approve and next' }).click();
    await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
    await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, Approved,/);
    // From the keyboard, anywhere in the story: Ctrl+Enter in the body.
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.press('Control+Enter');
    await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Approved,/);
    await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(2);
  });

  test('saving and the last action show in a status bar under the copy, never over it', async ({
    page,
  }) => {
    await openSample(page);
    await page.getByRole('button', { name: 'Merge with next' }).click();
    const saved = page.getByText('All changes saved');
    await expect(saved).toBeVisible();
    const undo = page.locator('.action-status').getByRole('button', { name: 'Undo' });
    await expect(undo).toBeVisible();
    const bar = page.getByRole('contentinfo');
    await expect(bar).toContainText('All changes saved');
    await expect(bar).toContainText('Merged');
    // Everything the story shows ends above the status bar.
    const copy = await box(page.locator('.story-scroll'));
    for (const item of [saved, undo]) {
      expect((await box(item)).y).toBeGreaterThanOrEqual(copy.y + copy.height - 1);
    }
    await undo.click();
    await expect(storyOptions(page)).toHaveCount(2);
  });

  test('nothing is clipped: the credit and dateline fit, the caption shows whole, the body is in view', async ({
    page,
  }) => {
    await wantFullStops(page);
    await openSample(page);
    const credit = page.getByRole('textbox', { name: 'Credit 1' });
    const dateline = page.getByRole('textbox', { name: 'Dateline 1' });
    // Room for a credit such as "Jane Doe/Reuters" and a dateline such as "LONDON, 3 March 2025".
    await credit.fill('Jane Doe/Reuters');
    await dateline.fill('LONDON, 3 March 2025');
    for (const field of [credit, dateline]) {
      expect(await field.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    // The caption grows with its text rather than scrolling it.
    const caption = page.getByRole('textbox', { name: 'Caption 1' });
    await caption.fill(
      'Workers inspect the repaired deck of the bridge at dawn, three weeks after a storm tore away part of it, as the first commuters cross',
    );
    expect(await caption.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await caption.fill('Workers inspect the repaired deck of the bridge at dawn');
    // The flag says what is wrong and what Fix will do.
    await expect(page.getByRole('list', { name: 'Problems with caption 1' })).toHaveText(
      'No full stop at the end: Fix adds one.',
    );
    // The body starts above the fold.
    const body = await box(page.getByRole('textbox', { name: 'Body' }));
    expect(body.y + 40).toBeLessThan(700 - (await box(page.getByRole('contentinfo'))).height);
  });

  test('side panels resize from the keyboard and hide, giving the story their room', async ({
    page,
  }) => {
    await openSample(page);
    const story = page.getByRole('article', { name: 'Story' });
    const wide = (await box(story)).width;
    const handle = page.getByRole('separator', { name: 'Resize the stories panel' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(handle).toHaveAttribute('aria-valuenow', String(before - 16));
    await expect.poll(async () => (await box(story)).width).toBeCloseTo(wide + 16, 0);

    await page.getByRole('button', { name: 'Hide the inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    await expect.poll(async () => (await box(story)).width).toBeGreaterThan(wide + 150);
    await page.getByRole('button', { name: 'Show the inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
    // The widths the editor chose outlive a reload.
    await page.reload();
    await expect(page.getByRole('separator', { name: 'Resize the stories panel' })).toHaveAttribute(
      'aria-valuenow',
      String(before - 16),
    );
  });
});

test.describe('at 1920x1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('body lines keep a reading measure of about 60 to 75 characters', async ({ page }) => {
    await openSample(page);
    const longest = await longestBodyLine(page);
    expect(longest).toBeGreaterThanOrEqual(55);
    expect(longest).toBeLessThanOrEqual(80);
  });
});

test('Removed lines come grouped by reason; several go back in one undoable step', async ({
  page,
}) => {
  await openSample(page);
  const removed = page.getByRole('region', { name: 'Removed lines' });
  await expect(removed.getByRole('list')).toHaveCount(3);
  await expect(
    removed.getByRole('list', { name: 'Caption printed again' }).getByRole('listitem'),
  ).toHaveCount(3);
  await removed.getByRole('checkbox', { name: 'Tick line 5' }).check();
  await removed.getByRole('checkbox', { name: 'Tick line 7' }).check();
  await removed.getByRole('button', { name: 'Restore to the body' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(5);
  await expect(page.locator('.action-status')).toContainText('Restored 2 lines to the body');
  await expect(removed.getByRole('listitem')).toHaveCount(3);
  await page.locator('.action-status').getByRole('button', { name: 'Undo' }).click();
  await expect(body.locator('p')).toHaveCount(3);
  await expect(removed.getByRole('listitem')).toHaveCount(5);
});

test('keys: Escape leaves a dialog for its opener and the copy for the list; tabs take arrows', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Copydesk');
  await openSample(page);
  // The open document names the screen.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('harbour-and-fishermen.txt');

  const style = page.getByRole('button', { name: 'House style…' });
  await style.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'House style' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'House style' })).toBeHidden();
  await expect(style).toBeFocused();

  const exporting = page.getByRole('button', { name: 'Export…' });
  await exporting.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();
  await expect(exporting).toBeFocused();

  // From the copy, Escape goes back to the stories list.
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Stories' })).toBeFocused();

  // The inspector's tabs: one tab stop, the arrows move between them and show each.
  const removedTab = page.getByRole('tab', { name: /^Removed/ });
  const sourceTab = page.getByRole('tab', { name: 'Source' });
  await removedTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(sourceTab).toBeFocused();
  await expect(sourceTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Source' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(removedTab).toBeFocused();
  await expect(removedTab).toHaveAttribute('aria-selected', 'true');
  await expect(sourceTab).toHaveAttribute('tabindex', '-1');
});

test('documents: the open one is always named; search narrows the list; several go at once', async ({
  page,
}) => {
  const text = readFileSync(SAMPLE);
  const names = ['monday-wires.txt', 'tuesday-wires.txt', 'harbour-desk.txt'];
  const dialog = await dropFiles(
    page,
    names.map((name) => ({ name, mimeType: 'text/plain', buffer: text })),
  );
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expect(dialog).toBeHidden();
  const library = page.getByRole('navigation', { name: 'Documents' });
  await expect(library.getByRole('listitem')).toHaveCount(3);
  // The open document's name heads the stories, whatever the list shows.
  const open = await page.getByRole('heading', { level: 1 }).textContent();
  expect(names).toContain(open);

  const search = library.getByRole('searchbox', { name: 'Search documents' });
  await search.fill('wires');
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(open ?? '');
  await library.getByRole('checkbox', { name: 'Tick monday-wires.txt' }).check();
  await library.getByRole('checkbox', { name: 'Tick tuesday-wires.txt' }).check();
  await library.getByRole('button', { name: 'Remove 2…' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove documents' });
  // Listed as in the library, most recently imported first.
  await expect(ask.getByRole('listitem')).toHaveCount(2);
  await expect(ask).toContainText('monday-wires.txt');
  await expect(ask).toContainText('tuesday-wires.txt');
  await ask.getByRole('button', { name: 'Remove 2' }).click();
  await search.fill('');
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library).toContainText('harbour-desk.txt');
  await expect(library).not.toContainText('wires');
});
