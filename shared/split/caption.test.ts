import { describe, expect, it } from 'vitest';
import {
  CAPTION_THRESHOLD,
  captionScore,
  hasWireDateline,
  parseCaptionDateline,
  parseCaptionLabel,
  parseCredit,
  parseCreditLine,
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

  it('scores a labelled credit in brackets as picture-desk style, a bare one less', () => {
    const ctx = { inHeaderZone: false };
    const line = (credit: string) => `A man gestures during an interview in Vienna. (${credit})`;
    expect(captionScore(parseCredit(line('Photo: Reuters')), ctx)).toBeGreaterThanOrEqual(
      CAPTION_THRESHOLD,
    );
    expect(captionScore(parseCredit(line('Reuters')), ctx)).toBeLessThan(CAPTION_THRESHOLD);
  });

  it('knows picture agencies inside longer credits', () => {
    expect(parseCredit('Crowds gather (AFP/Getty Images)').knownAgency).toBe(true);
    expect(parseCredit('Crowds gather (Jane Smith)').knownAgency).toBe(false);
  });
});

describe('credits in every form pages print them', () => {
  it.each([
    [
      'Rescuers search the rubble (AP Photo/Jane Doe)',
      'Rescuers search the rubble',
      'AP Photo/Jane Doe',
      'paren',
    ],
    [
      'Fans at the final (Photo by Jane Doe/AFP via Getty Images)',
      'Fans at the final',
      'Jane Doe/AFP via Getty Images',
      'paren',
    ],
    [
      'Protesters outside parliament on Monday. Photograph: Jane Doe/Reuters',
      'Protesters outside parliament on Monday.',
      'Jane Doe/Reuters',
      'label',
    ],
    [
      'Smoke over the port [Jane Doe/Reuters]',
      'Smoke over the port',
      'Jane Doe/Reuters',
      'bracket',
    ],
    [
      'A boy carries water in Gaza City REUTERS/Jane Doe',
      'A boy carries water in Gaza City',
      'REUTERS/Jane Doe',
      'agency-slash',
    ],
    [
      'Ministers arrive for the summit — Reuters',
      'Ministers arrive for the summit',
      'Reuters',
      'dash',
    ],
    ['The stadium at night - Getty Images', 'The stadium at night', 'Getty Images', 'dash'],
    ['Fans at the gates (Pic: PA)', 'Fans at the gates', 'PA', 'paren'],
    ['Fans at the gates. Pic: Getty', 'Fans at the gates.', 'Getty', 'label'],
    ['Crowds in the square. © Jane Doe/AFP', 'Crowds in the square.', 'Jane Doe/AFP', 'label'],
    [
      'The harbour at dawn. Photograph by Jane Doe for The Example Review',
      'The harbour at dawn.',
      'Jane Doe for The Example Review',
      'label',
    ],
    ['The harbour at dawn. Illustration by Jane Doe', 'The harbour at dawn.', 'Jane Doe', 'label'],
    ['Fans at the gates | Photo: Jane Doe/AFP', 'Fans at the gates', 'Jane Doe/AFP', 'label'],
    ['Fans at the gates. Foto: dpa', 'Fans at the gates.', 'dpa', 'label'],
    [
      'Traders on the floor. Photographer: Jane Doe/Bloomberg',
      'Traders on the floor.',
      'Jane Doe/Bloomberg',
      'label',
    ],
    [
      'Traders on the floor. Jane Doe | Bloomberg | Getty Images',
      'Traders on the floor.',
      'Jane Doe | Bloomberg | Getty Images',
      'pipes',
    ],
    ['Voters queue in Lucknow [Photo: PTI]', 'Voters queue in Lucknow', 'PTI', 'bracket'],
    ['Voters queue in Lucknow | Photo Credit: PTI', 'Voters queue in Lucknow', 'PTI', 'label'],
    [
      'Shares of the harbour group since May. Source: Acme Data',
      'Shares of the harbour group since May.',
      'Acme Data',
      'label',
    ],
    ['Voters queue in Lucknow [Photo: Jane Doe]', 'Voters queue in Lucknow', 'Jane Doe', 'bracket'],
  ])('%s', (line, text, credit, form) => {
    expect(parseCredit(line)).toMatchObject({ text, credit, form });
  });

  it.each([
    'He called the plan "a disgrace" [sic]',
    'The minister [of finance] said the plan would work.',
    'Talks went on into the night - officials said',
    'The deal was signed on Monday - Reuters reported it first.',
    'Exhibition of photographs by Jane Doe',
    'The show opens with a photograph by Jane Doe',
    'Rates held. Jobs | Prices | Wages',
    'The figures come from the Source: Acme Data',
    'Markets closed higher. Dow | S&P 500 | Nasdaq',
  ])('finds no credit in %s', (line) => {
    expect(parseCredit(line).credit).toBeNull();
  });

  it.each([
    ['Image source, Getty Images', 'Getty Images'],
    ['Photo: AFP', 'AFP'],
    ['Credit...Jane Doe for The Example Times', 'Jane Doe for The Example Times'],
    ['Photograph: Jane Doe/EPA', 'Jane Doe/EPA'],
    ['Getty Images', 'Getty Images'],
    ['Pic: Jane Doe', 'Jane Doe'],
  ])('reads the credit line %j', (line, credit) => {
    expect(parseCreditLine(line)).toBe(credit);
  });

  it.each([
    'Photo: the minister said it was over.',
    'Source: officials told reporters on Monday that talks had stalled',
    'Reuters said on Monday',
  ])('leaves %j', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });

  it.each([
    [
      'Item 1 of 2 Dockers unload a ship in Gdansk, March 3, 2026. REUTERS/Jan Nowak',
      'Dockers unload a ship in Gdansk, March 3, 2026.',
      'REUTERS/Jan Nowak',
    ],
    [
      '[1/2]Dockers unload a ship in Gdansk. REUTERS/Jan Nowak Purchase Licensing Rights, opens new tab',
      'Dockers unload a ship in Gdansk.',
      'REUTERS/Jan Nowak',
    ],
    ['Image 3/5: Crowds at the gate (EPA)', 'Crowds at the gate', 'EPA'],
    ['The harbour at dawn (AFP) License this image', 'The harbour at dawn', 'AFP'],
  ])('reads a gallery caption without its counter and links: %j', (line, text, credit) => {
    expect(parseCredit(line)).toMatchObject({ text, credit });
  });

  it('keeps a count that is the copy', () => {
    expect(parseCredit('1 of 5 adults are now vaccinated, officials said. (AFP)').text).toBe(
      '1 of 5 adults are now vaccinated, officials said.',
    );
    // Links with no credit before them leave the line as it was.
    expect(parseCredit('Read our guide, opens new tab').credit).toBeNull();
  });

  it('reads a caption by its label', () => {
    expect(parseCaptionLabel('Image caption, Rescuers search the rubble')).toBe(
      'Rescuers search the rubble',
    );
    expect(parseCaptionLabel('The image caption was wrong')).toBeNull();
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

  it('takes a sentence with its credit set apart, before any copy, for a caption', () => {
    const line = 'Tourists in the old town of Diriyah, on the outskirts of Riyadh. (SPA)';
    expect(score(line, true)).toBeGreaterThanOrEqual(CAPTION_THRESHOLD);
    // Among the copy, the same line is copy.
    expect(score(line, false)).toBeLessThan(CAPTION_THRESHOLD);
    // Before the copy too, a sentence that reports is copy.
    expect(score('The ministry said the rules would change in January. (SPA)', true)).toBeLessThan(
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
