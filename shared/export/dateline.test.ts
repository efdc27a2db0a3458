import { describe, expect, it } from 'vitest';
import { datelineParts, datelinePlace } from './dateline';

describe('datelinePlace', () => {
  it.each([
    ['LONDON (AP)', 'LONDON'],
    ['BEIRUT, Nov 20 (Reuters)', 'BEIRUT'],
    ['Cairo - Asharq Al-Awsat', 'Cairo'],
    ['RIO DE JANEIRO', 'RIO DE JANEIRO'],
    ['Nov 20, BEIRUT (Reuters)', null],
    ['(AP)', null],
    ['<b>LONDON</b> (AP)', null],
    ["St. John's, Nov 20", "St. John's"],
    ['', null],
  ])('%j is filed from %j', (dateline, place) => expect(datelinePlace(dateline)).toBe(place));
});

describe('datelineParts', () => {
  const joined = (dateline: string, iso: string | null = null) =>
    datelineParts(dateline, iso)
      .map((p) => p.text)
      .join('');

  it('marks the place and leaves the source as text', () => {
    expect(datelineParts('LONDON (AP)', null)).toEqual([
      { kind: 'location', text: 'LONDON' },
      { kind: 'text', text: ' (AP)' },
    ]);
    expect(datelineParts('Cairo - Asharq Al-Awsat', null)).toEqual([
      { kind: 'location', text: 'Cairo' },
      { kind: 'text', text: ' - Asharq Al-Awsat' },
    ]);
    expect(datelineParts('WASHINGTON', null)).toEqual([{ kind: 'location', text: 'WASHINGTON' }]);
  });

  it('marks a date, with its ISO form when its year is printed', () => {
    expect(datelineParts('NEW YORK, Nov. 20, 2024 (AP)', null)).toEqual([
      { kind: 'location', text: 'NEW YORK' },
      { kind: 'text', text: ', ' },
      { kind: 'date', text: 'Nov. 20, 2024', iso: '2024-11-20' },
      { kind: 'text', text: ' (AP)' },
    ]);
  });

  it('takes a missing year from the publication time when the day falls within a week of it', () => {
    const parts = (iso: string | null) =>
      datelineParts('BERGEN, Norway, Nov 20 (NTB)', iso).find((p) => p.kind === 'date');
    expect(parts('2024-11-20T15:14:00+01:00')).toEqual({
      kind: 'date',
      text: 'Nov 20',
      iso: '2024-11-20',
    });
    expect(parts('2024-11-22')?.iso).toBe('2024-11-20');
    // A month later, or no publication time: the date is marked, its year unknown.
    expect(parts('2024-12-25')).toEqual({ kind: 'date', text: 'Nov 20' });
    expect(parts(null)).toEqual({ kind: 'date', text: 'Nov 20' });
    // Across the new year: the dateline's 31 December is the year before.
    expect(datelineParts('OSLO, Dec 31 (NTB)', '2025-01-01T00:30:00Z')[2]).toEqual({
      kind: 'date',
      text: 'Dec 31',
      iso: '2024-12-31',
    });
  });

  it('names no date where the words after the place are not one', () => {
    expect(datelineParts('BEIRUT, Lebanon (Reuters)', '2024-11-20').map((p) => p.kind)).toEqual([
      'location',
      'text',
    ]);
    expect(datelineParts('LONDON, today (AP)', null).map((p) => p.kind)).toEqual([
      'location',
      'text',
    ]);
  });

  it('never changes the words: the parts join up to the dateline', () => {
    for (const dateline of [
      'LONDON (AP)',
      'BEIRUT, Nov 20 (Reuters)',
      'BERGEN, Norway, Nov 20 (NTB)',
      'Cairo - Asharq Al-Awsat',
      'Nov 20, BEIRUT (Reuters)',
      '<b>&amp;, 1 (x',
      'بيروت - الشرق الأوسط',
    ]) {
      expect(joined(dateline, '2024-11-20')).toBe(dateline);
    }
  });
});
