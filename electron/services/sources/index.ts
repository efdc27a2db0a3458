// One dispatch by kind of source: the file's name and its first bytes say what it is, and each kind
// has its module turning bytes into the decoded source text and stories. Plain text (and anything
// not recognised) goes to the split engine. Runs in the split thread (split-worker.ts) and the CLI.

import type { SourceKind, Story } from '../../../shared/model';
import { splitStories } from '../../../shared/split/index';
import { decodeBytes, type DecodedText } from '../decode';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { looksLikeNinjs, readNinjs, readNitf } from './wire';

export interface SourceResult {
  decoded: DecodedText;
  stories: Story[];
  kind: SourceKind;
}

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
  if (/^(?:<!doctype html|<html[\s>])/.test(start)) return 'html';
  if (/^<(?:\?xml|!doctype nitf|!--|nitf[\s>])/.test(start) && /<nitf[\s>]/.test(start))
    return 'nitf';
  if (/\.json$/i.test(name) && /^[[{]/.test(start) && isNinjs(bytes)) return 'ninjs';
  return 'text';
}

/** Share of a plain text file's progress that decoding takes; the split the rest. */
const DECODE_SHARE = 0.1;

/**
 * Reads one file as its kind says. Throws a DecodeError or SourceError naming the file.
 * `onProgress` hears how far it is, 0 to 1 (a structured source only once, when it is read).
 */
export function readSource(
  name: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): SourceResult {
  const kind = sniffKind(name, bytes);
  switch (kind) {
    case 'html':
      return { kind, ...readHtml(bytes, name) };
    case 'nitf':
      return { kind, ...readNitf(bytes, name) };
    case 'ninjs':
      return { kind, ...readNinjs(bytes, name) };
    case 'markdown':
      return { kind, ...readMarkdown(bytes, name) };
    default: {
      const decoded = decodeBytes(bytes, name);
      onProgress?.(DECODE_SHARE);
      const { stories } = splitStories(
        decoded.text,
        onProgress && ((fraction) => onProgress(DECODE_SHARE + (1 - DECODE_SHARE) * fraction)),
      );
      return { kind: 'text', decoded, stories };
    }
  }
}
