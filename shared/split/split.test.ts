// The split engine on hand-written dumps, one per layout the engine must handle. The copy is invented.

import { describe, expect, it } from 'vitest';
import { captionText, TEXT_LIMITS } from '../model';
import { splitStories } from './index';

const dump = (...lines: string[]) => lines.join('\n');

/** What an editor reads: headline, captions as `text (credit)`, body. */
function read(text: string) {
  return splitStories(text).stories.map((s) => ({
    headline: s.headline,
    captions: s.captions.map((c) =>
      c.credit ? `${captionText(c)} (${c.credit})` : captionText(c),
    ),
    body: s.body.map((p) => p.text),
  }));
}

const HARBOUR = [
  'Harbour Bridge Reopens After Storm Repairs',
  '',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  'TT',
  '',
  'Harbour Bridge Reopens After Storm Repairs',
  '',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  '',
  'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
  '',
  'Engineers worked around the clock, the city council said in a statement.',
];
const MARKET = [
  'Fishermen Protest New Quotas in Coastal Town',
  '',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest. (dpa)',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest. (dpa)',
  'TT',
  '',
  'Fishermen Protest New Quotas in Coastal Town',
  '',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest. (dpa)',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest. (dpa)',
  '',
  'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
  '',
  'The ministry said the quotas were needed to protect stocks that have fallen for five years.',
];

describe('the seed layout', () => {
  it('finds both stories, each caption once with credit and dateline, and removes the junk', () => {
    const result = splitStories(dump(...HARBOUR, '', '', '', ...MARKET));
    expect(result.stories).toHaveLength(2);
    const [first, second] = result.stories;
    expect(first?.headline).toBe('Harbour Bridge Reopens After Storm Repairs');
    expect(first?.captions).toEqual([
      {
        text: 'Workers inspect the repaired deck of the bridge at dawn',
        credit: 'EPA',
        dateline: null,
        lines: [3],
      },
    ]);
    // The dateline is held once, in its field; the caption reads with it.
    expect(second?.captions.map((c) => [c.text, c.credit, c.dateline])).toEqual([
      [
        'Fishing boats moored in the harbour during the protest.',
        'dpa',
        '3 March 2025, Norway, Bergen',
      ],
    ]);
    expect(second?.captions.map(captionText)).toEqual([
      '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest.',
    ]);
    expect(first?.body.map((p) => p.lines)).toEqual([[12], [14]]);
    expect(first?.removed.map((r) => [r.line, r.reason])).toEqual([
      [4, 'duplicate-caption'],
      [5, 'logo-token'],
      [7, 'duplicate-headline'],
      [9, 'duplicate-caption'],
      [10, 'duplicate-caption'],
    ]);
    expect(second?.boundary.confidence).toBeGreaterThanOrEqual(0.9);
    expect(second?.boundary.signals).toContain('headline-repeated');
  });

  it('reads CRLF text the same as LF', () => {
    const lf = dump(...HARBOUR, '', '', '', ...MARKET);
    expect(read(lf.replace(/\n/g, '\r\n'))).toEqual(read(lf));
  });

  it('is deterministic', () => {
    const text = dump(...HARBOUR, '', '', '', ...MARKET);
    expect(splitStories(text)).toEqual(splitStories(text));
  });
});

describe('layouts beyond the seed', () => {
  it('splits stories without photos separated by 2 to 5 blank lines, some holding spaces', () => {
    const text = dump(
      'Council Approves New Cycle Lanes',
      '',
      'The city council approved eleven kilometres of new cycle lanes on Wednesday night.',
      '',
      'Work is due to start in the spring and last about a year.',
      '',
      '   ',
      '',
      'Why Are Bus Fares Rising Again?',
      '',
      'Bus fares will rise by four percent in January, the transport authority said on Thursday.',
      '',
      'The authority blamed higher fuel and wage costs for the increase.',
      ' ',
      '',
      '\t',
      '',
      '',
      '"We Will Not Give Up," Says Striking Union',
      '',
      'The nurses union said its members would keep striking until the government improved its offer.',
    );
    expect(read(text).map((s) => s.headline)).toEqual([
      'Council Approves New Cycle Lanes',
      'Why Are Bus Fares Rising Again?',
      '"We Will Not Give Up," Says Striking Union',
    ]);
    expect(read(text)[1]?.body).toEqual([
      'Bus fares will rise by four percent in January, the transport authority said on Thursday.',
      'The authority blamed higher fuel and wage costs for the increase.',
    ]);
  });

  it('takes captions that appear once, between paragraphs, with position markers and long credits', () => {
    const text = dump(
      'Drought Leaves Reservoirs at Record Low',
      '',
      'Water levels in the region fell to the lowest point since records began, officials said on Friday.',
      '',
      'A farmer (L) and his son walk across the dried bed of the reservoir (AFP/Getty Images)',
      '',
      'The water authority asked households to cut their use by a fifth until the autumn.',
      '',
      'The regional governor (2nd R) visits a pumping station (File photo: AFP)',
      '',
      'Rain is not expected for at least another fortnight, forecasters said.',
    );
    const [story] = splitStories(text).stories;
    expect(story?.captions.map((c) => [c.text, c.credit])).toEqual([
      ['A farmer (L) and his son walk across the dried bed of the reservoir', 'AFP/Getty Images'],
      ['The regional governor (2nd R) visits a pumping station', 'File photo: AFP'],
    ]);
    expect(story?.body).toHaveLength(3);
  });

  it('keeps wire marks in the body: a paragraph ending (Reuters), one opening BEIRUT (AFP) -', () => {
    const text = dump(
      'Ceasefire Talks Resume in Cairo',
      '',
      'BEIRUT (AFP) - Negotiators returned to Cairo on Sunday for a new round of ceasefire talks.',
      '',
      'Mediators said both sides had agreed to discuss the release of detainees first.',
      '',
      'The talks are expected to last several days, a diplomat told reporters on Sunday. (Reuters)',
    );
    const [story] = read(text);
    expect(story?.captions).toEqual([]);
    expect(story?.body).toHaveLength(3);
    expect(story?.body[0]).toMatch(/^BEIRUT \(AFP\) - /);
    expect(story?.body[2]).toMatch(/\(Reuters\)$/);
  });

  it('joins hard-wrapped paragraphs and keeps wrapped hyphens', () => {
    const text = dump(
      'Library Extends Opening Hours',
      '',
      'The central library will open until ten in the evening from next',
      'month, the culture department said, after a survey found that most',
      'readers wanted later hours during the week.',
      '',
      'The change will be paid for by a grant from a long-standing well-',
      'wisher of the library, who asked not to be named in the announcement',
      'made on Monday.',
      '',
      'Staff unions said they had been consulted and welcomed the decision',
      'to hire six more librarians for the evening shifts this year.',
    );
    expect(read(text)[0]?.body).toEqual([
      'The central library will open until ten in the evening from next month, the culture department said, after a survey found that most readers wanted later hours during the week.',
      'The change will be paid for by a grant from a long-standing well-wisher of the library, who asked not to be named in the announcement made on Monday.',
      'Staff unions said they had been consulted and welcomed the decision to hire six more librarians for the evening shifts this year.',
    ]);
  });

  it('keeps a body sentence that repeats a caption, and takes a doubled caption without credit', () => {
    const text = dump(
      'Museum Returns Stolen Painting',
      '',
      'The painting on display in the main hall',
      'The painting on display in the main hall',
      '',
      'The museum handed the painting back to the family on Thursday after a ten-year legal battle.',
      '',
      'The painting on display in the main hall.',
    );
    const [story] = splitStories(text).stories;
    expect(story?.captions.map((c) => [c.text, c.credit])).toEqual([
      ['The painting on display in the main hall', null],
    ]);
    expect(story?.body.map((p) => p.text)).toEqual([
      'The museum handed the painting back to the family on Thursday after a ten-year legal battle.',
      'The painting on display in the main hall.',
    ]);
    expect(story?.warnings.map((w) => w.code)).toContain('caption-without-credit');
  });

  it('learns a logo token that recurs at every story start, whatever it is', () => {
    const story = (headline: string, copy: string) => [headline, '', 'N24', '', copy];
    const text = dump(
      ...story(
        'Trains Cancelled as Snow Falls',
        'Dozens of trains were cancelled on Monday as heavy snow fell across the north.',
      ),
      '',
      '',
      ...story(
        'Airport Expansion Approved',
        'The government approved a third runway at the airport after a decade of debate.',
      ),
      '',
      '',
      ...story(
        'Schools Close for Snow Day',
        'Hundreds of schools closed on Tuesday as temperatures fell below minus ten.',
      ),
    );
    const result = splitStories(text);
    expect(result.stories.map((s) => s.headline)).toEqual([
      'Trains Cancelled as Snow Falls',
      'Airport Expansion Approved',
      'Schools Close for Snow Day',
    ]);
    for (const s of result.stories)
      expect(s.removed.map((r) => [r.text, r.reason])).toEqual([['N24', 'logo-token']]);
  });

  it('splits right-to-left copy', () => {
    const text = dump(
      'افتتاح معرض الكتاب في القاهرة',
      '',
      'افتتح معرض القاهرة الدولي للكتاب أبوابه أمام الزوار يوم الخميس بمشاركة مئات الناشرين من العالم العربي.',
      '',
      '',
      '',
      'ارتفاع أسعار الذهب في الأسواق المحلية',
      '',
      'ارتفعت أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي وسط إقبال كبير من المشترين والتجار.',
    );
    expect(read(text).map((s) => s.headline)).toEqual([
      'افتتاح معرض الكتاب في القاهرة',
      'ارتفاع أسعار الذهب في الأسواق المحلية',
    ]);
  });

  it('warns about a story with no headline or no body and about uncertain starts', () => {
    const text = dump(
      'this dump starts mid-story, with copy that has lost its headline somewhere upstream of us.',
      '',
      '',
      'Short Line Standing Alone',
      '',
      'More copy follows here, written as one long sentence that any editor would call a paragraph.',
    );
    const stories = splitStories(text).stories;
    expect(stories[0]?.warnings.map((w) => w.code)).toContain('no-headline');
    expect(stories[1]?.headline).toBe('Short Line Standing Alone');
    expect(stories[1]?.boundary.confidence).toBeLessThan(1);
  });

  it('falls back on headline shape when nothing else separates stories, and asks the editor', () => {
    const text = dump(
      'Council Approves New Cycle Lanes',
      '',
      'The city council approved eleven kilometres of new cycle lanes on Wednesday night.',
      '',
      'Work is due to start in the spring and last about a year.',
      '',
      'Bus Fares to Rise in January',
      '',
      'Bus fares will rise by four percent in January, the transport authority said on Thursday.',
    );
    const stories = splitStories(text).stories;
    expect(stories.map((s) => s.headline)).toEqual([
      'Council Approves New Cycle Lanes',
      'Bus Fares to Rise in January',
    ]);
    expect(stories[1]?.warnings.map((w) => w.code)).toContain('low-confidence-boundary');
  });

  it('gives a picture printed before its headline to the story it opens', () => {
    const text = dump(
      ...HARBOUR.slice(0, 2),
      ...HARBOUR.slice(11),
      '',
      '',
      '',
      'Fishing boats moored in the harbour during the protest (dpa)',
      'Fishing boats moored in the harbour during the protest (dpa)',
      'TT',
      '',
      'Fishermen Protest New Quotas in Coastal Town',
      '',
      'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
    );
    const [first, second] = splitStories(text).stories;
    expect(first?.captions).toEqual([]);
    expect(second?.headline).toBe('Fishermen Protest New Quotas in Coastal Town');
    expect(second?.captions.map((c) => c.credit)).toEqual(['dpa']);
    expect(second?.boundary.signals).toContain('picture-before');
  });

  it('keeps a story sent twice under a new headline (a wire update) as two stories', () => {
    const copy = [
      'The central bank raised its main interest rate by a quarter point on Thursday, its fourth rise this year.',
      '',
      'Economists had expected the move after inflation rose to its highest level in a decade last month.',
    ];
    const text = dump(
      'Bank Raises Rates Again',
      '',
      ...copy,
      '',
      '',
      '',
      'Bank Raises Rates for Fourth Time',
      '',
      ...copy,
    );
    expect(read(text).map((s) => [s.headline, s.body.length])).toEqual([
      ['Bank Raises Rates Again', 2],
      ['Bank Raises Rates for Fourth Time', 2],
    ]);
  });

  it('keeps the headline of a story pasted twice in one file, however short', () => {
    const story = [
      'Markets Rally',
      '',
      'Shares rose across Europe on Tuesday as investors welcomed the central bank decision.',
      '',
      'Traders said the gains were broad, led by banks and energy companies.',
    ];
    const other = [
      'Council Approves New Cycle Lanes',
      '',
      'The city council approved eleven kilometres of new cycle lanes on Wednesday night.',
      '',
      'Work is due to start in the spring and last about a year.',
    ];
    const text = dump(...story, '', '', '', ...other, '', '', '', ...story);
    expect(read(text).map((s) => s.headline)).toEqual([
      'Markets Rally',
      'Council Approves New Cycle Lanes',
      'Markets Rally',
    ]);
  });

  it('cuts paragraphs glued together by a text-content scrape back apart, quotes on the right side', () => {
    const glued = (...paragraphs: string[]) => paragraphs.join('');
    const story = (headline: string, town: string) => [
      headline,
      '',
      glued(
        `The council in ${town} approved the new harbour wall on Tuesday after a long debate.`,
        '"We have waited ten years for this," the mayor said after the vote was counted.',
        'Her deputy added: "Work on the wall will begin in the spring and take two years."',
        `Fishermen in ${town} said the wall would protect their boats from the winter storms.`,
      ),
    ];
    const text = dump(
      ...story('Harbour Wall Approved', 'Ardmore'),
      '',
      '',
      '',
      ...story('Storm Wall Plan Passes', 'Kilkee'),
      '',
      '',
      '',
      ...story('Town Backs Sea Defences', 'Dingle'),
    );
    const stories = read(text);
    expect(stories.map((s) => s.headline)).toEqual([
      'Harbour Wall Approved',
      'Storm Wall Plan Passes',
      'Town Backs Sea Defences',
    ]);
    expect(stories[1]?.body).toEqual([
      'The council in Kilkee approved the new harbour wall on Tuesday after a long debate.',
      '"We have waited ten years for this," the mayor said after the vote was counted.',
      'Her deputy added: "Work on the wall will begin in the spring and take two years."',
      'Fishermen in Kilkee said the wall would protect their boats from the winter storms.',
    ]);
  });

  it("reads a wire page's gallery: the caption once, without its counter and links, and the headline above it", () => {
    const stories = splitStories(
      dump(
        'Business',
        'Chipmakers slide after export curbs widen',
        'By Jane Doe',
        'November 29, 20264:15 PM UTCUpdated ago',
        'Item 1 of 2 A worker inspects a wafer at a plant in Hsinchu, March 3, 2026. REUTERS/Ann Wong',
        '[1/2]A worker inspects a wafer at a plant in Hsinchu, March 3, 2026. REUTERS/Ann Wong Purchase Licensing Rights, opens new tab',
        'TAIPEI, Nov 29 (Reuters) - Shares of chipmakers fell on Friday after new export curbs, deepening worries about sales.',
        'The benchmark index dropped 3.2%, its biggest one-day fall in two months.',
      ),
    ).stories;
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story!.headline).toBe('Chipmakers slide after export curbs widen');
    expect(story!.captions.map((c) => [c.text, c.credit])).toEqual([
      ['A worker inspects a wafer at a plant in Hsinchu, March 3, 2026.', 'REUTERS/Ann Wong'],
    ]);
    expect(story!.published?.iso).toBe('2026-11-29T16:15:00Z');
    expect(story!.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'nav'],
      [3, 'byline'],
      [4, 'timestamp'],
      [6, 'duplicate-caption'],
    ]);
    expect(story!.body.map((p) => p.lines)).toEqual([[7], [8]]);
  });

  it('removes a byline block that runs name and role together, and a time label on a line of its own', () => {
    const [story, ...more] = splitStories(
      dump(
        'Glaciers in the Alps lost a record share of their ice this year',
        'Karen Holt Environment correspondent',
        'Published',
        'Sun 29 Nov 2026 14.05 GMT',
        'Glaciers in the Alps lost about 4% of their remaining ice this year, the second largest loss on record.',
        'A summer of heatwaves and a winter with little snow left the glaciers exposed for longer.',
      ),
    ).stories;
    expect(more).toEqual([]);
    expect(story!.byline).toBe('Karen Holt, Environment correspondent');
    expect(story!.published?.iso).toBe('2026-11-29T14:05:00Z');
    expect(story!.removed.map((r) => [r.line, r.reason])).toEqual([
      [2, 'byline'],
      [3, 'timestamp'],
      [4, 'timestamp'],
    ]);
    expect(story!.body.map((p) => p.lines)).toEqual([[5], [6]]);
  });

  it('splits a news-in-brief column into its stories, where the same cards after a story are a list of others', () => {
    const briefs = [
      'Library opens on Sundays',
      'The central library will open on Sundays from January, the council said, after a petition.',
      'Roadworks on ring road',
      'Overnight roadworks will close two lanes of the ring road between Monday and Friday.',
      'Choir wins national award',
      "The St Mary's youth choir has won a national award for its recording of local carols.",
    ];
    const alone = splitStories(dump('In brief', ...briefs)).stories;
    expect(alone.map((s) => s.headline)).toEqual([
      'Library opens on Sundays',
      'Roadworks on ring road',
      'Choir wins national award',
    ]);
    expect(alone.map((s) => s.body.map((p) => p.lines))).toEqual([[[3]], [[5]], [[7]]]);

    const afterStory = splitStories(
      dump(
        'Harbour Bridge Reopens After Storm Repairs',
        'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck, and engineers said the repairs would last for decades.',
        'Engineers worked around the clock, the city council said in a statement.',
        '',
        ...briefs,
      ),
    ).stories;
    expect(afterStory).toHaveLength(1);
    expect(afterStory[0]!.removed.map((r) => r.reason)).toEqual(Array(6).fill('related'));
  });

  it('reads the dateline opening the copy under a standfirst', () => {
    const text = dump(
      'Ferry Pier Rebuilt After Storm',
      '',
      'The harbour council has backed the plan to rebuild the old ferry pier before summer.',
      '',
      'By Jane Doe',
      '',
      'Millbrook, Nov 20 (PTI) The harbour council voted on Tuesday to rebuild the old ferry pier.',
      '',
      'Work will start in March, a spokeswoman for the council said, and should take four months.',
    );
    expect(splitStories(text).stories[0]?.dateline).toBe('Millbrook, Nov 20 (PTI)');
  });

  it('takes a labelled link under the byline for a link, not for the headline', () => {
    const text = dump(
      'Ferry Pier Rebuilt After Storm',
      '',
      'By: Jane Doe',
      'Published: 6:15 AM EST November 20, 2024',
      '',
      'Up Next: Council Backs New Bus Lanes',
      '',
      'MILLBROOK (KXRT) — The harbour council voted on Tuesday to rebuild the old ferry pier before summer.',
      '',
      'Work will start in March, a spokeswoman for the council said, and should take four months.',
    );
    const [story] = splitStories(text).stories;
    expect(story).toMatchObject({
      headline: 'Ferry Pier Rebuilt After Storm',
      byline: 'Jane Doe',
      dateline: 'MILLBROOK (KXRT)',
    });
    expect(story?.removed).toContainEqual(
      expect.objectContaining({ text: 'Up Next: Council Backs New Bus Lanes', reason: 'related' }),
    );
    // Above the byline a headline with a colon is the headline.
    const colon = dump(
      'Brexit: What Happens Next',
      '',
      'By Jane Doe',
      '',
      'The harbour council voted on Tuesday to rebuild the old ferry pier before summer.',
    );
    expect(splitStories(colon).stories[0]?.headline).toBe('Brexit: What Happens Next');
  });

  it('puts the note on the writer after the copy with the byline', () => {
    const text = dump(
      'Ferry Pier Rebuilt After Storm',
      '',
      'By Jane Doe',
      '',
      'The harbour council voted on Tuesday to rebuild the old ferry pier before summer.',
      '',
      'Work will start in March, a spokeswoman for the council said, and should take four months.',
      '',
      'Jane Doe is a staff writer at The Example Review.',
    );
    const [story] = splitStories(text).stories;
    expect(story?.body.map((p) => p.text)).toHaveLength(2);
    expect(story?.removed).toContainEqual(
      expect.objectContaining({
        text: 'Jane Doe is a staff writer at The Example Review.',
        reason: 'byline',
      }),
    );
  });

  it('returns no stories for blank text', () => {
    expect(splitStories('').stories).toEqual([]);
    expect(splitStories('\n   \n\t\n').stories).toEqual([]);
  });
});

describe('a run of copy longer than a paragraph may be', () => {
  it('is cut at spaces into paragraphs within the limit, every word kept in order, same lines', () => {
    const sentence = 'The council said the harbour would reopen once the repairs were done. ';
    const line = sentence.repeat(Math.ceil((2.5 * TEXT_LIMITS.paragraph) / sentence.length)).trim();
    const { stories } = splitStories(`Harbour Reopens\n\n${line}\n`);
    const body = stories.flatMap((s) => s.body);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      expect(p.text.length).toBeLessThanOrEqual(TEXT_LIMITS.paragraph);
      expect(p.lines).toEqual([3]);
    }
    expect(body.map((p) => p.text).join(' ')).toBe(line);
  });
});
