import { describe, expect, it } from 'vitest';
import {
  CAPTION_THRESHOLD,
  captionScore,
  hasWireDateline,
  parseCaptionDateline,
  parseCredit,
} from './caption';

describe('parseCredit', () => {
  it.each([
    ['Ministers meet in Sochi (EPA)', 'Ministers meet in Sochi', 'EPA'],
    ['A view of the square. (dpa)', 'A view of the square.', 'dpa'],
    ['Fans celebrate (AFP/Getty Images)', 'Fans celebrate', 'AFP/Getty Images'],
    ['The old bridge (File photo: AFP)', 'The old bridge', 'File photo: AFP'],
    ['The minister (2nd R) arrives (Reuters)', 'The minister (2nd R) arrives', 'Reuters'],
  ])('%s', (line, text, credit) => {
    expect(parseCredit(line)).toMatchObject({ text, credit });
  });

  it('notices position markers and does not take them for credits', () => {
    expect(parseCredit('The minister (2nd R) arrives (Reuters)').positional).toBe(true);
    expect(parseCredit('The minister and her deputy (R)')).toMatchObject({
      credit: null,
      positional: true,
    });
    expect(parseCredit('Ministers meet (EPA)').positional).toBe(false);
  });

  it.each([
    'No parenthesis at the end',
    'Leeds v Saracens (Fri)',
    'Watch the match (video)',
    'Profits rose in the year (2019)',
    'Caroline Quentin (Life Begins/ Von Trapped, ITV1)',
    'He said it was over (and it was.)',
  ])('finds no credit in %s', (line) => {
    expect(parseCredit(line).credit).toBeNull();
  });

  it('knows picture agencies inside longer credits', () => {
    expect(parseCredit('Crowds gather (AFP/Getty Images)').knownAgency).toBe(true);
    expect(parseCredit('Crowds gather (Jane Smith)').knownAgency).toBe(false);
  });
});

describe('parseCaptionDateline', () => {
  it.each([
    [
      '20 November 2024, Iraq, Baghdad: A view of an empty street.',
      '20 November 2024, Iraq, Baghdad',
    ],
    ['November 20, 2024, Berlin: Police stand guard.', 'November 20, 2024, Berlin'],
    ['2024-11-20, Kyiv: Rescuers at work.', '2024-11-20, Kyiv'],
    ['Baghdad, 20 Nov 2024: Traffic at dusk.', 'Baghdad, 20 Nov 2024'],
  ])('%s', (text, dateline) => {
    expect(parseCaptionDateline(text)).toBe(dateline);
  });

  it.each([
    'Pictured: the new stadium',
    'He said: we will win',
    'Iraq, Baghdad: a street with no date',
  ])('finds none in %s', (text) => {
    expect(parseCaptionDateline(text)).toBeNull();
  });
});

describe('captionScore', () => {
  const score = (line: string, inHeaderZone = false) =>
    captionScore(parseCredit(line), { inHeaderZone });

  it('takes short picture lines for captions', () => {
    expect(score('Smoke rises over the city after an air strike (Reuters)')).toBeGreaterThanOrEqual(
      CAPTION_THRESHOLD,
    );
    expect(score('A man walks past a mural in Tehran. (AFP)', true)).toBeGreaterThanOrEqual(
      CAPTION_THRESHOLD,
    );
  });

  it('leaves wire copy in the body', () => {
    expect(
      score('The company said profits rose five percent in the quarter. (Reuters)'),
    ).toBeLessThan(CAPTION_THRESHOLD);
    expect(
      score(
        'LONDON (Reuters) - Shares fell sharply on Monday after the bank cut rates (Reuters)',
        true,
      ),
    ).toBeLessThan(CAPTION_THRESHOLD);
    expect(score('A line with no credit at all')).toBe(0);
  });

  it('recognises wire datelines', () => {
    expect(hasWireDateline('BEIRUT (AFP) - Talks resumed.')).toBe(true);
    expect(hasWireDateline('WASHINGTON — The Senate voted.')).toBe(true);
    expect(hasWireDateline('Talks resumed in Beirut - officials said.')).toBe(false);
  });
});
