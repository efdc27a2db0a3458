// Benchmark of web-page import: 5 MB news pages generated in a real site's shape around corpus
// stories (shared/testing/newspage.ts: head of styles and scripts, mega-menu, icons, ad slots,
// related and most-read lists, a JSON state blob), through the import pipeline as the app runs it
// (target < 2 s, issue 11). The same-run baseline is a plain-text import of the page's own text
// (the stored source: one block a line) through the split engine. The import's CPU time is printed
// too: on a shared machine, wall time also counts the other processes' turns.

import { splitFile } from '../electron/services/pipeline';
import { rng } from '../shared/testing/dumps';
import { makeNewsPage, type NewsPageOptions } from '../shared/testing/newspage';
import { fmt, medianPairMs, verdict } from './measure';
import { sourceStories } from './split';

const MB = 1024 * 1024;
const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] as number;
const TARGET_MS = 2000;

const SHAPES: { shape: NewsPageOptions['shape']; label: string }[] = [
  { shape: 'single', label: 'one <article>, teasers' },
  { shape: 'front', label: 'front, an <article> each' },
  { shape: 'divs', label: 'no <article>, teasers' },
];

export async function benchHtml(): Promise<void> {
  const { stories, from } = sourceStories();
  console.log(
    `\nWeb-page import: 5 MB news pages, full import against a plain-text import of the page's text, medians in this run; copy from ${from}`,
  );
  for (const { shape, label } of SHAPES) {
    const page = makeNewsPage(stories, rng(5), { targetBytes: 5 * MB, shape });
    const bytes = new TextEncoder().encode(page.html);
    const text = new TextEncoder().encode(
      (await splitFile({ name: 'page.html', bytes })).decoded.text,
    );
    let found = 0;
    let textFound = 0;
    const cpu: number[] = [];
    const [html, plain] = await medianPairMs(
      async () => {
        const before = process.cpuUsage();
        found = (await splitFile({ name: 'page.html', bytes })).stories.length;
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      },
      async () => (textFound = (await splitFile({ name: 'page.txt', bytes: text })).stories.length),
      { warmup: 1, runs: 5 },
    );
    console.log(
      `  ${label.padEnd(26)} ${fmt(bytes.length / MB, 1)} MB  ${String(page.stories.length).padStart(4)} stories (found ${found})  ` +
        `html ${fmt(html, 0).padStart(5)} ms (cpu ${fmt(median(cpu), 0)} ms)  plain text of it ${fmt(plain, 0).padStart(5)} ms (${fmt(text.length / MB, 2)} MB, ${textFound} stories)  ` +
        `ratio ${fmt(html / plain, 2)}x  target < ${TARGET_MS} ms: wall ${verdict(html < TARGET_MS)}, cpu ${verdict(median(cpu) < TARGET_MS)}`,
    );
  }
}
