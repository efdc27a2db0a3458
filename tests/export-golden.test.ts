// The writers on real split output: the sample written for the project exported in every format and
// compared with golden files read by eye (UPDATE_GOLDEN=1 rewrites them), the same for a story with
// metadata, and round trips: the copy comes back whole from text and from Word. The seed dump in
// ../shared, when present, round-trips too.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../shared/testing/html';
import { readPlainText } from '../electron/services/sources/index';
import { createDocument, type CopydeskDocument } from '../shared/document';
import { exportStories } from '../shared/export/index';
import type { ExportFormat, ExportOptions } from '../shared/export/types';
import { captionLine, DEFAULT_HOUSE_STYLE } from '../shared/house-style';
import { ARABIC, documentOf, HOSTILE, RICH } from '../shared/export/fixtures';
import { SEED_DUMP } from './corpus';

const SAMPLE = resolve(import.meta.dirname, '../resources/samples/harbour-and-fishermen.txt');
const GOLDEN = resolve(import.meta.dirname, '../shared/export/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const OPTIONS: ExportOptions = {
  houseStyle: DEFAULT_HOUSE_STYLE,
  lineEndings: 'lf',
  bom: false,
  html: 'document',
  now: new Date('2025-03-04T12:00:00Z'),
};

function load(file: string, name: string): CopydeskDocument {
  const { decoded, stories } = readPlainText(name, readFileSync(file));
  return createDocument({
    id: 'harbour',
    name,
    decoded,
    stories,
    now: new Date('2025-03-04T09:30:00Z'),
  });
}

const sample = load(SAMPLE, 'harbour-and-fishermen.txt');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const docxFile = (bytes: Uint8Array) => ({ buffer: Buffer.from(bytes) });

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, `${name}.golden`); // not .json or .html: Prettier leaves them as written
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE)
      throw new Error(`${name} had no golden file; one was written: read it, then rerun.`);
    return;
  }
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

describe('golden files for the sample', () => {
  const cases: [string, ExportFormat, Partial<ExportOptions>, 'all' | 'first'][] = [
    ['harbour.txt', 'txt', {}, 'all'],
    ['harbour.md', 'md', {}, 'all'],
    ['harbour.html', 'html', {}, 'all'],
    ['harbour.fragment.html', 'html', { html: 'fragment' }, 'all'],
    ['harbour-story-1.nitf.xml', 'nitf', {}, 'first'],
    ['harbour.ninjs.json', 'ninjs', {}, 'all'],
    ['harbour.ninjs1.json', 'ninjs1', {}, 'all'],
    ['harbour.json', 'json', {}, 'all'],
    ['harbour-story-1.json', 'json', {}, 'first'],
    ['harbour.copydesk.json', 'copydesk', {}, 'first'],
  ];
  it.each(cases)('%s', async (name, format, options, which) => {
    const stories = which === 'all' ? sample.stories : sample.stories.slice(0, 1);
    const bytes = await exportStories(
      format,
      { document: sample, stories },
      { ...OPTIONS, ...options },
    );
    golden(name, text(bytes));
  });

  it('harbour.docx (its document.xml and core properties)', async () => {
    const bytes = await exportStories(
      'docx',
      { document: sample, stories: sample.stories },
      OPTIONS,
    );
    const parts = unzipSync(bytes);
    const pretty = (xml: string) => xml.replace(/(<w:p>|<w:body>|<\/w:body>)/g, '\n$1');
    golden('harbour.docx.document.xml', `${pretty(strFromU8(parts['word/document.xml']!))}\n`);
    golden('harbour.docx.core.xml', `${strFromU8(parts['docProps/core.xml']!)}\n`);
  });
});

describe('golden files for a story with metadata', () => {
  // The fixture story with a byline, a publication time and a dateline, so where each format puts
  // them is read by eye here.
  const document = documentOf([RICH]);
  const cases: [string, ExportFormat, Partial<ExportOptions>][] = [
    ['metadata.txt', 'txt', {}],
    ['metadata.md', 'md', {}],
    ['metadata.fragment.html', 'html', { html: 'fragment' }],
    ['metadata.nitf.xml', 'nitf', {}],
    ['metadata.ninjs.json', 'ninjs', {}],
    ['metadata.ninjs1.json', 'ninjs1', {}],
    ['metadata.json', 'json', {}],
  ];
  it.each(cases)('%s', async (name, format, options) => {
    const bytes = await exportStories(
      format,
      { document, stories: [RICH] },
      { ...OPTIONS, ...options },
    );
    golden(name, text(bytes));
  });

  it('metadata.docx (its document.xml)', async () => {
    const parts = unzipSync(await exportStories('docx', { document, stories: [RICH] }, OPTIONS));
    const pretty = (xml: string) => xml.replace(/(<w:p>|<w:body>|<\/w:body>)/g, '\n$1');
    golden('metadata.docx.document.xml', `${pretty(strFromU8(parts['word/document.xml']!))}\n`);
  });
});

async function roundTrip(document: CopydeskDocument): Promise<void> {
  const { stories } = document;
  const out = text(await exportStories('txt', { document, stories }, OPTIONS));
  const blocks = out.split('\n\n').map((b) => b.replace(/\n$/, ''));
  for (const story of stories) {
    expect(blocks).toContain(story.headline);
    for (const caption of story.captions) {
      const line = captionLine(caption, DEFAULT_HOUSE_STYLE);
      expect(blocks.filter((b) => b === line)).toHaveLength(
        stories
          .flatMap((s) => s.captions)
          .filter((c) => captionLine(c, DEFAULT_HOUSE_STYLE) === line).length,
      );
    }
    for (const p of story.body) expect(blocks).toContain(p.text);
  }
  // Word gives back the same paragraphs, in the same order.
  const docx = await exportStories('docx', { document, stories }, OPTIONS);
  const raw = (await mammoth.extractRawText(docxFile(docx))).value;
  const paragraphs = (s: string) => s.split(/\n+/).filter((p) => p !== '' && p !== '===');
  expect(paragraphs(raw)).toEqual(paragraphs(out));
}

describe('round trips', () => {
  it('the sample: every headline, caption with credit and paragraph comes back exactly', async () => {
    expect(sample.stories).toHaveLength(2);
    await roundTrip(sample);
  });

  it('the sample is valid HTML without script, well-formed NITF with one hl1 per story', async () => {
    const html = text(
      await exportStories('html', { document: sample, stories: sample.stories }, OPTIONS),
    );
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('article')).toHaveLength(2);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const story of sample.stories) {
      const xml = text(
        await exportStories('nitf', { document: sample, stories: [story] }, OPTIONS),
      );
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml.match(/<hl1>/g)).toHaveLength(1);
    }
  });

  const seed = existsSync(SEED_DUMP);
  if (!seed) console.warn('seed dump round trip skipped: ../shared/fixtures is not present');
  it.skipIf(!seed)('the seed dump in ../shared', async () => {
    await roundTrip(load(SEED_DUMP, 'scraped-dump-2-stories.txt'));
  });
});

function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const soffice = sofficeAvailable();
if (!soffice) console.warn('LibreOffice check skipped: soffice is not installed');

describe.skipIf(!soffice)('LibreOffice', () => {
  it('opens the DOCX: formatting, links, right-to-left and hostile copy read back as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-docx-'));
    try {
      const stories = [RICH, ARABIC, HOSTILE];
      const document = documentOf(stories);
      writeFileSync(
        join(dir, 'stories.docx'),
        await exportStories('docx', { document, stories }, OPTIONS),
      );
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'stories.docx')],
        {
          stdio: 'ignore',
          env: { ...process.env, HOME: dir },
        },
      );
      const got = readFileSync(join(dir, 'stories.txt'), 'utf8').replace(/^\uFEFF/, '');
      const want = text(await exportStories('txt', { document, stories }, OPTIONS));
      const paragraphs = (s: string) => s.split(/\r?\n+/).filter((p) => p !== '' && p !== '===');
      expect(paragraphs(got)).toEqual(paragraphs(want));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
