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
