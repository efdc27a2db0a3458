// Axe over the page as it stands. The desk's screens must have no violation of any impact at
// 1024x700 and 1920x1080, in each theme: every spec checks its own screens with this one reading,
// on the screens eachScreen gives.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test } from './fixtures';

/** Every violation axe finds, of any impact, one line per element. */
export async function allViolations(page: Page): Promise<string[]> {
  return violations(page, () => true);
}

/** The violations axe rates serious or critical, one line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return violations(page, (impact) => impact === 'serious' || impact === 'critical');
}

async function violations(
  page: Page,
  counts: (impact: string | null | undefined) => boolean,
): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found
    .filter((v) => counts(v.impact))
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary}`),
    );
}

/** The windows every screen is checked at: the smallest the desk supports, and a large one. */
const SIZES = [
  [1024, 700],
  [1920, 1080],
] as const;

/**
 * The tests `define` makes, once for each window size and theme, each group named for them
 * (`1024x700, dark`) and its pages opened at that size in that theme.
 */
export function eachScreen(define: () => void): void {
  for (const [width, height] of SIZES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test.describe(`${width}x${height}, ${colorScheme}`, () => {
        test.use({ viewport: { width, height }, colorScheme });
        define();
      });
    }
  }
}
