// Wire files in: NITF and ninjs as agencies send them and as Copydesk exports them. A round trip
// (export, then import) gives back the same copy: headline, byline, dateline, captions with credit
// and dateline, and the body with its formatting.

import { describe, expect, it } from 'vitest';
import { printedByline } from '../../../shared/export/byline';
import { exportStories } from '../../../shared/export/index';
import { documentOf, OPTIONS, story } from '../../../shared/export/fixtures';
import type { ExportFormat } from '../../../shared/export/types';
import type { Story } from '../../../shared/model';
import { readSource, sniffKind } from './index';
import { isoFromNorm } from './wire';

const encode = (text: string) => new TextEncoder().encode(text);

/** A story already in house style, so its export prints it as it is. */
const HARBOUR = story('story-1', 'Council Agrees Harbour Plan', {
  byline: 'Jane Doe, Associated Press',
  published: { text: '2024-11-20T15:14:00+01:00', iso: '2024-11-20T15:14:00+01:00' },
  dateline: 'BERGEN, Norway',
  captions: [
    {
      text: 'The harbour at dawn.',
      credit: 'EPA',
      dateline: '20 November 2024, Norway, Bergen',
      lines: [3],
    },
  ],
  body: [
    { text: 'BERGEN, Norway - The council agreed the plan on Monday.', lines: [5] },
    {
      text: 'Read the full report here, or write to us.',
      lines: [7],
      runs: [
        { text: 'Read the ' },
        { text: 'full report', bold: true, href: 'https://example.org/report' },
        { text: ' here, or ' },
        { text: 'write to us', italic: true },
        { text: '.' },
      ],
    },
  ],
});
const FERRY = story('story-9', 'Ferry Strike Ends', {
  body: [{ text: 'Ferries run again from Monday, the operator said.', lines: [10] }],
});

/** What a round trip must keep: the copy and its metadata, not the ids and line numbers. */
function copyOf(s: Story) {
  return {
    headline: s.headline,
    // `Jane Doe` and `By Jane Doe` print alike (printedByline): the same byline.
    byline: s.byline && printedByline(s.byline),
    dateline: s.dateline,
    captions: s.captions.map(({ text, credit, dateline }) => ({ text, credit, dateline })),
    body: s.body.map(({ text, runs }) => ({ text, ...(runs ? { runs } : {}) })),
  };
}

async function roundTrip(format: ExportFormat, stories: Story[], name: string) {
  const bytes = await exportStories(format, { document: documentOf(stories), stories }, OPTIONS);
  return await readSource(name, bytes);
}

describe('NITF and ninjs import', () => {
  it('reads back a NITF export as the same story, its time from date.issue', async () => {
    const read = await roundTrip('nitf', [HARBOUR], 'harbour.xml');
    expect(read.kind).toBe('nitf');
    expect(read.stories.map(copyOf)).toEqual([copyOf(HARBOUR)]);
    expect(read.stories[0]?.published?.iso).toBe('2024-11-20T15:14:00+01:00');
    // The stored source is the copy a block a line: every line a story points at exists.
    const lines = read.decoded.text.split('\n');
    expect(lines[(read.stories[0]?.headlineLine ?? 0) - 1]).toBe('Council Agrees Harbour Plan');
  });

  for (const format of ['ninjs', 'ninjs1'] as const) {
    it(`reads back a ${format} export of two stories as the same two stories`, async () => {
      const read = await roundTrip(format, [HARBOUR, FERRY], 'desk.json');
      expect(read.kind).toBe('ninjs');
      expect(read.stories.map(copyOf)).toEqual([HARBOUR, FERRY].map(copyOf));
      expect(read.stories[0]?.published?.iso).toBe('2024-11-20T15:14:00+01:00');
      expect(new Set(read.stories.map((s) => s.id)).size).toBe(2);
    });
  }

  it('reads an agency NITF file: head title when there is no hl1, <em> as italic', async () => {
    const nitf = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf><head><title>Quake Hits Coast</title><docdata><date.issue norm="20241120T0615Z"/></docdata></head>
<body><body.head><byline>By <person>Ana Lima</person></byline></body.head>
<body.content><p>LISBON (Agency) - A quake shook the coast <em>early</em> on Wednesday.</p>
<media media-type="image"><media-caption>Damaged houses in Lisbon.</media-caption><media-producer>Reuters</media-producer></media>
</body.content></body></nitf>`;
    const read = await readSource('quake.nitf.xml', encode(nitf));
    const [quake] = read.stories;
    expect(quake).toMatchObject({
      headline: 'Quake Hits Coast',
      byline: 'By Ana Lima',
      dateline: 'LISBON (Agency)',
      captions: [{ text: 'Damaged houses in Lisbon.', credit: 'Reuters' }],
      published: { iso: '2024-11-20T06:15:00Z' },
    });
    expect(quake?.body[0]?.runs).toContainEqual({ text: 'early', italic: true });
  });

  it('refuses broken XML and JSON naming the file, and leaves other JSON to the split', async () => {
    await expect(
      readSource('cut.xml', encode('<?xml version="1.0"?><nitf><head>')),
    ).rejects.toThrow(/"cut.xml" is not valid XML \(line 1/);
    expect(sniffKind('notes.json', encode('{"headline": "Not ninjs"}'))).toBe('text');
    expect(sniffKind('item.json', encode('{"uri": "u", "type": "text", "headline": "H"}'))).toBe(
      'ninjs',
    );
    await expect(
      readSource('empty.json', encode('{"uri": "u", "type": "text", "headline": ""}')),
    ).rejects.toThrow(/"empty.json" is ninjs but holds no headline and no copy/);
  });

  it('keeps what is hostile inert: no script, handler or javascript: link survives', async () => {
    const ninjs = JSON.stringify({
      uri: 'urn:x',
      type: 'text',
      headlines: [{ role: 'main', value: 'Safe <script>alert(1)</script>' }],
      bodies: [
        {
          role: 'main',
          contentType: 'text/html',
          value:
            '<p onclick="x()">Copy <a href="javascript:alert(1)">here</a>.<script>bad()</script></p>',
        },
      ],
    });
    const [item] = (await readSource('hostile.json', encode(ninjs))).stories;
    expect(JSON.stringify(item)).not.toMatch(/javascript:|onclick/);
    expect(item?.body[0]?.text).toBe('Copy here.bad()');
  });

  it('reads NITF norms as ISO 8601', () => {
    expect(isoFromNorm('20241120T151400+0100')).toBe('2024-11-20T15:14:00+01:00');
    expect(isoFromNorm('20241120')).toBe('2024-11-20');
    expect(isoFromNorm('yesterday')).toBeNull();
  });
});
