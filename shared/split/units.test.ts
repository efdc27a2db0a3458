import { describe, expect, it } from 'vitest';
import { seams } from './units';

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
    // A quotation run over two paragraphs is reopened, not closed: the quote closing further on
    // says the one at the seam opens.
    expect(
      cut('The minister said: "We were told to wait. "So we did."That was in May," she said.'),
    ).toEqual([
      'The minister said: "We were told to wait. "So we did.',
      '"That was in May," she said.',
    ]);
  });
});
