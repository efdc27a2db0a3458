// Benchmark of the Word import: a 200-page .docx (about 100,000 words, ~500 a page, in stories with
// Heading 1 headlines, captions and formatted body paragraphs) read and split as the app does it
// (read the file, open the zip, mammoth, the markup to stories), against the same copy as a .txt
// through the plain-text split, measured in the same run. Target: under 2 s.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFile } from '../electron/services/pipeline';
import { readInput } from '../electron/services/read-input';
import { docxFile, p, styled, type Para } from '../electron/services/testing/docx-fixture';
import { fmt, medianAsyncMs, verdict } from './measure';
import { sourceStories } from './split';

const PAGES = 200;
const WORDS_PER_PAGE = 500;
const TARGET_MS = 2000;

/** The corpus's stories as Word paragraphs and as text, until the copy fills the pages. */
function copy(): { paras: Para[]; text: string; stories: number; words: number } {
  const { stories } = sourceStories();
  const paras: Para[] = [];
  const text: string[] = [];
  let words = 0;
  let count = 0;
  for (let i = 0; words < PAGES * WORDS_PER_PAGE; i++) {
    const story = stories[i % stories.length];
    if (!story) break;
    count++;
    paras.push(styled('Heading1', story.headline));
    text.push(story.headline, '');
    paras.push(styled('Caption', `A picture of the story, number ${i + 1}. (AFP)`));
    text.push(`A picture of the story, number ${i + 1}. (AFP)`, '');
    for (const [n, para] of story.body.entries()) {
      words += para.split(/\s+/).length;
      // Every third paragraph with formatting, as copy from a correspondent has.
      const [first, ...rest] = para.split(' ');
      paras.push(
        n % 3 === 0 && first
          ? p({ text: first, bold: true }, ' ', { text: rest.join(' '), italic: n % 2 === 0 })
          : p(para),
      );
      text.push(para, '');
    }
    text.push('');
  }
  return { paras, text: text.join('\n'), stories: count, words };
}

export async function benchSources(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-docx-'));
  try {
    const { paras, text, stories, words } = copy();
    const docx = join(dir, 'pages.docx');
    const txt = join(dir, 'pages.txt');
    writeFileSync(docx, await docxFile(paras));
    writeFileSync(txt, text);
    const importFile = async (file: string) => {
      const name = file.endsWith('.docx') ? 'pages.docx' : 'pages.txt';
      return (await splitFile({ name, bytes: await readInput(file) })).stories.length;
    };
    let found = 0;
    await importFile(docx); // warm-up: the modules load once
    await importFile(txt);
    const docxMs = await medianAsyncMs(async () => (found = await importFile(docx)), 5);
    const txtMs = await medianAsyncMs(() => importFile(txt), 5);
    const kb = (await readInput(docx)).length / 1024;
    console.log(
      `docx: ${PAGES} pages (${words} words, ${stories} stories, ${fmt(kb, 0)} KB) imported in ${fmt(docxMs, 0)} ms, ${found} stories found; the same copy as .txt ${fmt(txtMs, 0)} ms (${fmt(docxMs / txtMs, 1)}x); target < ${TARGET_MS} ms: ${verdict(docxMs < TARGET_MS && found === stories)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
