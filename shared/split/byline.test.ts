// Bylines, meta lines and wire datelines in the forms pages print them.

import { describe, expect, it } from 'vitest';
import {
  parseNameCommaPlace,
  isAuthorNote,
  isPersonName,
  isRoleLine,
  parseByline,
  parseNameAndRole,
  parseMetaLine,
  parsePlaceDash,
  parseStoryDateline,
} from './byline';

describe('parseByline', () => {
  it.each([
    ['By JANE DOE and JOHN ROE, Associated Press', 'JANE DOE and JOHN ROE, Associated Press'],
    ['By Jane Doe', 'Jane Doe'],
    ['by Omar al-Khatib in Beirut', 'Omar al-Khatib in Beirut'],
    ['By Jane Doe, John Roe and Ann Lee, Reuters', 'Jane Doe, John Roe and Ann Lee, Reuters'],
    ['By Jane Doe | Political correspondent', 'Jane Doe | Political correspondent'],
    ['By J. R. Doe', 'J. R. Doe'],
    ['By: Jane Doe', 'Jane Doe'],
    ['Author: Jane Doe, Staff Writer', 'Jane Doe, Staff Writer'],
  ])('%s', (line, byline) => {
    expect(parseByline(line)).toBe(byline);
  });

  it.each([
    'By the end of the year, prices had doubled.',
    'By Monday, officials said, the roads would reopen',
    'Bylines are hard',
    'Reporting by Jane Doe; Editing by John Roe',
    'Author Jane Doe',
    'Author: the council said it would appeal',
  ])('leaves %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('names, roles and places', () => {
  it('knows a name from a headline', () => {
    expect(isPersonName('Jane Doe')).toBe(true);
    expect(isPersonName('Ahmed bin Ali al-Sayed')).toBe(true);
    expect(isPersonName('Oil prices surge')).toBe(false);
    expect(isPersonName('Madonna')).toBe(false);
  });

  it('reads role lines', () => {
    expect(isRoleLine('Political correspondent')).toBe(true);
    expect(isRoleLine('BBC News')).toBe(true);
    expect(isRoleLine('The news shocked the town.')).toBe(false);
  });

  it('reads place - who', () => {
    expect(parsePlaceDash('Beirut - Jane Doe')).toEqual({ place: 'Beirut', who: 'Jane Doe' });
    expect(parsePlaceDash('Cairo - Asharq Al-Awsat')).toEqual({
      place: 'Cairo',
      who: 'Asharq Al-Awsat',
    });
    expect(parsePlaceDash('Talks resume - officials say more.')).toBeNull();
  });
});

describe('parseNameAndRole', () => {
  it.each([
    ['Karen Holt Environment correspondent', 'Karen Holt, Environment correspondent'],
    ['Ahmed al-Sayed Middle East editor', 'Ahmed al-Sayed, Middle East editor'],
    ['Jane Doe Staff Writer', 'Jane Doe, Staff Writer'],
  ])('reads %j', (line, byline) => {
    expect(parseNameAndRole(line)).toBe(byline);
  });

  it.each([
    'Jane Doe Wins Editor of the Year',
    'Karen Holt named environment correspondent',
    'Karen Holt Environment correspondent.',
    'Political editor',
  ])('leaves %j', (line) => {
    expect(parseNameAndRole(line)).toBeNull();
  });
});

describe('parseMetaLine', () => {
  it('reads a byline and a time on one line, in any order', () => {
    expect(parseMetaLine('By Jane Doe | Updated 20 Nov 2024')).toEqual({
      byline: 'Jane Doe',
      published: { text: '20 Nov 2024', iso: '2024-11-20' },
    });
    expect(parseMetaLine('Posted on November 20, 2024 by admin')).toEqual({
      byline: 'admin',
      published: { text: 'November 20, 2024', iso: '2024-11-20' },
    });
    expect(parseMetaLine('Updated 3:14 PM GMT+1, November 20, 2024')).toEqual({
      byline: null,
      published: { text: '3:14 PM GMT+1, November 20, 2024', iso: '2024-11-20T15:14:00+01:00' },
    });
  });

  it('reads a date and its time of day set apart by a bar as one time', () => {
    expect(parseMetaLine('Last Updated: 20 Nov 2024 | 06:15 PM IST')).toEqual({
      byline: null,
      published: { text: '20 Nov 2024 | 06:15 PM IST', iso: '2024-11-20T18:15:00+05:30' },
    });
    expect(parseMetaLine('By Jane Doe | Staff Writer')?.published).toBeNull();
    expect(parseMetaLine('Weather | 06:15 PM')).toBeNull();
  });

  it("reads an editor's credit under the byline as part of the byline block, not the author", () => {
    expect(parseMetaLine('Edited By: Jane Doe')).toEqual({ byline: null, published: null });
    expect(parseMetaLine('Edited by the night desk in a hurry')).toBeNull();
  });

  it('leaves copy alone', () => {
    expect(parseMetaLine('The talks | resumed on Monday')).toBeNull();
  });

  it('reads a name and its role joined by a bar as one byline', () => {
    expect(parseMetaLine('By Jane Doe | Staff Writer')).toEqual({
      byline: 'Jane Doe | Staff Writer',
      published: null,
    });
  });

  it('reads an Author: line alone as a byline', () => {
    expect(parseMetaLine('Author: Jane Doe')).toEqual({ byline: 'Jane Doe', published: null });
  });

  it('reads a CMS header flattened to one line, its labels run on without separators', () => {
    expect(
      parseMetaLine(
        'Author: Jane Doe Published: 6:15 AM EST November 20, 2024 Updated: 7:02 AM EST November 20, 2024',
      ),
    ).toEqual({
      byline: 'Jane Doe',
      published: { text: '6:15 AM EST November 20, 2024', iso: '2024-11-20T06:15:00-05:00' },
    });
  });
});

describe('parseStoryDateline', () => {
  it.each([
    ['LONDON (AP) — Prices rose.', 'LONDON (AP)'],
    ['BEIRUT, Nov 20 (Reuters) - Talks resumed.', 'BEIRUT, Nov 20 (Reuters)'],
    ['Paris (AFP) - The strike went on.', 'Paris (AFP)'],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON'],
    ['GAZA CITY, Gaza Strip (AP) — Rescuers dug.', 'GAZA CITY, Gaza Strip (AP)'],
    ['New Delhi, Nov 20 (IANS) The court ruled.', 'New Delhi, Nov 20 (IANS)'],
    ['MUMBAI: The council met.', 'MUMBAI'],
  ])('%s', (paragraph, dateline) => {
    expect(parseStoryDateline(paragraph)).toBe(dateline);
  });

  it.each([
    'Talks resumed in Beirut - officials said.',
    'The Senate - not the House - voted.',
    'A - B',
    'Apple (AAPL) Chief executive Tim Cook spoke.',
    'UPDATE: The council met again.',
    'Delhi (IANS) the court ruled.',
  ])('finds none in %j', (paragraph) => {
    expect(parseStoryDateline(paragraph)).toBeNull();
  });
});

describe('isAuthorNote', () => {
  it('reads the note on the story’s own writer after the copy', () => {
    const byline = 'Jane Doe and John Roe';
    expect(isAuthorNote('Jane Doe is a staff writer at The Example Review.', byline)).toBe(true);
    expect(
      isAuthorNote(
        'John Roe is a business reporter for The Example Times, covering trade.',
        byline,
      ),
    ).toBe(true);
  });

  it('leaves copy about anyone else, and other sentences about the writer', () => {
    expect(isAuthorNote('Ann Lee is a senior editor at the rival paper.', 'Jane Doe')).toBe(false);
    expect(isAuthorNote('Jane Doe is a candidate for mayor.', 'Jane Doe')).toBe(false);
  });
});

describe('parseNameCommaPlace', () => {
  it('reads names and the place after a comma', () => {
    expect(parseNameCommaPlace('Jane Doe, Berlin')).toEqual({
      names: 'Jane Doe',
      byline: 'Jane Doe, Berlin',
    });
    expect(parseNameCommaPlace('Jane Doe and John Roe, New York')?.names).toBe(
      'Jane Doe and John Roe',
    );
  });

  it('leaves a sentence and a headline with a lower-case word', () => {
    expect(parseNameCommaPlace('Jane Doe, the minister')).toBeNull();
    expect(parseNameCommaPlace('Floods hit town, Kent')).toBeNull();
  });
});
