import { expect, it } from 'vitest';
import { readAs } from './published';

it('says the date read from the published text, as it was printed, zone and all', () => {
  expect(readAs('2024-11-20T15:14:00+01:00')).toBe('read as 20 Nov 2024, 15:14 +01:00');
  expect(readAs('2024-11-20T06:15:00Z')).toBe('read as 20 Nov 2024, 06:15 UTC');
  expect(readAs('2024-03-04T06:15:00')).toBe('read as 4 Mar 2024, 06:15 (no time zone)');
  expect(readAs('2024-11-20')).toBe('read as 20 Nov 2024');
  expect(readAs(null)).toBe('no date read');
  expect(readAs('tomorrow')).toBe('no date read');
});
