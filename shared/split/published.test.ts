// Publication times as pages print them, read to ISO 8601 where the date is certain.

import { describe, expect, it } from 'vitest';
import { parsePublished, usDaylightTime } from './published';

describe('parsePublished', () => {
  it.each([
    [
      'Updated 3:14 PM GMT+1, November 20, 2024',
      '3:14 PM GMT+1, November 20, 2024',
      '2024-11-20T15:14:00+01:00',
    ],
    ['Wed 20 Nov 2024 06.15 GMT', 'Wed 20 Nov 2024 06.15 GMT', '2024-11-20T06:15:00Z'],
    [
      'Wednesday, 20 November, 2024 - 06:15',
      'Wednesday, 20 November, 2024 - 06:15',
      '2024-11-20T06:15:00',
    ],
    ['Published On 20 Nov 2024', '20 Nov 2024', '2024-11-20'],
    ['20 November 2024', '20 November 2024', '2024-11-20'],
    ['Nov. 20, 2024 10:37 a.m. EST', 'Nov. 20, 2024 10:37 a.m. EST', '2024-11-20T10:37:00-05:00'],
    ['Last updated: 2024-11-20T06:15:00Z', '2024-11-20T06:15:00Z', '2024-11-20T06:15:00Z'],
    ['Posted on March 3rd, 2025 at 9:05pm', 'March 3rd, 2025 at 9:05pm', '2025-03-03T21:05:00'],
    ['Updated: 14:15 BST, 2 June 2024', '14:15 BST, 2 June 2024', '2024-06-02T14:15:00+01:00'],
    ['20/11/2024 06:15', '20/11/2024 06:15', '2024-11-20T06:15:00'],
    // South Asian dailies: India Standard Time, the date and the time set apart by a bar.
    [
      'Last Updated: 20 Nov 2024 | 06:15 PM IST',
      '20 Nov 2024 | 06:15 PM IST',
      '2024-11-20T18:15:00+05:30',
    ],
    // Run together by a scraper (separate elements on the page): spaced again.
    [
      'November 29, 20264:15 PM UTCUpdated ago',
      'November 29, 2026 4:15 PM UTC Updated ago',
      '2026-11-29T16:15:00Z',
    ],
    // A later change noted after the time leaves the first time the story's.
    [
      'Published 3:14 PM GMT+1, November 20, 2024 Updated 2 hours ago',
      '3:14 PM GMT+1, November 20, 2024 Updated 2 hours ago',
      '2024-11-20T15:14:00+01:00',
    ],
    ['20 Nov 2024 · updated 06:40 GMT', '20 Nov 2024 · updated 06:40 GMT', '2024-11-20'],
    // `ET` says Eastern time, standard or daylight as the date falls.
    ['Nov. 20, 2024, 6:15 a.m. ET', 'Nov. 20, 2024, 6:15 a.m. ET', '2024-11-20T06:15:00-05:00'],
    ['6:15 AM ET June 18, 2023', '6:15 AM ET June 18, 2023', '2023-06-18T06:15:00-04:00'],
    ['June 18, 2023 6:15 AM PT', 'June 18, 2023 6:15 AM PT', '2023-06-18T06:15:00-07:00'],
    ['Stand: 20.11.2024 06:15 Uhr', '20.11.2024 06:15 Uhr', '2024-11-20T06:15:00'],
  ])('reads %j', (line, text, iso) => {
    expect(parsePublished(line)).toEqual({ text, iso });
  });

  it('keeps relative and ambiguous times as printed, with no ISO date', () => {
    expect(parsePublished('Published 2 hours ago')).toEqual({ text: '2 hours ago', iso: null });
    expect(parsePublished('Yesterday')).toEqual({ text: 'Yesterday', iso: null });
    expect(parsePublished('03/04/2025')).toEqual({ text: '03/04/2025', iso: null });
    expect(parsePublished('November 2024')).toEqual({ text: 'November 2024', iso: null });
    expect(parsePublished('31 February 2024')).toEqual({ text: '31 February 2024', iso: null });
  });

  it.each([
    'The talks resumed on 20 November 2024 in Geneva',
    'Posted on November 20, 2024 by admin',
    'May Day',
    '06:15',
    '2024',
    'Share',
    '',
    'Updated',
    'November 29, 2026 updated the plan',
  ])('is not fooled by %j', (line) => {
    expect(parsePublished(line)).toBeNull();
  });
});

describe('usDaylightTime', () => {
  it('runs from 2 a.m. on the second Sunday of March to 2 a.m. on the first Sunday of November', () => {
    // 2024: 10 March and 3 November.
    expect(usDaylightTime(2024, 3, 9)).toBe(false);
    expect(usDaylightTime(2024, 3, 10, 1)).toBe(false);
    expect(usDaylightTime(2024, 3, 10, 3)).toBe(true);
    expect(usDaylightTime(2024, 7, 1)).toBe(true);
    expect(usDaylightTime(2024, 11, 3, 1)).toBe(true);
    expect(usDaylightTime(2024, 11, 3, 3)).toBe(false);
    expect(usDaylightTime(2024, 12, 1)).toBe(false);
    // 2025: 9 March and 2 November.
    expect(usDaylightTime(2025, 3, 9, 12)).toBe(true);
    expect(usDaylightTime(2025, 11, 1)).toBe(true);
    expect(usDaylightTime(2025, 11, 2, 12)).toBe(false);
  });
});
