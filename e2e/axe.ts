// Axe over the page as it stands. The desk's screens must have no violation of any impact at
// 1024x700 and 1920x1080, in each theme: every spec checks its own screens with this one reading.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every violation axe finds, of any impact, one line per element. */
export async function allViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary}`),
  );
}
