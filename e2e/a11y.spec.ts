// Accessibility: axe-core on each main screen, in light and dark; nothing serious or critical.

import { readFileSync } from 'node:fs';
import { dropFiles, FISHERMEN, HARBOUR, openSample, storyOption, wantFullStops } from './desk';
import { expect, SAMPLE, test } from './fixtures';
import { allViolations, eachScreen, seriousViolations } from './axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the empty desk', async ({ page }) => {
      await expect(page.getByText('Drop raw copy anywhere')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the import summary, with a refused file', async ({ page }) => {
      const dialog = await dropFiles(page, [
        SAMPLE,
        { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('\n\n') },
      ]);
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expect(dialog).toContainText('2 stories');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a story under review, with its removed lines and its source', async ({ page }) => {
      await wantFullStops(page);
      await openSample(page);
      const approve = page.getByRole('button', { name: 'Approve', exact: true });
      // Each status colour on screen, on the selected row and on another: approved, spiked.
      await approve.click();
      // Its caption is not in house style: approving asks first (checked as it is shown).
      const ask = page.getByRole('dialog', { name: 'Approve with open flags' });
      await expect(ask).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await ask.getByRole('button', { name: 'Approve anyway' }).click();
      await storyOption(page, FISHERMEN).click();
      await page.getByRole('button', { name: 'Spike', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Removed lines' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await storyOption(page, HARBOUR).click();
      await expect(approve).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('tab', { name: 'Source' }).click();
      await expect(page.getByRole('listbox', { name: 'Source lines' })).toContainText(HARBOUR);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

// The desk's own controls (story bar, panel handles, status bar, ticked lines, document search) at
// the smallest and a large window, each theme: no violation of any impact.
eachScreen(() => {
  test('the desk with two documents, lines ticked and an action to undo', async ({ page }) => {
    await expect(page.getByText('Drop raw copy anywhere')).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
    const dialog = await dropFiles(page, [
      SAMPLE,
      { name: 'second.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE) },
    ]);
    await dialog.getByRole('button', { name: 'Review the split' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('checkbox', { name: 'Tick line 5' }).check();
    await page.getByRole('button', { name: 'Merge with next' }).click();
    await expect(page.getByRole('contentinfo')).toContainText('Merged');
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Source' }).click();
    await expect(page.getByRole('listbox', { name: 'Source lines' })).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
  });
});
