import { describe, expect, it } from 'vitest';
import { bylineParts, printedByline } from './byline';

describe('printedByline', () => {
  it('adds By unless it is typed, or the byline runs right to left', () => {
    expect(printedByline('Jane Doe')).toBe('By Jane Doe');
    expect(printedByline('By JANE DOE, Associated Press')).toBe('By JANE DOE, Associated Press');
    expect(printedByline('by Jane Doe')).toBe('by Jane Doe');
    expect(printedByline('Byron Smith')).toBe('By Byron Smith');
    expect(printedByline('محمد علي')).toBe('محمد علي');
  });
});

describe('bylineParts', () => {
  const people = (printed: string) =>
    bylineParts(printed)
      .filter((p) => p.person)
      .map((p) => p.text);

  it('marks each person, and leaves titles and agencies as text', () => {
    expect(bylineParts('By Jane Doe and John Roe, Associated Press')).toEqual([
      { text: 'By ' },
      { text: 'Jane Doe', person: true },
      { text: ' and ' },
      { text: 'John Roe', person: true },
      { text: ', Associated Press' },
    ]);
    expect(people('By JANE DOE & JOHN ROE')).toEqual(['JANE DOE', 'JOHN ROE']);
    expect(people('Beirut - Jane Doe')).toEqual(['Jane Doe']);
    expect(people('By Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
    expect(people("By Seán O'Brien-Smith")).toEqual(["Seán O'Brien-Smith"]);
    expect(people('محمد علي')).toEqual(['محمد علي']);
  });

  it('marks no one where the byline names no person', () => {
    for (const printed of [
      'By Associated Press',
      'By Reuters',
      'By Staff Reporter',
      'By our correspondent in Beirut',
      'By BBC News',
      'By 3 reporters',
      'By Jane',
      'By <b>Jane Doe</b>',
    ]) {
      expect(people(printed), printed).toEqual([]);
      expect(bylineParts(printed)).toEqual([{ text: printed }]);
    }
  });

  it('never changes the words: the parts join up to the byline', () => {
    for (const printed of [
      'By Jane Doe and John Roe, Associated Press',
      'Beirut - Jane Doe, Staff Writer, and more',
      'By  Jane  Doe  and',
      '',
    ]) {
      expect(
        bylineParts(printed)
          .map((p) => p.text)
          .join(''),
      ).toBe(printed);
    }
  });
});
