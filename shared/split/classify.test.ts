// Context rules of classify.ts, each on a hand-written page. The copy is invented.

import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { toUnits } from './units';

/** What classify made of each unit: `text → kind[:rule]`. */
function read(...lines: string[]) {
  const { units } = toUnits(lines.join('\n'));
  const facts = classify(units);
  return new Map(
    units.map((u, i) => {
      const rule = facts.furniture[i]?.rule;
      return [u.text, `${facts.kind[i]}${rule ? `:${rule}` : ''}`];
    }),
  );
}

const COPY = [
  'The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season begins.',
  '',
  'Work will start in March, a spokeswoman for the council said, and should take about four months.',
];

describe('kicker by its shape', () => {
  it('takes a short label set off above a headline for a kicker, whatever it says', () => {
    const kinds = read('Reportage', '', 'The Long Wait for a New Ferry Pier', '', ...COPY);
    expect(kinds.get('Reportage')).toBe('furniture:kicker-shape');
    expect(kinds.get('The Long Wait for a New Ferry Pier')).toBe('heading');
    const series = read(
      ...COPY,
      '',
      '',
      '',
      'Letters From Abroad',
      '',
      'The Long Wait for a New Ferry Pier',
      '',
      ...COPY,
    );
    expect(series.get('Letters From Abroad')).toBe('furniture:kicker-shape');
    // A page with no blank lines at all: under its page title.
    const tight = read(
      'The Long Wait for a New Ferry Pier - The Example Review',
      'Essay',
      'The Long Wait for a New Ferry Pier',
      ...COPY.filter(Boolean),
    );
    expect(tight.get('Essay')).toBe('furniture:kicker-shape');
  });

  it('leaves a byline name, a subheading in the copy and a line longer than the one under it', () => {
    const name = read('Jane Doe', '', 'The Long Wait for a New Ferry Pier', '', ...COPY);
    expect(name.get('Jane Doe')).not.toBe('furniture:kicker-shape');
    const sub = read(...COPY, '', 'Background', '', 'What the Council Decided', '', ...COPY);
    expect(sub.get('Background')).not.toBe('furniture:kicker-shape');
    const tightSub = read(
      ...COPY.filter(Boolean),
      'Background',
      'What the Council Decided',
      ...COPY,
    );
    expect(tightSub.get('Background')).not.toBe('furniture:kicker-shape');
    const longer = read('Ferry Pier Plans', '', 'New Pier', '', ...COPY);
    expect(longer.get('Ferry Pier Plans')).not.toBe('furniture:kicker-shape');
  });
});

describe('menus a block a line', () => {
  it('takes five short lines one blank line apart for a menu, whatever they say', () => {
    const kinds = read(
      'Closings',
      '',
      'Contests',
      '',
      'Submit a Tip',
      '',
      'Traffic Cams',
      '',
      'Community',
      '',
      'The Long Wait for a New Ferry Pier',
      '',
      ...COPY,
    );
    for (const item of ['Closings', 'Contests', 'Submit a Tip', 'Traffic Cams', 'Community'])
      expect(kinds.get(item), item).toBe('furniture:menu-run');
  });

  it('leaves four such lines, and list items however many', () => {
    const four = read(
      'Closings',
      '',
      'Contests',
      '',
      'Submit a Tip',
      '',
      'Traffic Cams',
      '',
      ...COPY,
    );
    expect(four.get('Closings')).not.toBe('furniture:menu-run');
    const list = read(
      ...COPY,
      '',
      '• Eggs',
      '',
      '• Milk',
      '',
      '• Flour',
      '',
      '• Sugar',
      '',
      '• Salt',
    );
    expect(list.get('• Eggs')).not.toBe('furniture:menu-run');
  });
});

describe('summary box label', () => {
  const POINTS = [
    'The harbour council voted to rebuild the old ferry pier before summer.',
    'Work will start in March and should take about four months.',
  ];
  it('takes a short label set on its copy under a longer headline for the box label', () => {
    const kinds = read(
      'The Long Wait for a New Ferry Pier',
      '',
      'Key Points',
      ...POINTS,
      '',
      ...COPY,
    );
    expect(kinds.get('Key Points')).toBe('furniture:box-label');
    expect(kinds.get('The Long Wait for a New Ferry Pier')).toBe('heading');
  });
  it('leaves a short headline under a longer one alone when the label is neither common nor recurring', () => {
    const kinds = read('The Long Wait for a New Ferry Pier', '', 'Pier Rebuilt', ...COPY);
    expect(kinds.get('Pier Rebuilt')).toBe('heading');
  });
  it('leaves a label set apart from the copy by a gap alone', () => {
    const kinds = read('The Long Wait for a New Ferry Pier', '', 'Key Points', '', ...COPY);
    expect(kinds.get('Key Points')).not.toBe('furniture:box-label');
  });
});

describe('reading label over a link', () => {
  it('takes Also Read on its own line and the headline under it for a link in the copy', () => {
    const kinds = read(
      ...COPY,
      '',
      'Also Read',
      'Ferry Fares to Rise in Spring',
      '',
      ...COPY.slice(0, 1),
    );
    expect(kinds.get('Also Read')).toBe('furniture:read-label');
    expect(kinds.get('Ferry Fares to Rise in Spring')).toBe('furniture:read-label');
  });
  it('leaves a kicker such as Watch over a headline alone', () => {
    const kinds = read('Watch', 'Ferry Fares to Rise in Spring', '', ...COPY);
    expect(kinds.get('Ferry Fares to Rise in Spring')).toBe('heading');
  });
});

describe('a byline without By beside a time', () => {
  const TIME = 'Published Wed, Nov 20 2024 6:15 PM EST';
  it('takes a name with a handle under it, or a name and a desk code, for the byline', () => {
    const handle = read(
      'Ferry Pier to Be Rebuilt',
      '',
      TIME,
      'Tamsin Okoro',
      '@tamsinokoro',
      '',
      ...COPY,
    );
    expect(handle.get('Tamsin Okoro')).toBe('meta');
    expect(handle.get('@tamsinokoro')).toBe('meta');
    const coded = read('Ferry Pier to Be Rebuilt', '', 'Tamsin Okoro | TNN', TIME, '', ...COPY);
    expect(coded.get('Tamsin Okoro | TNN')).toBe('meta');
  });
  it('leaves a name-like headline over a By line alone', () => {
    const kinds = read('Oscar Nominee Jane Doe Dies', '', 'By Tamsin Okoro', TIME, '', ...COPY);
    expect(kinds.get('Oscar Nominee Jane Doe Dies')).toBe('heading');
  });
});

describe('a video title under its running time', () => {
  it("takes the title and the show's name under a video's running time for the video's", () => {
    const kinds = read(
      'Ferry Pier to Be Rebuilt',
      '',
      'WATCH NOW',
      'VIDEO 02:31',
      'Harbour Fees Double for Yachts',
      'Morning Watch',
      '',
      ...COPY,
    );
    expect(kinds.get('Harbour Fees Double for Yachts')).toBe('furniture:video-title');
    expect(kinds.get('Morning Watch')).toBe('furniture:video-title');
    expect(kinds.get('Ferry Pier to Be Rebuilt')).toBe('heading');
  });
  it('leaves a headline under a bare label alone', () => {
    const kinds = read('WATCH NOW', 'Ferry Pier to Be Rebuilt', '', ...COPY);
    expect(kinds.get('Ferry Pier to Be Rebuilt')).toBe('heading');
  });
});

describe('headlines under a label ending in a colon', () => {
  it('takes a labelled list of other stories set into the copy for a related list', () => {
    const kinds = read(
      ...COPY,
      '',
      "Don't miss these stories from the Gazette:",
      'Ferry Fares to Rise in Spring',
      'Harbour Master Retires After 30 Years',
      '',
      ...COPY.slice(0, 1),
    );
    expect(kinds.get('Ferry Fares to Rise in Spring')).toBe('furniture:related-list');
    expect(kinds.get('Harbour Master Retires After 30 Years')).toBe('furniture:related-list');
  });
  it('leaves a list in the copy under its own colon alone', () => {
    const kinds = read(
      ...COPY,
      '',
      'The measures include:',
      'Higher fees for yachts',
      'A new ticket office',
      '',
      ...COPY.slice(0, 1),
    );
    expect(kinds.get('Higher fees for yachts')).not.toBe('furniture:related-list');
  });
});

describe("a stock's card in the copy", () => {
  it('takes a symbol and a company name over a quote for the card', () => {
    const kinds = read(
      ...COPY,
      '',
      'ACME',
      'Acme Harbour Corp',
      '642.52 +3.77%',
      '',
      ...COPY.slice(0, 1),
    );
    expect(kinds.get('ACME')).toBe('furniture:quote-card');
    expect(kinds.get('Acme Harbour Corp')).toBe('furniture:quote-card');
    expect(kinds.get('642.52 +3.77%')).toBe('furniture:market-quote');
  });
});
