// Bytes -> text: byte-order marks, UTF-16 without one, UTF-8 (a few bad bytes replaced and reported),
// then a detector for legacy encodings, trusted only when what it decodes reads as text. Refuses
// binary, random and empty files with a message naming the file. Line endings come out as LF.

import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  /** Decoded, byte-order mark removed, line endings normalised to \n. */
  text: string;
  /** `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, `ISO-8859-2`, … */
  encoding: string;
  bom: boolean;
  lineEndings: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
  /** 1 for a BOM or valid UTF-8; less for a guess (UTF-16 without a BOM, legacy encodings). */
  confidence: number;
  /** What the editor should check, naming the lines: bytes replaced, an encoding guessed. */
  warnings: string[];
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

/** What the decision looks at: the first 64 KB (a whole 64 MB file is decoded only once, at the end). */
const SAMPLE_BYTES = 64 * 1024;
/** UTF-8 with bad bytes is read as UTF-8 (bad bytes replaced) up to one bad sequence per this many bytes. */
const BYTES_PER_BAD_SEQUENCE = 1000;
/** Control characters (not tab, line breaks, form feed) beyond this share of the bytes: not text. */
const MAX_CONTROL_SHARE = 0.02;
/** Below this, a legacy encoding's guess comes with a warning naming the lines to check. */
const LOW_CONFIDENCE = 0.4;
/** A warning names at most this many lines. */
const LINES_NAMED = 10;

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What a file that is not text is, when its first bytes say so (a PNG image, a ZIP archive…), or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  return MAGIC.find(([, sig]) => startsWith(bytes, sig))?.[0] ?? null;
}

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

/**
 * Bytes in the encoding the file declares (a web page's `<meta charset>`): certain, as browsers take
 * it. Refused like any file when empty or blank.
 */
export function decodeWithEncoding(
  bytes: Uint8Array,
  encoding: string,
  fileName: string,
): DecodedText {
  const decoded = finish(
    iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding),
    encoding,
    false,
    1,
  );
  if (decoded.text.trim() === '')
    throw new DecodeError('empty', fileName, `"${fileName}" is empty: there is no copy to split.`);
  return decoded;
}

function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const name = `"${fileName}"`;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const utf8 = lenientUtf8(bytes.subarray(3), fileName);
    if (!utf8) {
      throw new DecodeError(
        'undecodable',
        fileName,
        `${name} says it is UTF-8 but is not valid UTF-8: re-save it as UTF-8.`,
      );
    }
    return finish(utf8.text, 'UTF-8', true, 1, utf8.warnings);
  }
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

  const kind = binaryKind(bytes);
  if (kind) throw new DecodeError('binary', fileName, `${name} is ${kind}, not a text file.`);

  // The shape of the bytes: NULs and control characters are not in text of any 8-bit encoding,
  // but UTF-16 has them everywhere (a NUL after each ASCII letter, 0x06 in each Arabic letter).
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const { nuls, controls } = byteShape(sample);
  if (nuls > 0 || controls > 0) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return utf16;
  }
  if (nuls > 0)
    throw new DecodeError(
      'binary',
      fileName,
      `${name} is a binary file (it contains NUL bytes), not text.`,
    );
  if (controls > MAX_CONTROL_SHARE * sample.length) {
    throw new DecodeError(
      'binary',
      fileName,
      `${name} looks like a binary file, not text: ${percent(controls / sample.length)} of its first bytes are control characters.`,
    );
  }

  const utf8 = lenientUtf8(bytes, fileName);
  if (utf8) return finish(utf8.text, 'UTF-8', false, 1, utf8.warnings);
  return legacy(bytes, fileName);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function byteShape(bytes: Uint8Array): { nuls: number; controls: number } {
  let nuls = 0;
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) nuls++;
    // Tab, LF, vertical tab (Word's line break), form feed and CR are text; ESC and the rest are not.
    else if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++;
  }
  return { nuls, controls };
}

/**
 * UTF-8 as the bytes hold it: valid, or valid but for a few bad sequences (a cut-and-paste from
 * another encoding, a truncated download), which are replaced by U+FFFD and reported by line. Few:
 * at most one per 1,000 bytes, or ten times fewer than the valid multi-byte characters; and never
 * more than half as many as those (a Windows-1252 file with one curly quote has one bad byte and no
 * valid multi-byte character: it is Windows-1252). Null when the bytes are not that.
 */
function lenientUtf8(
  bytes: Uint8Array,
  fileName: string,
): { text: string; warnings: string[] } | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Not valid: count and place what is wrong.
  }
  const scan = scanUtf8(bytes);
  const allowed = Math.max(1, bytes.length / BYTES_PER_BAD_SEQUENCE);
  const few = scan.bad <= allowed || scan.multiByte >= 10 * scan.bad;
  if (!few || scan.multiByte < 2 * scan.bad) return null;
  const sequences = scan.bad === 1 ? 'byte sequence' : 'byte sequences';
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    warnings: [
      `"${fileName}" is UTF-8 but for ${scan.bad} invalid ${sequences}, replaced by � ${onLines(scan.lines)}: check the words there.`,
    ],
  };
}

/**
 * A UTF-8 validator that counts: bad sequences (as the WHATWG decoder replaces them, one U+FFFD per
 * maximal invalid part), valid multi-byte characters, and the lines (as the text will number them,
 * CRLF and CR each one break) of the bad ones.
 */
function scanUtf8(bytes: Uint8Array): { bad: number; multiByte: number; lines: number[] } {
  let bad = 0;
  let multiByte = 0;
  const lines: number[] = [];
  const badAt = (line: number) => {
    bad++;
    if (lines.at(-1) !== line) lines.push(line);
  };
  let line = 1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      badAt(line);
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < n) {
      const c = bytes[j]!;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      got++;
    }
    if (got < need) badAt(line);
    else multiByte++;
    i = j;
  }
  return { bad, multiByte, lines };
}

/** "on line 4", "on lines 4, 9 and 12", "on lines 1, 2, … 10 and 31 more lines". */
function onLines(lines: number[]): string {
  if (lines.length === 1) return `on line ${lines[0]}`;
  const named = lines.slice(0, LINES_NAMED);
  const more = lines.length - named.length;
  if (more > 0) return `on lines ${named.join(', ')} and ${more} more`;
  return `on lines ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/**
 * UTF-16 without a BOM: decoded both ways from the first 64 KB, the order that reads as text (see
 * `plausible`) where the other does not. Mostly-Latin text has a NUL in every other byte; Arabic or
 * Chinese has few, and the wrong order turns it into symbols, rare ideographs and unassigned code
 * points, so the text itself decides.
 */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  const sample = bytes.subarray(0, n);
  const le = textScore(new TextDecoder('utf-16le').decode(sample));
  const be = textScore(new TextDecoder('utf-16be').decode(sample));
  const order = le.plausible && !be.plausible ? 'le' : be.plausible && !le.plausible ? 'be' : null;
  if (!order) return null;
  const score = order === 'le' ? le : be;
  const warnings =
    bytes.length % 2 === 1 ? ['The file ends with half a UTF-16 character, replaced by �.'] : [];
  return finish(
    new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes),
    order === 'le' ? 'UTF-16LE' : 'UTF-16BE',
    false,
    Math.min(0.95, Math.round(score.good * 100) / 100),
    warnings,
  );
}

/** Legacy text: the detector's guesses, the first whose decoding reads as text. */
function legacy(bytes: Uint8Array, fileName: string): DecodedText {
  const guesses = analyse(bytes)
    .filter((m) => iconv.encodingExists(m.name) && !/^(UTF|ISO-2022)/i.test(m.name))
    .slice(0, 3);
  if (guesses.length === 0) {
    throw new DecodeError(
      'undecodable',
      fileName,
      `"${fileName}" is in an encoding Copydesk cannot recognise: save it as UTF-8.`,
    );
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  for (const guess of guesses) {
    // Real files labelled Latin-1 are Windows-1252 when they use 0x80-0x9F (curly quotes, €, dashes).
    let encoding = guess.name;
    if (/^ISO-8859-1$/i.test(encoding) && bytes.some((b) => b >= 0x80 && b <= 0x9f))
      encoding = 'windows-1252';
    if (!textScore(iconv.decode(sample, encoding)).plausible) continue;
    const text = iconv.decode(buffer, encoding);
    const confidence = guess.confidence / 100;
    const warnings =
      confidence < LOW_CONFIDENCE
        ? [
            `"${fileName}" is not UTF-8; its encoding was guessed as ${encoding}, with ${percent(confidence)} confidence: check the accented letters and quotes ${onLines(nonAsciiLines(bytes))}.`,
          ]
        : [];
    return finish(text, encoding, false, confidence, warnings);
  }
  throw new DecodeError(
    'binary',
    fileName,
    `"${fileName}" is not text: its bytes read as neither UTF-8 nor any encoding Copydesk knows (it may be compressed, encrypted or other binary data).`,
  );
}

/** The lines (1-based, CRLF and CR each one break) holding bytes above 0x7F. */
function nonAsciiLines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    else if (b >= 0x80 && lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

export interface TextScore {
  /** Share of the non-space characters that are what text is made of. */
  good: number;
  plausible: boolean;
}

// (Tested on characters from U+0080.) What text is not made of: controls, U+FFFD, surrogates, private use, unassigned code points, and
// symbols beyond Latin-1 (arrows, dingbats, box drawing: what a wrong decoding turns letters into).
const STRANGE =
  /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\uFFFD]|[^\u0080-\u00ff\p{L}\p{M}\p{N}\p{P}\p{Zs}\p{Sc}]/u;
const WHITESPACE = /[ \t\n\r\u3000]/;
// Scripts written without spaces between words.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
/** Ideographs of CJK Extension A and the compatibility block: rare in real copy, common in bad decodes. */
const RARE_HAN = /[\u3400-\u4dbf\uf900-\ufaff]/;

let commonHan: Set<string> | null = null;
/**
 * The ideographs real Chinese and Japanese copy is made of: GB 2312's first level (3,755), Big5's
 * frequent characters (5,401) and JIS X 0208's first level (2,965). Random bytes read as GB18030,
 * Big5 or Shift_JIS land mostly outside them.
 */
function commonIdeographs(): Set<string> {
  if (commonHan) return commonHan;
  const chars = new Set<string>();
  const add = (encoding: string, leads: [number, number], trails: [number, number][]) => {
    const pairs: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++)
      for (const [from, to] of trails) for (let t = from; t <= to; t++) pairs.push(lead, t);
    for (const ch of iconv.decode(Buffer.from(pairs), encoding)) if (HAN.test(ch)) chars.add(ch);
  };
  add('gb2312', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  add(
    'big5',
    [0xa4, 0xc6],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  );
  add('euc-jp', [0xb0, 0xcf], [[0xa1, 0xfe]]);
  commonHan = chars;
  return chars;
}

/**
 * Whether decoded text reads as text: at most 5% strange characters, at most a fifth of its
 * ideographs rare, and (in scripts that space their words) a space or line break every 50
 * characters or so; random bytes read in any encoding fail one of these.
 */
export function textScore(text: string): TextScore {
  let chars = 0;
  let strange = 0;
  let spaces = 0;
  let unspaced = 0;
  let han = 0;
  let rareHan = 0;
  const common = commonIdeographs();
  for (const ch of text) {
    if (WHITESPACE.test(ch)) {
      spaces++;
      continue;
    }
    chars++;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if (cp < 0x20 || cp === 0x7f) strange++;
      continue;
    }
    if (STRANGE.test(ch)) {
      strange++;
      continue;
    }
    if (UNSPACED.test(ch)) {
      unspaced++;
      if (HAN.test(ch)) {
        han++;
        if (RARE_HAN.test(ch) || !common.has(ch)) rareHan++;
      }
    }
  }
  if (chars === 0) return { good: 1, plausible: true };
  const good = 1 - strange / chars;
  const spaced = unspaced > chars / 2 || chars < 100 || spaces * 50 >= chars;
  const ideographs = han < 20 || rareHan <= han / 5;
  return { good, plausible: good >= 0.95 && spaced && ideographs };
}

/** Normalises CRLF and lone CR to LF, reporting what the source used. */
function finish(
  raw: string,
  encoding: string,
  bom: boolean,
  confidence: number,
  warnings: string[] = [],
): DecodedText {
  if (!raw.includes('\r')) {
    return {
      text: raw,
      encoding,
      bom,
      lineEndings: raw.includes('\n') ? 'LF' : 'none',
      confidence,
      warnings,
    };
  }
  const crlf = raw.includes('\r\n');
  const cr = /\r(?!\n)/.test(raw);
  const lf = /(?<!\r)\n/.test(raw);
  const kinds = [crlf, cr, lf].filter(Boolean).length;
  const lineEndings = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'CRLF' : cr ? 'CR' : 'LF';
  const text = crlf || cr ? raw.replace(/\r\n?/g, '\n') : raw;
  return { text, encoding, bom, lineEndings, confidence, warnings };
}
