// Benchmark of export: 2,000 stories split from a generated dump (BBC corpus copy when ../shared is
// here), written as the app writes them, one file per story in memory, and as one combined file:
// plain text (target <= 1 s for all) and DOCX (target <= 10 s for all). Anchor in the same run:
// Pandoc turning the same stories' Markdown into DOCX, when pandoc is installed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFile } from '../electron/services/pipeline';
import { createDocument } from '../shared/document';
import { exportStories } from '../shared/export/index';
import type { ExportFormat, ExportOptions } from '../shared/export/types';
import { DEFAULT_HOUSE_STYLE } from '../shared/house-style';
import type { Story } from '../shared/model';
import { fmt, medianAsyncMs, verdict } from './measure';
import { buildDump, sourceStories } from './split';

const COUNT = 2000;

function pandocAvailable(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Milliseconds for pandoc to turn each Markdown file into DOCX, one process per file. */
function pandoc(dir: string, files: { name: string; markdown: string }[]): number {
  for (const { name, markdown } of files) writeFileSync(join(dir, `${name}.md`), markdown);
  const start = performance.now();
  for (const { name } of files) {
    const result = spawnSync('pandoc', [
      '-f',
      'markdown',
      '-t',
      'docx',
      '-o',
      join(dir, `${name}.docx`),
      join(dir, `${name}.md`),
    ]);
    if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
  }
  return performance.now() - start;
}

export async function benchExport(): Promise<void> {
  const { stories: source, from } = sourceStories();
  const { text } = buildDump(10 * 1024 * 1024, source);
  const split = await splitFile({ name: 'dump.txt', bytes: new TextEncoder().encode(text) });
  const stories: Story[] = split.stories.slice(0, COUNT);
  const document = createDocument({
    id: 'bench',
    name: 'dump.txt',
    decoded: split.decoded,
    stories,
    now: new Date(),
  });
  const options: ExportOptions = {
    houseStyle: DEFAULT_HOUSE_STYLE,
    lineEndings: 'lf',
    bom: false,
    html: 'document',
    now: new Date(),
  };
  const perStory = (format: ExportFormat) => async () => {
    let bytes = 0;
    for (const story of stories) {
      bytes += (await exportStories(format, { document, stories: [story] }, options)).length;
    }
    return bytes;
  };
  const combined = (format: ExportFormat) => () =>
    exportStories(format, { document, stories }, options);

  const captions = stories.reduce((n, s) => n + s.captions.length, 0);
  console.log(
    `\nExport: ${stories.length} stories (${captions} captions) split from a dump of ${from}`,
  );
  const warm = performance.now();
  await exportStories('docx', { document, stories: stories.slice(0, 1) }, options);
  console.log(
    `  first DOCX file (the library builds the package template) ${fmt(performance.now() - warm)} ms`,
  );

  const txtEach = await medianAsyncMs(perStory('txt'), 5);
  const txtAll = await medianAsyncMs(combined('txt'), 5);
  const docxEach = await medianAsyncMs(perStory('docx'), 3);
  const docxAll = await medianAsyncMs(combined('docx'), 3);
  console.log(
    `  txt,  ${stories.length} per-story files   ${fmt(txtEach).padStart(8)} ms   target <= 1000 ms   ${verdict(txtEach <= 1000)}`,
  );
  console.log(`  txt,  one combined file        ${fmt(txtAll).padStart(8)} ms`);
  console.log(
    `  docx, ${stories.length} per-story files   ${fmt(docxEach).padStart(8)} ms   target <= 10000 ms  ${verdict(docxEach <= 10000)}`,
  );
  console.log(`  docx, one combined file        ${fmt(docxAll).padStart(8)} ms`);

  if (!pandocAvailable()) {
    console.log('  pandoc anchor: skipped (pandoc is not installed: apt-get install pandoc)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-export-'));
  try {
    const markdown = async (list: Story[]) =>
      new TextDecoder().decode(await exportStories('md', { document, stories: list }, options));
    const all = pandoc(dir, [{ name: 'all', markdown: await markdown(stories) }]);
    const sample = stories.slice(0, 50);
    const each = await Promise.all(
      sample.map(async (story, i) => ({ name: `story-${i}`, markdown: await markdown([story]) })),
    );
    const perFile = pandoc(dir, each) / sample.length;
    const pandocEach = perFile * stories.length;
    console.log(
      `  pandoc md -> docx, one combined file          ${fmt(all).padStart(8)} ms   ours / pandoc ${fmt(docxAll / all, 3)}x`,
    );
    console.log(
      `  pandoc md -> docx, per story (x${stories.length} from ${sample.length})   ${fmt(pandocEach, 0).padStart(8)} ms   ours / pandoc ${fmt(docxEach / pandocEach, 3)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
