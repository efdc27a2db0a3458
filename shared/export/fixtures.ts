// Stories and documents for the export tests, written for them: a plain story, one with formatting,
// links and wire metadata (byline, publication time, dateline), a right-to-left one, and one made of
// everything hostile a scrape or an editor could hold.

import { createDocument, type CopydeskDocument } from '../document';
import { DEFAULT_HOUSE_STYLE } from '../house-style';
import type { Paragraph, Story } from '../model';
import type { ExportOptions } from './types';

export const NOW = new Date('2025-03-04T12:00:00Z');

export const OPTIONS: ExportOptions = {
  houseStyle: DEFAULT_HOUSE_STYLE,
  lineEndings: 'lf',
  bom: false,
  html: 'document',
  now: NOW,
};

export function story(id: string, headline: string, more: Partial<Story> = {}): Story {
  return {
    id,
    headline,
    headlineLine: 1,
    byline: null,
    published: null,
    dateline: null,
    captions: [],
    body: [],
    removed: [],
    warnings: [],
    boundary: { line: 1, confidence: 1, signals: [] },
    source: { firstLine: 1, lastLine: 1 },
    ...more,
  };
}

const para = (text: string, more: Partial<Paragraph> = {}): Paragraph => ({
  text,
  lines: [],
  ...more,
});

export const RICH = story('story-1', 'Council "Agrees" Harbour Plan', {
  byline: 'Jane Doe and John Roe, Associated Press',
  published: { text: '3:14 PM GMT+1, November 20, 2024', iso: '2024-11-20T15:14:00+01:00' },
  dateline: 'BERGEN, Norway, Nov 20 (AP)',
  captions: [
    {
      text: 'The harbour at dawn',
      credit: 'Photo: epa',
      dateline: '20 November 2024, Norway, Bergen',
      lines: [3],
    },
    { text: 'The old quay (L)', credit: null, dateline: null, lines: [4] },
  ],
  body: [
    para('BERGEN, Norway, Nov 20 (AP) — The council agreed the plan on Monday.', { lines: [6] }),
    para('Read the full report here, or write to us.', {
      lines: [8],
      runs: [
        { text: 'Read the ' },
        { text: 'full report', bold: true, href: 'https://example.org/report_(2024)?a=1&b=2' },
        { text: ' here, or ' },
        { text: 'write to us', italic: true, href: 'mailto:desk@example.org' },
        { text: '.' },
      ],
    }),
    para('Both bold and italic, and a bad link.', {
      lines: [9],
      runs: [
        { text: 'Both ', bold: true, italic: true },
        { text: 'bold and italic', bold: true, italic: true },
        { text: ', and a ' },
        { text: 'bad link', href: 'javascript:alert(1)' },
        { text: '.' },
      ],
    }),
  ],
  source: { firstLine: 1, lastLine: 9 },
});

export const ARABIC = story('story-2', 'افتتاح معرض الكتاب', {
  byline: 'محمد علي',
  // A local time: no offset, so not a date-time ninjs can carry.
  published: { text: 'Wednesday, 20 November, 2024 - 06:15', iso: '2024-11-20T06:15:00' },
  dateline: 'القاهرة - الشرق الأوسط',
  captions: [{ text: 'زوار في المعرض', credit: 'AFP', dateline: null, lines: [12] }],
  body: [
    para('افتتح معرض الكتاب يوم الاثنين.', { lines: [14] }),
    para('Forced right to left by the editor.', { lines: [15], dir: 'rtl' }),
  ],
  source: { firstLine: 11, lastLine: 15 },
});

// Everything that must not get through as markup, break a file or hide itself.
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
export const HOSTILE_TEXT = `<script>alert("x")</script> ]]> & &amp; ${CONTROLS}\u007F\u0085 \u202Egpj.exe\u200F\u2067 end \uD800`;

export const HOSTILE = story('story-3', `../../etc/passwd ${HOSTILE_TEXT}`, {
  byline: `</p><script>alert(1)</script> By Jane Doe ${HOSTILE_TEXT}`,
  // An ISO value no parser wrote: it must never reach an attribute.
  published: { text: `<time>${HOSTILE_TEXT}`, iso: '2024-11-20"><script>alert(1)</script>' },
  dateline: `]]><location>LONDON</location> & ${HOSTILE_TEXT}, Nov 20 (AP)`,
  captions: [
    {
      text: `<img src=x onerror=alert(1)> ${HOSTILE_TEXT}`,
      credit: `</small><script>x</script> ${HOSTILE_TEXT}`,
      dateline: null,
      lines: [18],
    },
  ],
  body: [
    para(HOSTILE_TEXT, { lines: [20] }),
    para(`# [link](javascript:x) *not* _em_ ${HOSTILE_TEXT}`, {
      lines: [21],
      runs: [
        { text: '# [link](javascript:x) ' },
        { text: '*not*', bold: true, href: 'javascript:alert(1)' },
        { text: ' _em_ ' },
        { text: HOSTILE_TEXT, italic: true, href: 'https://example.org/"><script>' },
      ],
    }),
  ],
  source: { firstLine: 17, lastLine: 21 },
});

export function documentOf(stories: Story[], name = 'harbour.txt'): CopydeskDocument {
  const last = Math.max(1, ...stories.map((s) => s.source.lastLine));
  const text = Array.from({ length: last }, (_, i) => `line ${i + 1}`).join('\n');
  return createDocument({
    id: 'doc-1',
    name,
    decoded: { text, encoding: 'UTF-8', lineEndings: 'LF' },
    stories,
    now: new Date('2025-03-01T08:00:00Z'),
  });
}
