// Bytes -> text: byte-order marks, strict UTF-8, then a detector for legacy 8-bit encodings; refuses
// binary and empty files with a message naming the file. Line endings come out as LF.

import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  /** Decoded, byte-order mark removed, line endings normalised to \n. */
  text: string;
  /** `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, `ISO-8859-2`, … */
  encoding: string;
  bom: boolean;
  lineEndings: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
  /** 1 for a BOM or valid UTF-8; the detector's own figure for legacy encodings. */
  confidence: number;
}

export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable';

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    readonly fileName: string,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** Signatures of files editors drop by mistake, so the error can say what the file is. */
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or Office document (export it as plain text first)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word or Excel document (save it as plain text first)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a RTF document (save it as plain text first)', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['a WebP or RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['a program or library', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const name = `"${fileName}"`;
  if (bytes.length === 0)
    throw new DecodeError('empty', fileName, `${name} is empty: there is no copy to split.`);

  const decoded = decodeText(bytes, fileName);
  if (decoded.text.trim() === '') {
    throw new DecodeError(
      'empty',
      fileName,
      `${name} holds only blank lines: there is no copy to split.`,
    );
  }
  return decoded;
}

function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const name = `"${fileName}"`;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return finish(utf8(bytes.subarray(3), fileName), 'UTF-8', true, 1);
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new DecodeError(
      'undecodable',
      fileName,
      `${name} is UTF-32 text, which Copydesk does not read: save it as UTF-8.`,
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE', true, 1);
  if (startsWith(bytes, [0xfe, 0xff]))
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE', true, 1);

  const kind = MAGIC.find(([, sig]) => startsWith(bytes, sig))?.[0];
  if (kind) throw new DecodeError('binary', fileName, `${name} is ${kind}, not a text file.`);

  const utf16 = bomlessUtf16(bytes);
  if (utf16)
    return finish(
      new TextDecoder(utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes),
      utf16,
      false,
      0.9,
    );

  if (bytes.includes(0))
    throw new DecodeError(
      'binary',
      fileName,
      `${name} is a binary file (it contains NUL bytes), not text.`,
    );
  // Strict UTF-8 first: valid UTF-8 is almost never anything else, and the native decoder is fast.
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    refuseBinary(text, fileName);
    return finish(text, 'UTF-8', false, 1);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
  }
  return legacy(bytes, fileName);
}

function utf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(
      'undecodable',
      fileName,
      `"${fileName}" says it is UTF-8 but is not valid UTF-8: re-save it as UTF-8.`,
    );
  }
}

/**
 * UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte. The side the NULs fall on
 * gives the byte order. Looks at the first 4 KB only.
 */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.4 * pairs && evenNul < 0.05 * pairs) return 'UTF-16LE';
  if (evenNul > 0.4 * pairs && oddNul < 0.05 * pairs) return 'UTF-16BE';
  return null;
}

/** Text that decodes but is mostly control characters is a binary file in disguise. */
function refuseBinary(text: string, fileName: string): void {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  if (controls > 0.1 * sample.length) {
    throw new DecodeError('binary', fileName, `"${fileName}" looks like a binary file, not text.`);
  }
}

/** Legacy 8-bit text: the detector's best guess among what iconv-lite can decode. */
function legacy(bytes: Uint8Array, fileName: string): DecodedText {
  const best = analyse(bytes).find(
    (m) => iconv.encodingExists(m.name) && !/^(UTF|ISO-2022)/i.test(m.name),
  );
  if (!best) {
    throw new DecodeError(
      'undecodable',
      fileName,
      `"${fileName}" is in an encoding Copydesk cannot recognise: save it as UTF-8.`,
    );
  }
  // Real files labelled Latin-1 are Windows-1252 when they use 0x80-0x9F (curly quotes, €, dashes).
  let encoding = best.name;
  if (/^ISO-8859-1$/i.test(encoding) && bytes.some((b) => b >= 0x80 && b <= 0x9f))
    encoding = 'windows-1252';
  const text = iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    encoding,
  );
  refuseBinary(text, fileName);
  return finish(text, encoding, false, best.confidence / 100);
}

/** Normalises CRLF and lone CR to LF, reporting what the source used. */
function finish(raw: string, encoding: string, bom: boolean, confidence: number): DecodedText {
  if (!raw.includes('\r')) {
    return {
      text: raw,
      encoding,
      bom,
      lineEndings: raw.includes('\n') ? 'LF' : 'none',
      confidence,
    };
  }
  const crlf = raw.includes('\r\n');
  const cr = /\r(?!\n)/.test(raw);
  const lf = /(?<!\r)\n/.test(raw);
  const kinds = [crlf, cr, lf].filter(Boolean).length;
  const lineEndings = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'CRLF' : cr ? 'CR' : 'LF';
  const text = crlf || cr ? raw.replace(/\r\n?/g, '\n') : raw;
  return { text, encoding, bom, lineEndings, confidence };
}
