// The small text helpers the engine leans on for speed: each must give what its slower, plainer
// equivalent gives.

import { describe, expect, it } from 'vitest';
import { cleanLine, lineKey, TextSet, wordCount, words } from './text';

describe('TextSet', () => {
  it('holds texts of one length apart, and finds each one added', () => {
    const set = new TextSet();
    const texts = ['aaaa', 'aaab', 'baaa', 'abc', '', 'aaaa'];
    for (const t of texts) set.add(t);
    for (const t of texts) expect(set.has(t)).toBe(true);
    for (const t of ['aaac', 'ab', 'abcd', 'a']) expect(set.has(t)).toBe(false);
  });

  it('answers as a Set does on many texts sharing lengths', () => {
    const set = new TextSet();
    const plain = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const t = `line ${i % 700} of ${i % 3}`;
      if (i % 2 === 0) {
        set.add(t);
        plain.add(t);
      }
      expect(set.has(t)).toBe(plain.has(t));
    }
  });
});

describe('lineKey', () => {
  it('folds case, digits, punctuation and spacing', () => {
    expect(lineKey('Updated 3 hours ago')).toBe(lineKey('updated 15 HOURS ago!'));
    expect(lineKey('Updated 3 hours ago')).toBe('updated 0 hours ago');
    expect(lineKey('1.5 -- 10')).toBe('0 0 0');
    expect(lineKey('a1b')).toBe('a0b');
    expect(lineKey('  --  ')).toBe('');
  });

  it('keeps letters of every script and their marks', () => {
    expect(lineKey('Élan — ça va?')).toBe('élan ça va');
    expect(lineKey('آخر الأخبار 24')).toBe('آخر الأخبار 0');
  });
});

describe('words and wordCount', () => {
  it('takes apostrophes and hyphens inside a word, not at its end', () => {
    expect(words("The students' ex- well-known O'Neil")).toEqual([
      'the',
      'students',
      'ex',
      'well-known',
      "o'neil",
    ]);
  });

  it('counts the words of a cleaned line, stopping past the limit', () => {
    const line = cleanLine('  one\ttwo\u00a0 three  four ');
    expect(line).toBe('one two three four');
    expect(wordCount(line)).toBe(4);
    expect(wordCount(line, 2)).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
