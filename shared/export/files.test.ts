import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HOSTILE, RICH, story } from './fixtures';
import {
  isoDay,
  MAX_NAME_BYTES,
  MAX_NAME_LENGTH,
  planFiles,
  safeFileName,
  zipFiles,
  type PlanInput,
} from './files';

const NOW = new Date(2025, 2, 4, 12, 0, 0); // local noon: the same day in every time zone's view
const plan = (more: Partial<PlanInput>) =>
  planFiles({
    stories: [RICH],
    layout: 'per-story',
    template: '{slug}.{ext}',
    ext: 'txt',
    documentName: 'Harbour Dump.txt',
    now: NOW,
    ...more,
  });
const names = (more: Partial<PlanInput>) => plan(more).map((f) => f.name);

describe('planFiles', () => {
  it('fills {date} {slug} {n} {doc} {ext}, one file per story', () => {
    const stories = Array.from({ length: 12 }, (_, i) => story(`s${i}`, `Story ${i + 1}`));
    const files = plan({ stories, template: '{date}-{doc}-{n}-{slug}.{ext}' });
    expect(files[0]).toEqual({
      name: '2025-03-04-harbour-dump-01-story-1.txt',
      stories: [stories[0]],
    });
    expect(files[11]?.name).toBe('2025-03-04-harbour-dump-12-story-12.txt');
    expect(isoDay(NOW)).toBe('2025-03-04');
  });

  it('puts every story in one file when combined', () => {
    const stories = [RICH, story('b', 'B')];
    expect(plan({ stories, layout: 'combined', template: '{doc}.{ext}' })).toEqual([
      { name: 'harbour-dump.txt', stories },
    ]);
    expect(plan({ stories: [], layout: 'combined' })).toEqual([]);
  });

  it('numbers collisions before the extension, ignoring case, and avoids names taken', () => {
    const stories = [story('a', 'Same'), story('b', 'SAME'), story('c', 'same')];
    expect(names({ stories })).toEqual(['same.txt', 'same-2.txt', 'same-3.txt']);
    expect(names({ stories: [story('a', 'Same')], taken: ['SAME.txt', 'same-2.txt'] })).toEqual([
      'same-3.txt',
    ]);
    expect(names({ stories: [story('a', 'A'), story('b', 'B')], template: 'fixed' })).toEqual([
      'fixed.txt',
      'fixed-2.txt',
    ]);
  });

  it('keeps names within 100 characters, collisions included', () => {
    const long = 'word '.repeat(60);
    const got = names({
      stories: [story('a', long), story('b', long)],
      template: '{slug}-{slug}.{ext}',
    });
    for (const name of got) expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(got[1]).toMatch(/-2\.txt$/);
  });

  it('keeps names within 255 bytes where each character takes 3 or 4, collisions included', () => {
    const bytes = (name: string) => new TextEncoder().encode(name).length;
    for (const headline of [
      '港口大桥在风暴维修后重新开放'.repeat(8),
      '𠜎𠜱𠝹𠱓𠱸𠲖𠳏'.repeat(20),
    ]) {
      const got = names({
        stories: [story('a', headline), story('b', headline), story('c', headline)],
        template: '{slug}-{slug}.{ext}',
      });
      expect(new Set(got).size).toBe(3);
      for (const name of got) {
        expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(bytes(name)).toBeGreaterThan(200);
        expect(name).toMatch(/\.txt$/);
      }
      expect(got[2]).toMatch(/-3\.txt$/);
    }
  });

  it('names 40,000 stories with one headline in linear time, each name unique', () => {
    const stories = Array.from({ length: 40_000 }, (_, i) => story(`s${i}`, 'Same Headline'));
    const started = performance.now();
    const got = names({ stories });
    // Retrying -2, -3, ... from 2 for every name took minutes here; one pass takes well under a second.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(new Set(got).size).toBe(40_000);
    expect(got.slice(0, 3)).toEqual([
      'same-headline.txt',
      'same-headline-2.txt',
      'same-headline-3.txt',
    ]);
    expect(got.at(-1)).toBe('same-headline-40000.txt');
  });

  it('makes a hostile headline and template a plain name in the folder', () => {
    for (const template of [
      '{slug}.{ext}',
      '../../{slug}',
      '..\\{doc}\\{slug}',
      '/etc/{slug}.{ext}',
      '.{slug}',
    ]) {
      for (const name of names({ stories: [HOSTILE], template })) {
        expect(name).not.toMatch(/[/\\:*?"<>|]|\.\.|^[.-]|[\s.]$|[\p{Cc}\p{Cf}]/u);
        expect(name).toMatch(/\.txt$/);
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      }
    }
  });
});

describe('safeFileName', () => {
  it.each([
    ['CON', '_CON.txt'],
    ['nul.tar', '_nul.tar.txt'],
    ['com1', '_com1.txt'],
    ['LPT9 ', '_LPT9.txt'],
    ['com¹', '_com¹.txt'],
    ['console', 'console.txt'],
    ['', 'story.txt'],
    ['...', 'story.txt'],
    ['a/b\\c:d', 'a-b-c-d.txt'],
    ['report.txt', 'report.txt'],
    ['tab\there', 'tab-here.txt'],
    ['\u202Etxt.exe', 'txt.exe.txt'],
    ['Café', 'Café.txt'],
  ])('%j -> %j', (name, safe) => expect(safeFileName(name, 'txt')).toBe(safe));
});

describe('zipFiles', () => {
  it('zips deterministically, and the files come back out', () => {
    const files = [
      { name: 'a.txt', bytes: new TextEncoder().encode('alpha') },
      { name: '__proto__.txt', bytes: new TextEncoder().encode('beta') },
    ];
    const zip = zipFiles(files);
    expect(zipFiles(files)).toEqual(zip);
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['a.txt', '__proto__.txt']);
    expect(strFromU8(out['a.txt']!)).toBe('alpha');
  });

  it('refuses two files of one name', () => {
    const bytes = new Uint8Array();
    expect(() =>
      zipFiles([
        { name: 'a', bytes },
        { name: 'a', bytes },
      ]),
    ).toThrow(/Two files/);
  });
});
