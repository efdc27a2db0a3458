import { describe, expect, it } from 'vitest';
import { captionLine, DEFAULT_HOUSE_STYLE as style, type HouseStyle } from '../house-style';
import {
  bidiClosers,
  bylineLineOf,
  captionLineOf,
  cleanText,
  encodeText,
  isoDate,
  offsetDateTime,
  safeHref,
  storyCopy,
} from './copy';
import { ARABIC, OPTIONS, RICH, story } from './fixtures';

describe('cleanText', () => {
  it('keeps copy, turns breaks and tabs into spaces, drops controls and lone surrogates', () => {
    expect(cleanText('Café “quoted” — ok')).toBe('Café “quoted” — ok');
    expect(cleanText('a\nb\r\nc\td\u2028e')).toBe('a b c d e');
    expect(cleanText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f\uFFFEg\uD800h')).toBe('abcde fg\uFFFDh');
  });
});

describe('bidiClosers', () => {
  it('closes what a field leaves open, innermost first', () => {
    expect(bidiClosers('plain')).toBe('');
    expect(bidiClosers('\u202Eevil')).toBe('\u202C');
    expect(bidiClosers('\u2067a\u202Bb')).toBe('\u202C\u2069');
    expect(bidiClosers('\u202Ba\u202C \u2066b\u2069')).toBe('');
    // A PDI closes the embeddings opened inside its isolate too.
    expect(bidiClosers('\u2066\u202Ea\u2069')).toBe('');
  });
});

describe('safeHref', () => {
  it('keeps web and mail links, escaping what would end them', () => {
    expect(safeHref('https://example.org/a b"c')).toBe('https://example.org/a%20b%22c');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });
  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'https://',
    '//x.org',
    'vbscript:x',
  ])('drops %s', (href) => expect(safeHref(href)).toBeUndefined());
});

describe('storyCopy', () => {
  it('prints captions exactly as house style captionLine does', () => {
    for (const creditFormat of ['parentheses', 'photo-prefix', 'agency-photo'] as const) {
      const house: HouseStyle = { ...style, creditFormat, quotes: 'curly' };
      const copy = storyCopy(RICH, house);
      RICH.captions.forEach((caption, i) =>
        expect(captionLineOf(copy.captions[i]!)).toBe(captionLine(caption, house)),
      );
    }
  });

  it('spells credits canonically and marks the dateline', () => {
    const [first, second] = storyCopy(RICH, style).captions;
    expect(first).toMatchObject({
      credit: 'EPA',
      printed: '(EPA)',
      dateline: '20 November 2024, Norway, Bergen',
    });
    expect(second).toMatchObject({ credit: null, printed: null, dateline: null });
  });

  it('applies house quotes to headline, captions and runs without losing formatting', () => {
    const copy = storyCopy(RICH, { ...style, quotes: 'curly' });
    expect(copy.headline).toBe('Council “Agrees” Harbour Plan');
    expect(copy.body[1]?.runs.map((r) => r.text).join('')).toBe(RICH.body[1]?.text);
  });

  it('merges runs, unlinks unsafe links and keeps safe ones', () => {
    const runs = storyCopy(RICH, style).body[2]?.runs;
    expect(runs).toEqual([
      { text: 'Both bold and italic', bold: true, italic: true },
      { text: ', and a bad link.' },
    ]);
    expect(storyCopy(RICH, style).body[1]?.runs[1]).toEqual({
      text: 'full report',
      bold: true,
      href: 'https://example.org/report_(2024)?a=1&b=2',
    });
  });

  it('gives each paragraph its direction: the override, else the first strong character', () => {
    const copy = storyCopy(ARABIC, style);
    expect(copy.headlineDir).toBe('rtl');
    expect(copy.captions[0]?.dir).toBe('rtl');
    expect(copy.body.map((p) => p.dir)).toEqual(['rtl', 'rtl']);
    expect(storyCopy(RICH, style).body.every((p) => p.dir === 'ltr')).toBe(true);
  });
});

it('encodes UTF-8 with CRLF and a byte order mark on request', () => {
  const bytes = encodeText('a\nb', { ...OPTIONS, lineEndings: 'crlf' }, true);
  expect(Array.from(bytes)).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]);
});

describe('story metadata', () => {
  it('keeps the ISO form only when it is one, and an offset date-time only when it has an offset', () => {
    expect(isoDate('2024-11-20T15:14:00+01:00')).toBe('2024-11-20T15:14:00+01:00');
    expect(isoDate('2024-11-20')).toBe('2024-11-20');
    expect(isoDate('2024-11-20T06:15:00')).toBe('2024-11-20T06:15:00');
    for (const bad of ['20 Nov 2024', '2024-11-20"><x>', '2024-11-20T15:14:00+01:00 ', '', null]) {
      expect(isoDate(bad)).toBeNull();
    }
    expect(offsetDateTime('2024-11-20T15:14:00Z')).toBe('2024-11-20T15:14:00Z');
    expect(offsetDateTime('2024-11-20T15:14:00-05:00')).toBe('2024-11-20T15:14:00-05:00');
    expect(offsetDateTime('2024-11-20T06:15:00')).toBeNull();
    expect(offsetDateTime('2024-11-20')).toBeNull();
  });

  it('cleans the fields like the rest of the copy; a field left empty is none', () => {
    const copy = storyCopy(
      story('a', 'A', {
        byline: ' Jane\nDoe\u0007 ',
        published: { text: '\u0000', iso: '2024-11-20' },
        dateline: '\t',
      }),
      style,
    );
    expect(copy).toMatchObject({ byline: 'Jane Doe', published: null, dateline: null });
    expect(bylineLineOf(copy)).toBe('By Jane Doe');
    expect(bylineLineOf(storyCopy(story('b', 'B'), style))).toBeNull();
  });
});
