// One dispatch by kind of source: the file's name and its first bytes say what it is, and each kind
// has its module turning bytes into the decoded source text and stories. Plain text (and anything
// not recognised) goes to the split engine. A mail's attachments that are themselves importable are
// read here too, as documents of their own named after the mail and the attachment. Runs in the
// split thread (split-worker.ts) and the CLI.

import type { SourceKind, Story } from '../../../shared/model';
import { splitStories } from '../../../shared/split/index';
import { decodeBytes, type DecodedText } from '../decode';
import { SourceError } from './assemble';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { looksLikeNinjs, readNinjs, readNitf } from './wire';

/** How far a job is, 0 to 1: the share of the file's bytes decoded and split (then stored). */
export type OnProgress = (fraction: number) => void;

export interface SourceResult {
  decoded: DecodedText;
  stories: Story[];
  kind: SourceKind;
}

/** A file that came inside another (a mail's attachment), named `mail.eml — report.docx`. */
export interface AttachedSource extends SourceResult {
  name: string;
}

/** What one file gives: its own document (the first) and those of its attachments, and refusals. */
export interface SourceDocuments {
  documents: AttachedSource[];
  /** Attachments that could not be read, each named and with its reason. */
  errors: { name: string; code: string; message: string }[];
}

/** A mail in a mail in a mail…: deeper than any real forward, and refused. */
const MAX_NESTING = 4;

const HTML_NAME = /\.(?:html?|xhtml)$/i;

/** The first characters of the file, as ASCII, without a BOM or leading white space. */
function head(bytes: Uint8Array): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return Buffer.from(bytes.subarray(start, start + 1024))
    .toString('latin1')
    .trimStart()
    .toLowerCase();
}

/** Whether a .json file holds ninjs (any other JSON is copy for the split engine). */
function isNinjs(bytes: Uint8Array): boolean {
  try {
    return looksLikeNinjs(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return false;
  }
}

/** What kind of source a file is, from its name and its first bytes. */
export function sniffKind(name: string, bytes: Uint8Array): SourceKind {
  const start = head(bytes);
  if (HTML_NAME.test(name)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.eml$/i.test(name)) return 'eml';
  // A Word file or a mail saved under another name: a zip holding word/, mail headers with MIME.
  if (start.startsWith('pk\x03\x04') && start.includes('word/')) return 'docx';
  if (/^[\w-]+:/.test(start) && /^mime-version:/m.test(start) && /^subject:/m.test(start))
    return 'eml';
  if (/^(?:<!doctype html|<html[\s>])/.test(start)) return 'html';
  if (/^<(?:\?xml|!doctype nitf|!--|nitf[\s>])/.test(start) && /<nitf[\s>]/.test(start))
    return 'nitf';
  if (/\.json$/i.test(name) && /^[[{]/.test(start) && isNinjs(bytes)) return 'ninjs';
  return 'text';
}

/** Whether a mail's attachment is a kind of file Copydesk imports (a text file, or a structured one). */
function importable(filename: string, contentType: string, bytes: Uint8Array): boolean {
  if (/\.(?:txt|text)$/i.test(filename) || contentType === 'text/plain') return true;
  return sniffKind(filename, bytes) !== 'text';
}

/** Share of a plain text file's progress that decoding takes; the split the rest. */
const DECODE_SHARE = 0.1;

/**
 * Reads one file as its kind says: its document, then for a mail one per importable attachment.
 * Throws a DecodeError or SourceError naming the file when the file itself cannot be read.
 * `onProgress` hears how far the file's own document is, 0 to 1 (a structured source only once,
 * when it is read).
 */
export async function readSources(
  name: string,
  bytes: Uint8Array,
  { depth = 0, onProgress }: { depth?: number; onProgress?: OnProgress } = {},
): Promise<SourceDocuments> {
  const kind = sniffKind(name, bytes);
  if (kind !== 'eml')
    return {
      documents: [{ name, ...(await readOne(name, bytes, kind, onProgress)) }],
      errors: [],
    };
  if (depth >= MAX_NESTING)
    throw new SourceError(
      'unsupported',
      `"${name}" is a mail inside ${MAX_NESTING} other mails: Copydesk reads no deeper.`,
    );
  // Loaded when a mail comes (with mailparser): the split thread starts without them.
  const { readEml } = await import('./eml');
  const mail = await readEml(bytes, name);
  const out: SourceDocuments = {
    documents: mail.own ? [{ name, kind, ...mail.own }] : [],
    errors: [],
  };
  const skipped: string[] = [];
  for (const a of mail.attachments) {
    const inner = `${name} — ${a.filename}`;
    if (!importable(a.filename, a.contentType, a.bytes)) {
      skipped.push(`"${a.filename}" (${a.contentType})`);
      continue;
    }
    try {
      const read = await readSources(inner, a.bytes, { depth: depth + 1 });
      out.documents.push(...read.documents);
      out.errors.push(...read.errors);
    } catch (error) {
      const { code, message } = error as Error & { code?: unknown };
      out.errors.push({ name: inner, code: typeof code === 'string' ? code : 'damaged', message });
    }
  }
  if (skipped.length > 0 && mail.own)
    mail.own.decoded.warnings.push(
      `Attachments not imported, not being copy Copydesk reads: ${skipped.join(', ')}.`.slice(
        0,
        1000,
      ),
    );
  if (out.documents.length === 0 && out.errors.length === 0)
    throw new SourceError(
      'no-article',
      `"${name}" is an e-mail with no text in it${skipped.length ? ' and nothing importable attached' : ''}: there is no copy to import.`,
    );
  return out;
}

/** The file's own document: the first readSources gives (tests and tools read single files). */
export async function readSource(name: string, bytes: Uint8Array): Promise<AttachedSource> {
  const [first] = (await readSources(name, bytes)).documents;
  if (!first) throw new SourceError('no-article', `"${name}" holds no copy to import.`);
  return first;
}

/** Reads one file that holds one document. */
async function readOne(
  name: string,
  bytes: Uint8Array,
  kind: SourceKind,
  onProgress?: OnProgress,
): Promise<SourceResult> {
  switch (kind) {
    case 'html':
      return { kind, ...readHtml(bytes, name) };
    case 'nitf':
      return { kind, ...readNitf(bytes, name) };
    case 'ninjs':
      return { kind, ...readNinjs(bytes, name) };
    case 'markdown':
      return { kind, ...readMarkdown(bytes, name) };
    case 'docx': {
      // Loaded when a Word file comes (with mammoth): the split thread starts without them.
      const { readDocx } = await import('./docx');
      return { kind, ...(await readDocx(bytes, name)) };
    }
    default:
      return readPlainText(name, bytes, onProgress);
  }
}

/** Plain text: decoded and split by the engine (synchronous, for the benchmarks' timings too). */
export function readPlainText(
  name: string,
  bytes: Uint8Array,
  onProgress?: OnProgress,
): SourceResult {
  const decoded = decodeBytes(bytes, name);
  onProgress?.(DECODE_SHARE);
  const { stories } = splitStories(
    decoded.text,
    onProgress && ((fraction) => onProgress(DECODE_SHARE + (1 - DECODE_SHARE) * fraction)),
  );
  return { kind: 'text', decoded, stories };
}
