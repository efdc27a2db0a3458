import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from './decode';

const TEXT = 'Minister’s “plan” costs €5m — café owners say: naïve.\nSecond line\n';
const ARABIC = 'افتتاح معرض الكتاب في القاهرة\nيوم الخميس\n';

function refusal(bytes: Uint8Array, name = 'file.txt'): DecodeError {
  try {
    decodeBytes(bytes, name);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Unicode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf8'), 'a.txt')).toMatchObject({
      text: TEXT,
      encoding: 'UTF-8',
      bom: false,
      confidence: 1,
    });
    expect(decodeBytes(iconv.encode(TEXT, 'utf8', { addBOM: true }), 'a.txt')).toMatchObject({
      text: TEXT,
      encoding: 'UTF-8',
      bom: true,
    });
  });

  it.each([
    ['utf16le', 'UTF-16LE'],
    ['utf16be', 'UTF-16BE'],
  ])('reads %s with a BOM, Arabic included', (codec, encoding) => {
    expect(
      decodeBytes(iconv.encode(TEXT + ARABIC, codec, { addBOM: true }), 'a.txt'),
    ).toMatchObject({
      text: TEXT + ARABIC,
      encoding,
      bom: true,
    });
  });

  it('reads UTF-16 without a BOM from where the NULs fall', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf16le'), 'a.txt')).toMatchObject({
      text: TEXT,
      encoding: 'UTF-16LE',
      bom: false,
    });
    expect(decodeBytes(iconv.encode(TEXT, 'utf16be'), 'a.txt')).toMatchObject({
      text: TEXT,
      encoding: 'UTF-16BE',
      bom: false,
    });
  });

  it('decodes 5 MB of UTF-8 intact', () => {
    const big = `${'Ünïcödé line of copy, with “quotes”.\n'.repeat(140_000)}`;
    const decoded = decodeBytes(new TextEncoder().encode(big), 'big.txt');
    expect(decoded.text.length).toBe(big.length);
    expect(decoded.text).toBe(big);
  });
});

describe('legacy encodings', () => {
  it('detects Windows-1252 and round-trips curly quotes, the euro sign and accents', () => {
    const copy = `${TEXT}The council’s “final” offer was rejected by the café owners’ association on Tuesday.\n`;
    const decoded = decodeBytes(iconv.encode(copy, 'windows-1252'), 'wire.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(copy);
    expect(decoded.confidence).toBeGreaterThan(0);
    expect(decoded.confidence).toBeLessThan(1);
  });

  it('reads Latin-1 text without Windows-only characters as ISO-8859-1', () => {
    const copy =
      'Le café de la gare est fermé depuis lundi, à la suite d’une décision du préfet.\n'.replace(
        '’',
        "'",
      );
    const decoded = decodeBytes(iconv.encode(copy, 'latin1'), 'fr.txt');
    expect(decoded.text).toBe(copy);
    expect(decoded.encoding).toMatch(/ISO-8859-1|windows-1252/);
  });

  it('detects ISO-8859-2 Polish copy', () => {
    const copy =
      'Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig. To jest polski tekst z wieloma znakami.\n';
    const decoded = decodeBytes(iconv.encode(copy, 'iso-8859-2'), 'pl.txt');
    expect(decoded.encoding).toBe('ISO-8859-2');
    expect(decoded.text).toBe(copy);
  });
});

describe('line endings', () => {
  it.each([
    ['a\r\nb\r\n', 'CRLF'],
    ['a\rb\r', 'CR'],
    ['a\nb\n', 'LF'],
    ['a\r\nb\nc\r', 'mixed'],
    ['just one line', 'none'],
  ])('normalises %j (%s) to LF', (raw, kind) => {
    const decoded = decodeBytes(new TextEncoder().encode(raw), 'a.txt');
    expect(decoded.lineEndings).toBe(kind);
    expect(decoded.text).not.toContain('\r');
    expect(decoded.text.split('\n').filter(Boolean)).toEqual(
      raw.split(/\r\n|\r|\n/).filter(Boolean),
    );
  });
});

describe('refusals name the file and say what is wrong', () => {
  it('refuses empty and blank files', () => {
    expect(refusal(new Uint8Array(), 'empty.txt')).toMatchObject({
      code: 'empty',
      fileName: 'empty.txt',
    });
    expect(refusal(new TextEncoder().encode('  \n\t\n'), 'blank.txt').message).toBe(
      '"blank.txt" holds only blank lines: there is no copy to split.',
    );
  });

  it('names the kind of binary file', () => {
    const png = refusal(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'photo.png',
    );
    expect(png).toMatchObject({ code: 'binary' });
    expect(png.message).toBe('"photo.png" is a PNG image, not a text file.');
    expect(
      refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'story.docx').message,
    ).toMatch(/"story\.docx" is a ZIP archive or Office document/);
  });

  it('refuses random bytes with NULs and text full of control characters', () => {
    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251);
    expect(refusal(random, 'blob.bin')).toMatchObject({ code: 'binary', fileName: 'blob.bin' });
    const controls = new TextEncoder().encode(
      '\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008'.repeat(50),
    );
    expect(refusal(controls, 'ctl.txt').code).toBe('binary');
  });

  it('refuses UTF-32 and a false UTF-8 BOM as undecodable', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'u32.txt').code).toBe(
      'undecodable',
    );
    expect(
      refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]), 'bad.txt').message,
    ).toMatch(/not valid UTF-8/);
  });
});

/** Deterministic pseudo-random bytes in [from, to], so a failure can be replayed. */
function randomBytes(length: number, seed: number, from = 0, to = 255): Uint8Array {
  let s = seed;
  return Uint8Array.from({ length }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return from + ((s >>> 16) % (to - from + 1));
  });
}

describe('UTF-8 with a few bad bytes', () => {
  it('keeps a UTF-8 file with one invalid byte as UTF-8, replaces the byte and names its line', () => {
    const lines = [
      'Minister’s “plan” costs €5m — café owners say: naïve.',
      'The council’s “final” offer was rejected.',
      'Third line, with a stray byte: ',
      'Fourth line.',
    ];
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`${lines.slice(0, 3).join('\r\n')}`),
      0x93,
      ...new TextEncoder().encode(`\r\n${lines[3]}\r\n`),
    ]);
    const decoded = decodeBytes(bytes, 'wire.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe(`${lines.slice(0, 3).join('\n')}\uFFFD\n${lines[3]}\n`);
    expect(decoded.text).not.toContain('â€œ');
    expect(decoded.confidence).toBe(1);
    expect(decoded.warnings).toEqual([
      '"wire.txt" is UTF-8 but for 1 invalid byte sequence, replaced by � on line 3: check the words there.',
    ]);
  });

  it('names each line with bad bytes, the first ten and a count of the rest', () => {
    const copy = Array.from(
      { length: 30 },
      (_, i) => `Line ${i + 1}: “quoted” copy ${'é'.repeat(40)}`,
    );
    const bytes: number[] = [];
    copy.forEach((line, i) => {
      bytes.push(...new TextEncoder().encode(line));
      if (i % 2 === 1) bytes.push(0xe2, 0x80); // a cut-off curly quote on every even line
      bytes.push(0x0a);
    });
    const decoded = decodeBytes(Uint8Array.from(bytes), 'cut.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text.split('\uFFFD')).toHaveLength(16);
    expect(decoded.warnings[0]).toMatch(
      /for 15 invalid byte sequences, replaced by � on lines 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 5 more:/,
    );
  });

  it('keeps a long file with few multi-byte characters as UTF-8 when its bad bytes are one in 1,000', () => {
    const copy = `“Quoted” copy.\n${'Plain ASCII copy of the wire, line after line.\n'.repeat(40)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(copy), 0xff]);
    const decoded = decodeBytes(bytes, 'tail.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe(`${copy}\uFFFD`);
    expect(decoded.warnings[0]).toMatch(/replaced by � on line 42:/);
  });

  it('reads a Windows-1252 file with a single curly quote as Windows-1252, not UTF-8 with a hole', () => {
    const copy = 'The council’s offer was rejected by the owners on Tuesday.\nSecond line.\n';
    const decoded = decodeBytes(iconv.encode(copy, 'windows-1252'), 'wire.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(copy);
  });

  it('reads bad bytes after a UTF-8 BOM the same way, and still refuses a BOM over mostly bad bytes', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('“Quoted” copy, naïve café.\n'),
      0xc3,
      ...new TextEncoder().encode('\n'),
    ]);
    const decoded = decodeBytes(bytes, 'bom.txt');
    expect(decoded).toMatchObject({ encoding: 'UTF-8', bom: true });
    expect(decoded.warnings[0]).toMatch(/on line 2/);
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]), 'bad.txt').code).toBe(
      'undecodable',
    );
  });
});

describe('what is not text is refused, with the reason', () => {
  it.each([1, 2, 3, 4, 5])(
    'refuses random high bytes (seed %i) instead of reading them as CJK',
    (seed) => {
      for (const length of [2_000, 70_000]) {
        const error = refusal(randomBytes(length, seed, 0x80, 0xff), 'noise.txt');
        expect(error.code).toBe('binary');
        expect(error.message).toMatch(/^"noise\.txt" is not text: /);
      }
    },
  );

  it('refuses random bytes without NULs as control characters', () => {
    const bytes = randomBytes(10_000, 7, 1, 255);
    const error = refusal(bytes, 'noise.bin');
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/control characters/);
  });

  it('keeps text with a stray escape character as UTF-8', () => {
    const copy = `${'A line of ordinary copy.\n'.repeat(40)}\u001b[0m\n`;
    expect(decodeBytes(new TextEncoder().encode(copy), 'a.txt')).toMatchObject({
      encoding: 'UTF-8',
      text: copy,
    });
  });
});

const CHINESE =
  '新华社北京电 国务院总理今天在人民大会堂会见了来访的外国代表团，双方就经贸合作交换了意见。\n' +
  '会谈结束后，两国签署了多项合作文件，涉及能源、交通和教育等领域。\n';
const RUSSIAN = 'Правительство объявило о новых мерах поддержки малого бизнеса в регионах.\n';

describe('UTF-16 without a BOM', () => {
  it.each([
    ['Arabic', ARABIC.repeat(20)],
    ['Chinese', CHINESE.repeat(10)],
    ['Russian', RUSSIAN.repeat(10)],
    ['mixed', (TEXT + ARABIC + CHINESE).repeat(5)],
  ])('reads %s copy in both byte orders', (_, copy) => {
    for (const [codec, encoding] of [
      ['utf16le', 'UTF-16LE'],
      ['utf16be', 'UTF-16BE'],
    ]) {
      const decoded = decodeBytes(iconv.encode(copy, codec!), 'a.txt');
      expect(decoded).toMatchObject({ text: copy, encoding, bom: false });
      expect(decoded.confidence).toBeGreaterThan(0.5);
      expect(decoded.confidence).toBeLessThan(1);
    }
  });

  it('reads a short UTF-16 Arabic headline', () => {
    const copy = 'افتتاح معرض الكتاب\n';
    expect(decodeBytes(iconv.encode(copy, 'utf16le'), 'a.txt')).toMatchObject({
      text: copy,
      encoding: 'UTF-16LE',
    });
  });

  it('does not take binary 16-bit data for UTF-16', () => {
    const words = new Uint8Array(4000);
    const random = randomBytes(2000, 11, 0, 255);
    random.forEach((b, i) => (words[2 * i] = b)); // little-endian numbers below 256
    expect(refusal(words, 'table.bin').code).toBe('binary');
  });
});

describe('legacy encodings read as text', () => {
  it.each([
    ['GB18030', CHINESE.repeat(5), 'gb18030'],
    ['Big5', '中央社台北電 行政院今天通過新的經濟振興方案，預計明年開始實施。\n'.repeat(5), 'big5'],
    [
      'Shift_JIS',
      '東京都は今日、新しい交通計画を発表しました。市民の意見を聞く予定です。\n'.repeat(5),
      'shift_jis',
    ],
    [
      'EUC-KR',
      '서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 의견을 들을 예정이다.\n'.repeat(5),
      'euc-kr',
    ],
    ['windows-1251', RUSSIAN.repeat(5), 'windows-1251'],
  ])('reads %s copy', (encoding, copy, codec) => {
    const decoded = decodeBytes(iconv.encode(copy, codec), 'a.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(copy);
    expect(decoded.confidence).toBeGreaterThan(0);
    expect(decoded.confidence).toBeLessThanOrEqual(1);
  });

  it('warns, naming the lines, when the guess is weak', () => {
    // Too short for the detector to be sure (it guesses a Baltic code page).
    const copy = 'Second line is plain.\nZażółć gęślą jaźń.\nThird.\n';
    const decoded = decodeBytes(iconv.encode(copy, 'iso-8859-2'), 'short.txt');
    expect(decoded.confidence).toBeLessThan(0.4);
    expect(decoded.warnings).toEqual([
      `"short.txt" is not UTF-8; its encoding was guessed as ${decoded.encoding}, with ${Math.round(decoded.confidence * 100)}% confidence: check the accented letters and quotes on line 2.`,
    ]);
  });

  it('gives no such warning when the guess is sure', () => {
    const greek = 'Τα νέα της ημέρας: η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n';
    const decoded = decodeBytes(iconv.encode(greek.repeat(5), 'iso-8859-7'), 'el.txt');
    expect(decoded).toMatchObject({ encoding: 'ISO-8859-7', text: greek.repeat(5) });
    expect(decoded.confidence).toBeGreaterThanOrEqual(0.4);
    expect(decoded.warnings).toEqual([]);
  });
});
