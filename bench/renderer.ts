// Benchmark of the desk in Chromium through the e2e host (the real services): a ~10 MB dump imported
// to its first story on screen, measured from the moment the split's answer reaches the page; and
// the renderer bundle size. Needs a build (`npm run build`) and Chromium.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import { startHost } from '../e2e/host';
import { fmt, verdict } from './measure';
import { buildDump, sourceStories } from './split';

const REPO = resolve(import.meta.dirname, '..');
const RENDERER = join(REPO, 'out/renderer');

export function bundleSize(): void {
  const assets = join(RENDERER, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const bytes = js.reduce((n, f) => n + statSync(join(assets, f)).size, 0);
  const mb = bytes / 1024 / 1024;
  console.log(
    `\nRenderer bundle: ${js.length} JS file(s), ${fmt(mb, 2)} MB minified   target <= 1.5 MB   ${verdict(mb <= 1.5)}`,
  );
}

export async function benchImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-ui-'));
  const { stories } = sourceStories();
  const { text, count } = buildDump(10 * 1024 * 1024, stories);
  const file = join(dir, 'dump-10mb.txt');
  writeFileSync(file, text);
  const host = await startHost({ port: 0, dataDir: join(dir, 'data') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const runs: { split: number; shown: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      await page.goto(`${host.url}/?library=bench-${run}`);
      await page.getByLabel('Choose files').setInputFiles(file);
      await page.getByRole('dialog', { name: 'Import' }).waitFor({ timeout: 60_000 });
      await page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first().waitFor();
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      const marks = (await page.evaluate(`(() => {
        const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        return { start: at('copydesk:import-start'), done: at('copydesk:import-done'), shown: at('copydesk:stories-shown') };
      })()`)) as { start: number; done: number; shown: number };
      await page.close();
      runs.push({ split: marks.done - marks.start, shown: marks.shown - marks.done });
    }
    runs.sort((a, b) => a.shown - b.shown);
    const median = runs[1] as { split: number; shown: number };
    console.log(
      `\nImport in the desk (Chromium, e2e host): ${fmt(Buffer.byteLength(text) / 1024 / 1024, 2)} MB, ${count} stories, median of 3`,
    );
    console.log(`  upload + decode + split + store (baseline)  ${fmt(median.split, 0)} ms`);
    console.log(
      `  split answered -> first story on screen     ${fmt(median.shown, 0)} ms   target <= 500 ms   ${verdict(median.shown <= 500)}`,
    );
    console.log(
      `  ratio on-screen / split                     ${fmt(median.shown / median.split, 2)}x`,
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function rendererBuilt(): boolean {
  return existsSync(join(RENDERER, 'index.html'));
}
