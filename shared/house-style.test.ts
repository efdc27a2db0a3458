import { describe, expect, it } from 'vitest';
import {
  applyQuotes,
  canonicalCredit,
  captionFlags,
  captionLength,
  characters,
  creditAgency,
  captionLine,
  DEFAULT_HOUSE_STYLE as style,
  fixCaption,
  formatCredit,
  houseStyleSchema,
  styleRuns,
  type HouseStyle,
} from './house-style';
import type { Caption } from './model';

const caption = (text: string, credit: string | null = 'EPA'): Caption => ({
  text,
  credit,
  dateline: null,
  lines: [4],
});

describe('credits', () => {
  it.each([
    ['EPA', 'EPA'],
    ['epa', 'EPA'],
    ['DPA', 'dpa'],
    ['D.P.A.', 'dpa'],
    ['Associated Press', 'AP'],
    ['(Reuters)', 'Reuters'],
    ['Photo: afp', 'AFP'],
    ['Photo by Getty', 'Getty Images'],
    ['EPA photo', 'EPA'],
    ['© Xinhua', 'Xinhua'],
    ['AFP / getty images', 'AFP/Getty Images'],
    ['Jane  Doe/AFP', 'Jane Doe/AFP'],
    ['Staff photographer', 'Staff photographer'],
  ])('%s is written %s', (typed, canonical) => {
    expect(canonicalCredit(typed, style)).toBe(canonical);
  });

  it('finds the agency a credit names', () => {
    expect(creditAgency('Jane Doe/afp', style)).toBe('AFP');
    expect(creditAgency('Photo: EPA-EFE', style)).toBe('EPA-EFE');
    expect(creditAgency('Staff photographer', style)).toBeNull();
  });

  it('prints in the house format', () => {
    const as = (creditFormat: HouseStyle['creditFormat']) =>
      formatCredit('photo: epa', { ...style, creditFormat });
    expect(as('parentheses')).toBe('(EPA)');
    expect(as('photo-prefix')).toBe('Photo: EPA');
    expect(as('agency-photo')).toBe('EPA photo');
  });

  it('uses the agencies the editor configured', () => {
    const own = { ...style, agencies: [{ name: 'NurPhoto', aliases: ['Nur Photo'] }] };
    expect(canonicalCredit('nur photo', own)).toBe('NurPhoto');
    expect(canonicalCredit('epa', own)).toBe('epa');
  });
});

/** A house that asks for a closing full stop; the default keeps captions as written. */
const stops: HouseStyle = { ...style, captionFullStop: 'always' };

describe('fixCaption', () => {
  it('spells the credit canonically and ends the text with a full stop when the house asks', () => {
    expect(fixCaption(caption('Putin  in Sochi ', 'epa'), stops)).toEqual(
      caption('Putin in Sochi.', 'EPA'),
    );
    // By default the caption keeps its ending: only spacing and the credit change.
    expect(fixCaption(caption('Putin  in Sochi ', 'epa'), style)).toEqual(
      caption('Putin in Sochi', 'EPA'),
    );
  });

  it('leaves a caption ending in other punctuation or a quote alone', () => {
    for (const text of ['Who won?', 'He said "no."', 'Gone…']) {
      expect(fixCaption(caption(text), style).text).toBe(text);
    }
  });

  it('drops the full stop when house style says never, but not an ellipsis', () => {
    const never = { ...style, captionFullStop: 'never' as const };
    expect(fixCaption(caption('In Sochi.'), never).text).toBe('In Sochi');
    expect(fixCaption(caption('And then...'), never).text).toBe('And then...');
  });

  it('is idempotent', () => {
    const once = fixCaption(caption('Photo in Baghdad', 'Photo: dpa'), style);
    expect(fixCaption(once, style)).toEqual(once);
    expect(captionFlags(once, [], style)).toEqual([]);
  });
});

describe('captionFlags', () => {
  const codes = (c: Caption, body: string[] = []) =>
    captionFlags(
      c,
      body.map((text) => ({ text, lines: [] })),
      style,
    ).map((f) => f.code);

  it('passes a caption in house style', () => {
    expect(codes(caption('Putin in Sochi.'))).toEqual([]);
  });

  it('flags an empty caption and nothing else about it', () => {
    expect(codes(caption('  ', null))).toEqual(['empty']);
  });

  it('flags a missing credit', () => {
    expect(codes(caption('Putin in Sochi.', null))).toEqual(['missing-credit']);
    expect(codes(caption('Putin in Sochi.', ' '))).toEqual(['missing-credit']);
  });

  it('flags a credit and text out of house style, both fixable', () => {
    const flags = captionFlags(caption('Putin in Sochi', 'epa'), [], stops);
    expect(flags.map((f) => [f.code, f.fixable])).toEqual([
      ['credit-style', true],
      ['text-style', true],
    ]);
    expect(flags[0]?.message).toContain('"EPA"');
  });

  it('by default, passes ordinary captions: no closing full stop, an agency credit in its own form', () => {
    expect(style.captionFullStop).toBe('keep');
    for (const credit of [
      'AP Photo',
      'Jane Doe/AP Photo',
      'Anadolu Agency',
      'Associated Press',
      'Photo: AFP',
      'REUTERS/Jane Doe',
      'SOPA Images',
      'AFP via Getty Images',
      'Reuters/Jane Doe/File Photo',
    ]) {
      expect(codes(caption('Fishing boats in the harbour', credit)), credit).toEqual([]);
    }
    // Spacing is still a fix, and so is an agency's name misspelled.
    expect(codes(caption('Fishing boats  in the harbour'))).toEqual(['text-style']);
    for (const credit of ['epa', 'D.P.A.', 'Jane Doe/afp', 'Photo: epa']) {
      expect(codes(caption('Fishing boats in the harbour', credit)), credit).toEqual([
        'credit-style',
      ]);
    }
  });

  it('flags a caption printed again as a body paragraph, ignoring case, spacing, full stop and credit', () => {
    const text = 'Israeli Prime Minister Naftali Bennett in Sochi.';
    expect(
      codes(caption(text), ['Intro.', 'israeli prime minister  Naftali Bennett in Sochi']),
    ).toEqual(['in-body']);
    expect(codes(caption(text), [`${text} (EPA)`])).toEqual(['in-body']);
    // With its dateline, as the scraper left the whole caption line in the copy.
    const dated = { ...caption(text), dateline: '20 November 2024, Russia, Sochi' };
    expect(codes(dated, [`20 November 2024, Russia, Sochi: ${text}`])).toEqual(['in-body']);
    // A few words in common are not a repeat.
    expect(codes(caption('In Sochi.'), ['Talks in Sochi went on.'])).toEqual([]);
  });

  it('passes a caption written from a sentence of the copy: that echo is the picture desk’s choice', () => {
    const text = 'Fishermen blocked the harbour entrance on Tuesday';
    expect(
      codes(caption(text), [
        'Fishermen blocked the harbour entrance on Tuesday. The ministry said the quotas were needed.',
      ]),
    ).toEqual([]);
  });

  it('flags a caption over the configured length', () => {
    const long = `${'word '.repeat(70).trim()}.`;
    expect(codes(caption(long))).toEqual(['too-long']);
    expect(captionFlags(caption(long), [], { ...style, maxCaptionLength: 2000 })).toEqual([]);
  });
});

describe('quotes', () => {
  it('curls and straightens without changing the length', () => {
    const straight = `He said "it's over" ('for now').`;
    const curly = applyQuotes(straight, 'curly');
    expect(curly).toBe('He said “it’s over” (‘for now’).');
    expect(curly).toHaveLength(straight.length);
    expect(applyQuotes(curly, 'straight')).toBe(straight);
    expect(applyQuotes(straight, 'keep')).toBe(straight);
  });

  it('keeps formatting runs aligned', () => {
    const runs = styleRuns(
      {
        text: 'A "bold" claim',
        lines: [],
        runs: [{ text: 'A "' }, { text: 'bold', bold: true }, { text: '" claim' }],
      },
      { ...style, quotes: 'curly' },
    );
    expect(runs).toEqual([{ text: 'A “' }, { text: 'bold', bold: true }, { text: '” claim' }]);
  });
});

it('writes a caption line with its credit in house format', () => {
  expect(
    captionLine(caption('Putin in Sochi.', 'epa'), { ...style, creditFormat: 'photo-prefix' }),
  ).toBe('Putin in Sochi. Photo: EPA');
  expect(captionLine(caption('Putin in Sochi.', null), style)).toBe('Putin in Sochi.');
});

it('the default house style is valid', () => {
  expect(houseStyleSchema.parse(style)).toEqual(style);
  expect(houseStyleSchema.safeParse({ ...style, maxCaptionLength: 5 }).success).toBe(false);
  expect(houseStyleSchema.safeParse({ ...style, maxHeadlineLength: 0 }).success).toBe(false);
  expect(houseStyleSchema.safeParse({ ...style, maxBodyWords: 2.5 }).success).toBe(false);
});

it('reads a house style saved before the headline and body limits, with their defaults', () => {
  const { maxHeadlineLength: _h, maxBodyWords: _b, ...older } = style;
  expect(houseStyleSchema.parse(older)).toEqual({
    ...older,
    maxHeadlineLength: style.maxHeadlineLength,
    maxBodyWords: style.maxBodyWords,
  });
});

it('counts characters as an editor does: one per letter, accent or emoji', () => {
  expect(characters('Café')).toBe(4);
  expect(characters('Cafe\u0301')).toBe(4);
  expect(characters('Flood 🌊 warning')).toBe(15);
  expect(characters('')).toBe(0);
  const long = caption(`${'é'.repeat(301)}`);
  expect(captionLength(long)).toBe(301);
  const flagged = (c: Caption) => captionFlags(c, [], style).map((f) => f.code);
  expect(flagged(long)).toContain('too-long');
  expect(flagged(caption('é'.repeat(300)))).not.toContain('too-long');
});
