import { describe, expect, it } from 'vitest';
import { seams, toUnits } from './units';

/** The text cut at its seams. */
const cut = (text: string) => {
  const at = seams(text);
  return [0, ...at].map((from, k) => text.slice(from, at[k] ?? text.length));
};

describe('glued paragraph seams', () => {
  it('cuts where a sentence runs straight into the next paragraph', () => {
    expect(cut('The council met on Monday.Its leader said 3.5% was too much.')).toEqual([
      'The council met on Monday.',
      'Its leader said 3.5% was too much.',
    ]);
    expect(cut('Sales rose by 2.2%.But analysts were wary.')).toEqual([
      'Sales rose by 2.2%.',
      'But analysts were wary.',
    ]);
    expect(cut('The deal was cleared by the SEC.Companies must now report it.')).toEqual([
      'The deal was cleared by the SEC.',
      'Companies must now report it.',
    ]);
  });

  it('leaves abbreviations, initials, numbers and addresses whole', () => {
    for (const text of [
      'Soldiers of the U.S.Army arrived in the city on Monday.',
      'The firm lost 3.5m last year, and 4.2M the year before.',
      'Some items, e.g.The Times archive, were never scanned.',
      'She met Mr.Smith and Dr.Jones at the station.',
      'He moved to St.Louis with Mrs.Brown and Acme Ltd.Holdings.',
      'The service ran on ASP.NET and was hosted at news.example.co.uk for years.',
      'George W.Bush and J.K.Rowling were both mentioned.',
      'She finished her Ph.D.At the time she was 24.',
      'The meeting began at 9 a.m.The mayor was late.',
    ])
      expect(cut(text), text).toEqual([text]);
  });

  it('puts a straight quote at a seam on the side whose quotation it belongs to', () => {
    // A quotation still open closes at the seam.
    expect(cut('He said: "We will go on.""Nobody stops us," she added.')).toEqual([
      'He said: "We will go on."',
      '"Nobody stops us," she added.',
    ]);
    expect(cut('"We will win," he said."It is our year," he added.')).toEqual([
      '"We will win," he said.',
      '"It is our year," he added.',
    ]);
    expect(cut('The coach said: "It was a great game."The team flies home today.')).toEqual([
      'The coach said: "It was a great game."',
      'The team flies home today.',
    ]);
    // A quotation run over two paragraphs is reopened, not closed: the speaker's own words after
    // the seam, or a quote closing further on, say the one at the seam opens.
    expect(cut('Wardle said: "There were no bids."Nobody has come to us," he added.')).toEqual([
      'Wardle said: "There were no bids.',
      '"Nobody has come to us," he added.',
    ]);
    expect(cut('He said: "I was tired after a long season."If I had won, we would stay."')).toEqual(
      ['He said: "I was tired after a long season.', '"If I had won, we would stay."'],
    );
    expect(
      cut('The minister said: "We were told to wait. "So we did."That was in May," she said.'),
    ).toEqual([
      'The minister said: "We were told to wait. "So we did.',
      '"That was in May," she said.',
    ]);
  });

  it('cuts before a listed point run on after a sentence', () => {
    expect(cut('Voters need to register by 11 March.- The seats are listed below.')).toEqual([
      'Voters need to register by 11 March.',
      '- The seats are listed below.',
    ]);
  });

  it('cuts a dateline glued to the copy when its source recurs on the page, not a brand name', () => {
    const copy = (town: string) =>
      `The council in ${town} approved the new harbour wall on Tuesday after a long debate in the chamber that ran late into the night.` +
      `Fishermen in ${town} said the wall would protect their boats from the winter storms that have battered the coast for years.` +
      `Work on the wall will begin in the spring and take two years, the council said in a statement issued after the vote.`;
    const text = [
      `Kyiv - Gulf Courier${copy('Ardmore')}`,
      `Rome - Gulf Courier${copy('Kilkee')}`,
      `Sony - PlayStation sales rose sharply in the quarter. ${copy('Dingle')}`,
    ].join('\n\n');
    const texts = toUnits(text).units.map((u) => u.text);
    expect(texts).toContain('Kyiv - Gulf Courier');
    expect(texts).toContain('Rome - Gulf Courier');
    expect(texts.some((t) => t.startsWith('Sony - PlayStation sales rose'))).toBe(true);
  });
});

describe('hard-wrapped lines', () => {
  it('does not take social handles in lower case for wrapped lines going on', () => {
    // Blocks of short lines, each starting afresh; the handles alone start in lower case.
    const block = (n: number) => [
      `Published Wed, Nov ${n} 2024 6:15 PM EST`,
      `Updated Wed, Nov ${n} 2024 7:40 PM EST`,
      'Tamsin Okoro',
      '@tamsinokoro',
    ];
    const text = [1, 2, 3, 4].map((n) => block(n).join('\n')).join('\n\n');
    expect(toUnits(text).units.map((u) => u.text)).toEqual([1, 2, 3, 4].flatMap(block));
  });
});
