// Every writer on the same stories: structure as each format's standard wants it, read back with a
// real parser (jsdom, fast-xml-parser, mammoth, ajv), and hostile text exported safely everywhere.

import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../testing/html';
import { documentSchema } from '../document';
import { mergeWithNext, splitStory } from '../edits';
import { bidiClosers } from './copy';
import { ARABIC, documentOf, HOSTILE, NOW, OPTIONS, RICH, story } from './fixtures';
import { exportStories, WRITERS } from './index';
import { NINJS_1_SUBSET, NINJS_3_SUBSET } from './ninjs-schemas';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './types';
import type { Story } from '../model';

async function run(format: ExportFormat, stories: Story[], options: Partial<ExportOptions> = {}) {
  return exportStories(
    format,
    { document: documentOf(stories), stories },
    { ...OPTIONS, ...options },
  );
}
async function text(format: ExportFormat, stories: Story[], options: Partial<ExportOptions> = {}) {
  return new TextDecoder().decode(await run(format, stories, options));
}

const html = parseHtml;
const xml = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
// mammoth's Node build takes `buffer`; JSZip under it reads a Uint8Array as well as a Buffer.
const docxFile = (bytes: Uint8Array) =>
  ({ buffer: bytes }) as unknown as Parameters<typeof mammoth.extractRawText>[0];
const docxXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

it('has a writer for every format, with its extension and type', () => {
  expect(Object.keys(WRITERS).sort()).toEqual([...EXPORT_FORMATS].sort());
  for (const format of EXPORT_FORMATS) {
    expect(WRITERS[format].ext).toMatch(/^[a-z.]+$/);
    expect(WRITERS[format].mime).toContain('/');
  }
});

describe('txt', () => {
  it('separates stories with ===, writes CRLF and a BOM on request', async () => {
    const out = await text('txt', [story('a', 'A'), story('b', 'B')]);
    expect(out).toBe('A\n\n===\n\nB\n');
    const bytes = await run('txt', [story('a', 'A')], { lineEndings: 'crlf', bom: true });
    expect(Array.from(bytes)).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]);
  });
});

describe('html', () => {
  it('is a standalone HTML5 document with lang, charset and title', async () => {
    const out = await text('html', [RICH]);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="und">')).toBe(true);
    const doc = html(out);
    expect(doc.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(doc.title).toBe('Council "Agrees" Harbour Plan');
    expect(doc.querySelectorAll('article > h1')).toHaveLength(1);
    const captions = doc.querySelectorAll('figure > figcaption');
    expect(captions).toHaveLength(2);
    expect(captions[0]?.querySelector('small.credit')?.textContent).toBe('(EPA)');
    expect(captions[0]?.querySelector('span.dateline')?.textContent).toBe(
      '20 November 2024, Norway, Bergen',
    );
    expect(captions[1]?.querySelector('small.credit')).toBeNull();
    const links = [...doc.querySelectorAll('p a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/report_(2024)?a=1&b=2', 'mailto:desk@example.org']);
    expect(doc.querySelector('p strong em, p em strong')?.textContent).toBe('Both bold and italic');
    expect(doc.body.textContent).toContain('bad link');
  });

  it('marks right-to-left copy with dir="rtl"', async () => {
    const doc = html(await text('html', [ARABIC]));
    expect(doc.querySelector('h1')?.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('figcaption')?.getAttribute('dir')).toBe('rtl');
    // The byline line (an Arabic name first), then the paragraphs.
    expect([...doc.querySelectorAll('p')].map((p) => p.getAttribute('dir'))).toEqual([
      'rtl',
      'rtl',
      'rtl',
    ]);
  });

  it('writes a fragment of articles to paste into a CMS', async () => {
    const out = await text('html', [RICH, ARABIC], { html: 'fragment' });
    expect(out.startsWith('<article>')).toBe(true);
    expect(out).not.toContain('<html');
    expect(html(out).querySelectorAll('article')).toHaveLength(2);
  });
});

describe('nitf', () => {
  it('is well-formed NITF 3.6 in the order the DTD requires', async () => {
    const out = await text('nitf', [RICH]);
    expect(XMLValidator.validate(out)).toBe(true);
    const [, nitf] = xml.parse(out) as Record<string, unknown>[];
    const names = (node: unknown) =>
      (node as Record<string, unknown>[]).map((n) => Object.keys(n).find((k) => k !== ':@'));
    const children = (node: Record<string, unknown>, name: string) =>
      node[name] as Record<string, unknown>[];
    expect(names(nitf!.nitf)).toEqual(['head', 'body']);
    const [head, body] = children(nitf!, 'nitf');
    expect(names(children(head!, 'head'))).toEqual(['title', 'docdata']);
    expect(names(children(children(head!, 'head')[1]!, 'docdata'))).toEqual([
      'doc-id',
      'date.issue',
    ]);
    expect(names(children(body!, 'body'))).toEqual(['body.head', 'body.content']);
    // body.head in the DTD's order: hedline, note, rights, byline, distributor, dateline, ...
    expect(names(children(children(body!, 'body')[0]!, 'body.head'))).toEqual([
      'hedline',
      'byline',
      'dateline',
    ]);
    expect(out).toContain('<date.issue norm="20241120T151400+0100"/>');
    expect(out.match(/<hl1>/g)).toHaveLength(1);
    const content = children(children(body!, 'body')[1]!, 'body.content');
    expect(names(content)).toEqual(['media', 'media', 'p', 'p', 'p']);
    expect(names(children(content[0]!, 'media'))).toEqual([
      'media-reference',
      'media-caption',
      'media-producer',
    ]);
    expect(names(children(content[1]!, 'media'))).toEqual(['media-reference', 'media-caption']);
    expect(out).toContain('<media-producer>EPA</media-producer>');
    expect(out).toContain(
      '<a href="https://example.org/report_(2024)?a=1&amp;b=2"><em class="bold">full report</em></a>',
    );
    expect(out).toContain('<a href="mailto:desk@example.org"><em>write to us</em></a>');
    expect(out).toContain('<em class="bold italic">Both bold and italic</em>');
  });

  it('marks right-to-left copy with ITS 2.0 its:dir, which NITF admits from another namespace', async () => {
    const out = await text('nitf', [ARABIC]);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"');
    expect(out).toContain('<hl1 its:dir="rtl">');
    expect(out.match(/<p its:dir="rtl">/g)).toHaveLength(2);
    expect(await text('nitf', [RICH])).not.toContain('its:');
  });

  it('refuses several stories: a NITF document is read as one story', async () => {
    await expect(run('nitf', [RICH, ARABIC])).rejects.toMatchObject({
      code: 'one-story-per-file',
      message: expect.stringContaining('NITF holds one story per document'),
    });
    expect(EXPORT_FORMAT_INFO.nitf.oneStoryPerFile).toBe(true);
  });
});

describe('ninjs', () => {
  const ajv3 = addFormats(new Ajv2020({ strict: false }));
  const ajv1 = addFormats(new Ajv({ strict: false }));
  const valid3 = ajv3.compile(NINJS_3_SUBSET);
  const valid1 = ajv1.compile(NINJS_1_SUBSET);

  it('writes ninjs 3.0 with the standard field names', async () => {
    const item = JSON.parse(await text('ninjs', [RICH]));
    expect(valid3(item), JSON.stringify(valid3.errors)).toBe(true);
    expect(item).toMatchObject({
      uri: 'urn:copydesk:doc-1:story-1',
      type: 'text',
      versionCreated: NOW.toISOString(),
      headlines: [{ role: 'main', value: 'Council "Agrees" Harbour Plan' }],
    });
    expect(item.bodies.map((b: { contentType: string }) => b.contentType)).toEqual([
      'text/html',
      'text/plain',
    ]);
    expect(item.associations[0]).toEqual({
      name: 'picture1',
      uri: 'urn:copydesk:doc-1:story-1:picture1',
      type: 'picture',
      representationType: 'partial',
      descriptions: [
        { role: 'caption', value: '20 November 2024, Norway, Bergen: The harbour at dawn' },
      ],
      by: 'EPA',
      // ninjs has no credit line: the agency the credit names holds the copyright.
      copyrightHolder: 'EPA',
    });
    expect(item.associations[1].by).toBeUndefined();
    expect(item.associations[1].copyrightHolder).toBeUndefined();
  });

  it('writes several stories as an array of items, each valid', async () => {
    const items = JSON.parse(await text('ninjs', [RICH, ARABIC, HOSTILE]));
    expect(items).toHaveLength(3);
    for (const item of items) expect(valid3(item), JSON.stringify(valid3.errors)).toBe(true);
  });

  it('writes the ninjs 1.x shape for older consumers', async () => {
    const item = JSON.parse(await text('ninjs1', [RICH]));
    expect(valid1(item), JSON.stringify(valid1.errors)).toBe(true);
    expect(item.headline).toBe('Council "Agrees" Harbour Plan');
    expect(item.body_text.split('\n\n')).toHaveLength(3);
    expect(item.associations.picture1).toMatchObject({
      description_text: expect.any(String),
      byline: 'EPA',
    });
    for (const item of JSON.parse(await text('ninjs1', [RICH, ARABIC, HOSTILE]))) {
      expect(valid1(item), JSON.stringify(valid1.errors)).toBe(true);
    }
  });
});

describe('docx', () => {
  it('reads back in mammoth as the same copy, with headings, captions and links', async () => {
    const bytes = await run('docx', [RICH]);
    const { value } = await mammoth.convertToHtml(docxFile(bytes));
    expect(value).toContain('<h1>Council "Agrees" Harbour Plan</h1>');
    expect(value).toContain(
      '<a href="https://example.org/report_(2024)?a=1&amp;b=2"><strong>full report</strong></a>',
    );
    expect(value).toContain('<a href="mailto:desk@example.org"><em>write to us</em></a>');
    const raw = (await mammoth.extractRawText(docxFile(bytes))).value;
    expect(raw.split('\n\n').filter((p) => p)).toEqual([
      'Council "Agrees" Harbour Plan',
      'By Jane Doe and John Roe, Associated Press · 3:14 PM GMT+1, November 20, 2024',
      '20 November 2024, Norway, Bergen: The harbour at dawn (EPA)',
      'The old quay (L)',
      'BERGEN, Norway, Nov 20 (AP) — The council agreed the plan on Monday.',
      'Read the full report here, or write to us.',
      'Both bold and italic, and a bad link.',
    ]);
  });

  it('uses the Caption and Credit styles, titles the document and names Copydesk', async () => {
    const parts = unzipSync(await run('docx', [RICH]));
    const document = strFromU8(parts['word/document.xml']!);
    expect(document.match(/<w:pStyle w:val="Caption"\/>/g)).toHaveLength(2);
    expect(document).toContain('<w:rStyle w:val="Credit"/>');
    expect(strFromU8(parts['word/styles.xml']!)).toMatch(
      /w:styleId="Caption".*w:styleId="Credit"/s,
    );
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Council &quot;Agrees&quot; Harbour Plan</dc:title>');
    expect(core).toContain('<dc:creator>Copydesk</dc:creator>');
    expect(core).toContain('2025-03-04T12:00:00Z');
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain(
      'Target="https://example.org/report_(2024)?a=1&amp;b=2" TargetMode="External"',
    );
  });

  it('marks right-to-left paragraphs bidi, starts each story on a new page, is deterministic', async () => {
    const document = docxXml(await run('docx', [RICH, ARABIC]));
    // The Arabic story's headline, byline line, caption and both paragraphs.
    expect(document.match(/<w:bidi\/>/g)).toHaveLength(5);
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(await run('docx', [RICH, ARABIC])).toEqual(await run('docx', [RICH, ARABIC]));
  });
});

describe('json and copydesk', () => {
  it('json: one story is its object, several are {"stories": [...]}', async () => {
    const one = JSON.parse(await text('json', [RICH]));
    expect(one).toMatchObject({
      id: 'story-1',
      headline: RICH.headline,
      source: { file: 'harbour.txt' },
    });
    expect(one.body).toEqual(RICH.body.map((p) => p.text));
    const many = JSON.parse(await text('json', [RICH, ARABIC]));
    expect(many.stories.map((s: { id: string }) => s.id)).toEqual(['story-1', 'story-2']);
  });

  it('copydesk: the document with just these stories, re-importable, provenance intact', async () => {
    const document = documentOf([RICH, ARABIC]);
    document.reviews['story-1'] = 'approved';
    const bytes = await exportStories('copydesk', { document, stories: [ARABIC] }, OPTIONS);
    const parsed = documentSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    expect(parsed.stories).toEqual([ARABIC]);
    expect(parsed.reviews).toEqual({ 'story-2': 'new' });
    expect(parsed.selectedStoryId).toBe('story-2');
    const lines = parsed.source.text.split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[10]).toBe('line 11');
    expect(lines[0]).toBe('');
  });

  it('copydesk: a merged story keeps its joins, renumbered, so it still splits back', async () => {
    const at = (first: number, id: string, by: string | null) =>
      story(id, id.toUpperCase(), {
        headlineLine: first,
        byline: by,
        boundary: { line: first, confidence: 0.9, signals: [] },
        captions: [{ text: id, credit: 'EPA', dateline: null, lines: [first + 1] }],
        body: [{ text: `${id} copy.`, lines: [first + 2] }],
        removed: [{ line: first + 3, text: 'TT', reason: 'logo-token' }],
        warnings: [{ code: 'no-headline', message: 'w', line: first }],
        source: { firstLine: first, lastLine: first + 3 },
      });
    const [a, b] = [at(11, 'a', null), at(21, 'b', 'Jane Doe')];
    const merged = mergeWithNext(documentOf([a, b]), 'a');
    const bytes = await exportStories(
      'copydesk',
      { document: merged, stories: merged.stories },
      OPTIONS,
    );
    const parsed = documentSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    expect(parsed.stories[0]!.joined).toEqual([
      {
        id: 'b',
        firstLine: 11,
        headlineLine: 11,
        byline: 'Jane Doe',
        published: null,
        dateline: null,
        warnings: [{ code: 'no-headline', message: 'w', line: 11 }],
        boundary: { line: 11, confidence: 0.9, signals: [] },
      },
    ]);
    const back = splitStory(parsed, 'a', 1, 0);
    expect(back.stories.map((s) => [s.id, s.byline, s.captions.length, s.source])).toEqual([
      ['a', null, 1, { firstLine: 1, lastLine: 4 }],
      ['b', 'Jane Doe', 1, { firstLine: 11, lastLine: 14 }],
    ]);
  });

  it('copydesk per story: each file carries its own lines, renumbered, so a dump exports in linear size', async () => {
    // 400 stories of 50 lines: each story's file holds its 50 lines, not the 20,000 before it.
    const stories = Array.from({ length: 400 }, (_, i) => {
      const first = i * 50 + 1;
      return story(`s${i}`, `Story ${i}`, {
        headlineLine: first,
        boundary: { line: first, confidence: 1, signals: [] },
        captions: [{ text: 'c', credit: null, dateline: null, lines: [first + 2] }],
        body: [{ text: 'p', lines: [first + 4, first + 5] }],
        removed: [{ line: first + 1, text: 'dup', reason: 'duplicate-headline' }],
        source: { firstLine: first, lastLine: first + 49 },
      });
    });
    const document = documentOf(stories);
    const source = document.source.text.split('\n');
    let total = 0;
    for (const one of [stories[0]!, stories[399]!]) {
      const bytes = await exportStories('copydesk', { document, stories: [one] }, OPTIONS);
      total += bytes.length;
      const parsed = documentSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
      const [got] = parsed.stories;
      const excerpt = parsed.source.text.split('\n');
      expect(excerpt).toEqual(source.slice(one.source.firstLine - 1, one.source.lastLine));
      expect(got).toMatchObject({
        headlineLine: 1,
        boundary: { line: 1 },
        captions: [{ lines: [3] }],
        body: [{ lines: [5, 6] }],
        removed: [{ line: 2, text: 'dup' }],
        source: { firstLine: 1, lastLine: 50 },
      });
      // Provenance intact: each reference reads the same line as in the whole source.
      expect(excerpt[got!.body[0]!.lines[0]! - 1]).toBe(source[one.body[0]!.lines[0]! - 1]);
    }
    expect(total).toBeLessThan(2 * 4000);
  });
});

describe('story metadata', () => {
  const LINE = 'By Jane Doe and John Roe, Associated Press · 3:14 PM GMT+1, November 20, 2024';
  const BARE = story('bare', 'No Metadata Here', { body: [{ text: 'Copy.', lines: [2] }] });

  it('txt and md print the byline line under the headline, and nothing for a story without', async () => {
    expect((await text('txt', [RICH])).split('\n\n').slice(0, 2)).toEqual([
      'Council "Agrees" Harbour Plan',
      LINE,
    ]);
    expect((await text('md', [RICH])).split('\n\n')[1]).toBe(LINE);
    expect(await text('txt', [BARE])).toBe('No Metadata Here\n\nCopy.\n');
    // Either half alone; a By the editor typed is not doubled; markup escaped in Markdown.
    const byOnly = story('a', 'A', { byline: 'By *Jane* Doe' });
    expect(await text('txt', [byOnly])).toBe('A\n\nBy *Jane* Doe\n');
    expect(await text('md', [byOnly])).toBe('# A\n\nBy \\*Jane\\* Doe\n');
    const timeOnly = story('a', 'A', { published: { text: '2 hours ago', iso: null } });
    expect(await text('txt', [timeOnly])).toBe('A\n\n2 hours ago\n');
  });

  it('html: a byline paragraph, the time in <time> with its ISO datetime when it has one', async () => {
    const doc = html(await text('html', [RICH]));
    const byline = doc.querySelector('article > h1 + p.byline');
    expect(byline?.textContent).toBe(LINE);
    expect(byline?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2024-11-20T15:14:00+01:00',
    );
    expect(byline?.querySelector('time')?.textContent).toBe('3:14 PM GMT+1, November 20, 2024');
    const relative = html(
      await text('html', [story('a', 'A', { published: { text: '2 hours ago', iso: null } })]),
    );
    expect(relative.querySelector('p.byline')?.textContent).toBe('2 hours ago');
    expect(relative.querySelector('time')).toBeNull();
    expect(html(await text('html', [BARE])).querySelector('p.byline')).toBeNull();
  });

  it('nitf: byline with its people, dateline with place and date, date.issue from the publication time', async () => {
    const out = await text('nitf', [RICH]);
    expect(out).toContain(
      '<byline>By <person>Jane Doe</person> and <person>John Roe</person>, Associated Press</byline>',
    );
    expect(out).toContain(
      '<dateline><location>BERGEN</location>, Norway, <story.date norm="20241120">Nov 20</story.date> (AP)</dateline>',
    );
    expect(out).toContain('<date.issue norm="20241120T151400+0100"/>');
    // A local time keeps no offset; an Arabic byline and dateline are marked right to left.
    const arabic = await text('nitf', [ARABIC]);
    expect(XMLValidator.validate(arabic)).toBe(true);
    expect(arabic).toContain('<date.issue norm="20241120T061500"/>');
    expect(arabic).toContain('<byline its:dir="rtl"><person>محمد علي</person></byline>');
    expect(arabic).toContain(
      '<dateline its:dir="rtl"><location>القاهرة</location> - الشرق الأوسط</dateline>',
    );
    // Without metadata: no byline or dateline, and the document is issued when it is exported.
    const bare = await text('nitf', [BARE]);
    expect(bare).not.toMatch(/<byline|<dateline/);
    expect(bare).toContain('<date.issue norm="20250304T120000Z"/>');
    const dateOnly = story('a', 'A', { published: { text: '20 Nov 2024', iso: '2024-11-20' } });
    expect(await text('nitf', [dateOnly])).toContain('<date.issue norm="20241120"/>');
  });

  it('ninjs 3 and 1.4: by/byline, located, and firstCreated when the time has an offset', async () => {
    const [rich3, arabic3] = JSON.parse(await text('ninjs', [RICH, ARABIC]));
    expect(rich3).toMatchObject({
      by: 'Jane Doe and John Roe, Associated Press',
      located: 'BERGEN',
      firstCreated: '2024-11-20T15:14:00+01:00',
    });
    // A local time is no JSON Schema date-time: firstCreated stays the import time.
    expect(arabic3).toMatchObject({
      by: 'محمد علي',
      located: 'القاهرة',
      firstCreated: '2025-03-01T08:00:00.000Z',
    });
    const [rich1, arabic1] = JSON.parse(await text('ninjs1', [RICH, ARABIC]));
    expect(rich1).toMatchObject({
      byline: 'Jane Doe and John Roe, Associated Press',
      located: 'BERGEN',
      firstcreated: '2024-11-20T15:14:00+01:00',
    });
    expect(arabic1).toMatchObject({ located: 'القاهرة', firstcreated: '2025-03-01T08:00:00.000Z' });
    const bare = JSON.parse(await text('ninjs', [BARE]));
    expect(bare.by).toBeUndefined();
    expect(bare.located).toBeUndefined();
    // A dateline without a place name is located as printed.
    const unplaced = story('a', 'A', { dateline: 'Nov 20, BEIRUT (Reuters)' });
    expect(JSON.parse(await text('ninjs1', [unplaced])).located).toBe('Nov 20, BEIRUT (Reuters)');
  });

  it('docx: the byline line in its own Byline style under the headline', async () => {
    const parts = unzipSync(await run('docx', [RICH]));
    const document = strFromU8(parts['word/document.xml']!);
    expect(document).toMatch(
      /<w:pStyle w:val="Heading1"\/>.*?<\/w:p><w:p><w:pPr><w:pStyle w:val="Byline"\/><\/w:pPr><w:r><w:t xml:space="preserve">By Jane Doe/,
    );
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:styleId="Byline"');
    // A story starting with its byline (no headline) still starts on a new page.
    const headless = story('h', '', { byline: 'Jane Doe' });
    const two = docxXml(await run('docx', [RICH, headless]));
    expect(two).toContain(
      '<w:p><w:pPr><w:pStyle w:val="Byline"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">By Jane Doe</w:t>',
    );
  });

  it('json: byline, published and dateline as the editor left them', async () => {
    const one = JSON.parse(await text('json', [RICH]));
    expect(Object.keys(one).slice(0, 5)).toEqual([
      'id',
      'headline',
      'byline',
      'published',
      'dateline',
    ]);
    expect(one).toMatchObject({
      byline: RICH.byline,
      published: { text: '3:14 PM GMT+1, November 20, 2024', iso: '2024-11-20T15:14:00+01:00' },
      dateline: 'BERGEN, Norway, Nov 20 (AP)',
    });
    expect(JSON.parse(await text('json', [BARE]))).toMatchObject({
      byline: null,
      published: null,
      dateline: null,
    });
  });

  it('house style quotes the new fields as it does the copy', async () => {
    const quoted = story('q', 'A', {
      byline: 'Jane "JJ" Doe',
      published: { text: 'Updated "just now"', iso: null },
      dateline: 'LONDON "CITY"',
    });
    const curly = { houseStyle: { ...OPTIONS.houseStyle, quotes: 'curly' as const } };
    expect(await text('txt', [quoted], curly)).toContain('By Jane “JJ” Doe · Updated “just now”');
    expect(await text('nitf', [quoted], curly)).toContain('<dateline>LONDON “CITY”</dateline>');
  });
});

describe('hostile text', () => {
  // C0 controls but LF and CR, DEL, C1 controls, lone surrogates.
  const BAD = /(?![\n\r])\p{Cc}|[\uD800-\uDFFF]/u;

  it.each(EXPORT_FORMATS.filter((f) => f !== 'docx'))(
    '%s carries no controls or markup',
    async (format) => {
      // NITF holds one story per document: the hostile one alone.
      const stories = EXPORT_FORMAT_INFO[format].oneStoryPerFile ? [HOSTILE] : [HOSTILE, RICH];
      const out = await text(format, stories, { lineEndings: 'crlf' });
      const meaningful = format === 'copydesk' ? out.replace(/"text": "[^"]*"/g, '') : out;
      if (format !== 'copydesk' && format !== 'json') expect(meaningful).not.toMatch(BAD);
      if (format === 'html') {
        const doc = html(out);
        expect(doc.querySelectorAll('script, img, style, iframe')).toHaveLength(0);
        for (const el of doc.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
        }
        for (const a of doc.querySelectorAll('a'))
          expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
        expect(doc.querySelector('h1')?.textContent).toContain(
          '<script>alert("x")</script> ]]> & &amp;',
        );
        // The metadata is text too, and an ISO value no parser wrote reaches no attribute.
        expect(doc.querySelector('p.byline')?.textContent).toContain(
          'By </p><script>alert(1)</script> By Jane Doe',
        );
        expect(doc.querySelector('p.byline')?.textContent).toContain('<time><script>');
        expect(doc.querySelector('article')?.querySelectorAll('time')).toHaveLength(0);
        expect(doc.querySelectorAll('time')).toHaveLength(1); // RICH's, after it
      }
      if (format === 'nitf') {
        expect(XMLValidator.validate(out)).toBe(true);
        expect(out).not.toMatch(/<script|<img|href="javascript:|<location>LONDON/);
        expect(out).toContain('<byline>By &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(out).toContain('<dateline>]]&gt;&lt;location&gt;LONDON&lt;/location&gt; &amp;');
        expect(out).toContain('<date.issue norm="20250304T120000Z"/>');
      }
      if (format === 'ninjs' || format === 'ninjs1') {
        const [item] = JSON.parse(out);
        expect(item[format === 'ninjs' ? 'by' : 'byline']).toMatch(/^<\/p><script>alert\(1\)/);
        expect(item[format === 'ninjs' ? 'firstCreated' : 'firstcreated']).toBe(
          '2025-03-01T08:00:00.000Z',
        );
      }
      if (format === 'md') {
        expect(out).not.toMatch(/(?<!\\)<script/);
        expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
      }
      if (['json', 'ninjs', 'ninjs1', 'copydesk'].includes(format))
        expect(() => JSON.parse(out)).not.toThrow();
      if (format === 'txt' || format === 'md') {
        // Every line leaves the bidi state as it found it: an override cannot run into the next line.
        for (const line of out.split('\r\n')) expect(bidiClosers(line)).toBe('');
      }
    },
  );

  it('docx stays a valid package with the copy escaped', async () => {
    const bytes = await run('docx', [HOSTILE]);
    const document = docxXml(bytes);
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).not.toMatch(BAD);
    expect(document).not.toContain('<script');
    const raw = (await mammoth.extractRawText(docxFile(bytes))).value;
    expect(raw).toContain('<script>alert("x")</script> ]]> & &amp;');
    expect(raw).toContain('By </p><script>alert(1)</script> By Jane Doe');
  });
});
