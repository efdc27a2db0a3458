// Accessibility: axe-core on each main screen, in light and dark; nothing serious or critical.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dropFiles, FISHERMEN, HARBOUR, openSample, storyOption, wantFullStops } from './desk';
import { expect, SAMPLE, test } from './fixtures';

/** Violations axe rates serious or critical, one line each: rule, impact, where, what. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary}`),
    );
}

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
      await expect(page.getByRole('list', { name: 'Source' })).toContainText(HARBOUR);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
