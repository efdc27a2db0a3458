import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/api';
import { exportStories } from '../../../shared/export/index';
import { documentOf, OPTIONS, story } from '../../../shared/export/fixtures';
import type { Story } from '../../../shared/model';
import { docxFile, p, styled } from '../testing/docx-fixture';
import { expectProvenance } from '../testing/provenance';
import { SourceError } from './assemble';
import { readSource, sniffKind } from './index';

/** The zip with its one entry's uncompressed size, in its local header and directory, set to `size`. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, size, true);
  for (let at = zip.length - 22; at >= 0; at--)
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      break;
    }
  return zip;
}

const body = (s: Story | undefined) => s?.body.map((para) => para.text) ?? [];

describe('Word files', () => {
  it("reads a correspondent's story: headline, byline, caption with credit, body with its formatting", async () => {
    const bytes = await docxFile([
      styled('Heading1', 'Harbour reopens after storm'),
      styled('Byline', 'By Jane Doe'),
      styled('Caption', 'Boats return to the harbour on Tuesday (AFP)'),
      p(
        'BERGEN (NTB) — The harbour ',
        { text: 'reopened', bold: true },
        ' on ',
        { text: 'Tuesday', italic: true },
        ', ',
        { text: 'officials said', link: 'https://example.org/port' },
        '.',
      ),
      styled('Heading2', 'What comes next'),
      p('Fishermen expect a busy week as the weather clears.'),
    ]);
    const { kind, decoded, stories } = await readSource('harbour.docx', bytes);
    expect(kind).toBe('docx');
    expect(stories).toHaveLength(1);
    const [harbour] = stories;
    expect(harbour).toMatchObject({
      headline: 'Harbour reopens after storm',
      byline: 'Jane Doe',
      dateline: 'BERGEN (NTB)',
      captions: [{ text: 'Boats return to the harbour on Tuesday', credit: 'AFP', dateline: null }],
      boundary: { signals: ['docx-heading'] },
    });
    // A subhead stays in the body, under the headline of its story.
    expect(body(harbour)).toEqual([
      'BERGEN (NTB) — The harbour reopened on Tuesday, officials said.',
      'What comes next',
      'Fishermen expect a busy week as the weather clears.',
    ]);
    expect(harbour?.body[0]?.runs).toEqual([
      { text: 'BERGEN (NTB) — The harbour ' },
      { text: 'reopened', bold: true },
      { text: ' on ' },
      { text: 'Tuesday', italic: true },
      { text: ', ' },
      { text: 'officials said', href: 'https://example.org/port' },
      { text: '.' },
    ]);
    expectProvenance(decoded.text, stories);
  });

  it('starts a story at each heading of a file of many, its title and house caption style read', async () => {
    const bytes = await docxFile([
      styled('Title', 'Foreign desk, Thursday'),
      styled('Heading1', 'Ferry strike ends'),
      p('Ferries run again from Monday, the operator said after talks.'),
      styled('Heading1', 'Bridge to close for repairs'),
      styled(
        'PhotoCaption',
        '20 November 2024, Norway, Bergen: A crane lifts the old span. Photo: Ola Nordmann/NTB',
      ),
      p('The bridge closes for six weeks from January, the city said.'),
      styled('Heading1', 'Museum reopens'),
      p('The museum reopened its doors after a year of building work.'),
    ]);
    const { decoded, stories } = await readSource('thursday.docx', bytes);
    expect(stories.map((s) => s.headline)).toEqual([
      'Ferry strike ends',
      'Bridge to close for repairs',
      'Museum reopens',
    ]);
    expect(stories[0]?.removed).toEqual([
      { line: 1, text: 'Foreign desk, Thursday', reason: 'page-title' },
    ]);
    expect(stories[1]?.captions).toEqual([
      {
        text: 'A crane lifts the old span.',
        credit: 'Ola Nordmann/NTB',
        dateline: '20 November 2024, Norway, Bergen',
        lines: [5],
      },
    ]);
    expect(body(stories[2])).toEqual([
      'The museum reopened its doors after a year of building work.',
    ]);
    expectProvenance(decoded.text, stories);
  });

  it('keeps a lone headline with its copy as one story, and a document without headings whole', async () => {
    const single = await readSource(
      'one.docx',
      await docxFile([
        styled('Title', 'Council agrees harbour plan'),
        p('The council agreed the plan on Monday.'),
        styled('Heading1', 'Costs'),
        p('It will cost more than first thought.'),
        styled('Heading1', 'Next steps'),
        p('Work starts in spring.'),
      ]),
    );
    expect(single.stories.map((s) => s.headline)).toEqual(['Council agrees harbour plan']);
    expect(body(single.stories[0])).toContain('Costs');
    const plain = await readSource(
      'plain.docx',
      await docxFile([p('Notes from the council meeting.'), p('The vote was close.')]),
    );
    expect(plain.stories).toHaveLength(1);
    expect(body(plain.stories[0])).toEqual([
      'Notes from the council meeting.',
      'The vote was close.',
    ]);
  });

  it('imports back what Copydesk exports as Word, byline and time included', async () => {
    const harbour = story('story-1', 'Council Agrees Harbour Plan', {
      byline: 'Jane Doe, Associated Press',
      published: { text: '2024-11-20T15:14:00+01:00', iso: '2024-11-20T15:14:00+01:00' },
      captions: [
        {
          text: 'The harbour at dawn.',
          credit: 'EPA',
          dateline: '20 November 2024, Bergen',
          lines: [3],
        },
      ],
      body: [{ text: 'The council agreed the plan on Monday.', lines: [5] }],
    });
    const ferry = story('story-9', 'Ferry Strike Ends', {
      body: [{ text: 'Ferries run again from Monday, the operator said.', lines: [10] }],
    });
    const stories = [harbour, ferry];
    const bytes = await exportStories('docx', { document: documentOf(stories), stories }, OPTIONS);
    const back = await readSource('export.docx', bytes);
    expect(back.stories).toMatchObject([
      {
        headline: 'Council Agrees Harbour Plan',
        byline: 'Jane Doe, Associated Press',
        published: { iso: '2024-11-20T15:14:00+01:00' },
        captions: [
          { text: 'The harbour at dawn.', credit: 'EPA', dateline: '20 November 2024, Bergen' },
        ],
        body: [{ text: 'The council agreed the plan on Monday.' }],
      },
      {
        headline: 'Ferry Strike Ends',
        body: [{ text: 'Ferries run again from Monday, the operator said.' }],
      },
    ]);
    expect(back.decoded.warnings).toEqual([]);
  });

  it('reports what mammoth warns about', async () => {
    const { decoded } = await readSource(
      'boxed.docx',
      await docxFile([
        styled('Heading1', 'Boxed'),
        styled('Sidebar', 'A box of facts on the side.'),
      ]),
    );
    expect(decoded.warnings).toEqual([
      "Word: Unrecognised paragraph style: 'Sidebar' (Style ID: Sidebar)",
    ]);
  });

  it('keeps no link but http(s) and mailto, and no markup from the text', async () => {
    const { stories } = await readSource(
      'hostile.docx',
      await docxFile([
        styled('Heading1', '<script>alert(1)</script> Harbour'),
        p(
          { text: 'Click', link: 'javascript:alert(2)' },
          ' or ',
          { text: 'write', link: 'mailto:desk@example.org' },
          ' <img src=x onerror=alert(3)>',
        ),
      ]),
    );
    const [s] = stories;
    // Markup typed as text stays text (it is never parsed); the unsafe link is dropped.
    expect(s?.headline).toBe('<script>alert(1)</script> Harbour');
    expect(s?.body[0]?.runs).toEqual([
      { text: 'Click or ' },
      { text: 'write', href: 'mailto:desk@example.org' },
      { text: ' <img src=x onerror=alert(3)>' },
    ]);
    expect(JSON.stringify(stories)).not.toContain('javascript:');
  });

  it('refuses a .docx that is not a zip, or a zip without a document, naming it', async () => {
    const notZip = readSource('notes.docx', new TextEncoder().encode('Just some text.'));
    await expect(notZip).rejects.toThrow(SourceError);
    await expect(readSource('notes.docx', new TextEncoder().encode('Just text.'))).rejects.toThrow(
      /"notes\.docx" cannot be read as a Word document: it is not a zip archive/,
    );
    const empty = zipSync({ 'hello.txt': strToU8('hello') });
    await expect(readSource('other.docx', empty)).rejects.toThrow(
      /"other\.docx" .*without a Word document in it/,
    );
    expect(sniffKind('renamed.bin', await docxFile([p('x')]))).toBe('docx');
  });

  it('refuses a zip bomb from its directory, before inflating it, stating the limit', async () => {
    // A megabyte of zeros deflates to about a kilobyte; its directory says it unpacks to 3 GB.
    const bomb = withDeclaredSize(
      zipSync({ 'word/document.xml': new Uint8Array(1024 * 1024) }, { level: 1 }),
      3 * 1024 ** 3,
    );
    expect(bomb.length).toBeLessThan(10_000);
    await expect(readSource('bomb.docx', bomb)).rejects.toThrow(
      /"bomb\.docx" unpacks to 3 GB, more than the 64 MB Copydesk reads/,
    );
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
  });

  it('stops a zip whose directory lies about sizes as soon as it inflates past them', async () => {
    const liar = withDeclaredSize(
      zipSync({ 'word/document.xml': new Uint8Array(1024 * 1024) }, { level: 1 }),
      1000,
    );
    await expect(readSource('liar.docx', liar)).rejects.toThrow(
      /"liar\.docx" cannot be read as a Word document: "word\/document\.xml" inflates to more than the 1000 bytes it declares/,
    );
  });
});
