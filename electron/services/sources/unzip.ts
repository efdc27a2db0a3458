// A zip archive (a Word file) opened without trusting it. The central directory is read first and
// the sizes it declares are checked against the one limit, MAX_FILE_BYTES, before a byte is
// inflated; then each entry is inflated by Node's zlib with its declared size as the most it may
// give, which stops it as soon as it gives more, so a zip bomb (a few KB that inflate to gigabytes,
// or that lie about their size) costs at most the limit in memory and never the time to inflate it.

import { inflateRawSync } from 'node:zlib';
import { MAX_FILE_BYTES, megabytes } from '../../../shared/api';
import { SourceError } from './assemble';

/** More entries than any document holds: a directory of millions is refused before it is read. */
const MAX_ENTRIES = 10_000;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) =>
  ((b[at] as number) |
    ((b[at + 1] as number) << 8) |
    ((b[at + 2] as number) << 16) |
    ((b[at + 3] as number) << 24)) >>>
  0;

/** The entries the central directory lists; throws a SourceError when there is none to read. */
function directory(bytes: Uint8Array, damaged: (why: string) => SourceError): Entry[] {
  // The end record: 22 bytes, then a comment of at most 64 KB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged('it is not a zip archive');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff)
    throw damaged('it is a ZIP64 archive, larger than any document Copydesk reads');
  if (count > MAX_ENTRIES) throw damaged(`it lists ${count} files`);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw damaged('its list of contents is cut short');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      offset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** One entry's bytes, refused when they come out larger than the directory said. */
function inflate(bytes: Uint8Array, entry: Entry, damaged: (why: string) => SourceError) {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
    throw damaged(`"${entry.name}" is missing from it`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw damaged(`"${entry.name}" is cut short`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw damaged(`"${entry.name}" is not the size it says`);
    return data;
  }
  if (entry.method !== 8) throw damaged(`"${entry.name}" is compressed in a way Word never uses`);
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw damaged(`"${entry.name}" inflates to more than the ${entry.size} bytes it declares`);
    throw damaged(`"${entry.name}" cannot be inflated (${(error as Error).message})`);
  }
  if (out.length !== entry.size) throw damaged(`"${entry.name}" is not the size it says`);
  return out;
}

/**
 * The archive's files by name, inflated safely; `skip` names entries not needed (left empty).
 * Throws a SourceError naming the file (as `what`, "a Word document") when it is not a zip, is
 * damaged, or unpacks to more than MAX_FILE_BYTES.
 */
export function unzipSafely(
  bytes: Uint8Array,
  name: string,
  what: string,
  skip: (entry: string) => boolean = () => false,
): Record<string, Uint8Array> {
  const damaged = (why: string) =>
    new SourceError('damaged', `"${name}" cannot be read as ${what}: ${why}.`);
  const entries = directory(bytes, damaged).filter((e) => !e.name.endsWith('/'));
  const total = entries.reduce((sum, e) => sum + (skip(e.name) ? 0 : e.size), 0);
  if (total > MAX_FILE_BYTES)
    throw new SourceError(
      'too-large',
      `"${name}" unpacks to ${megabytes(total)}, more than the ${megabytes(MAX_FILE_BYTES)} Copydesk reads: it may be a zip bomb, or too large a document; split it into smaller files.`,
    );
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries)
    files[entry.name] = skip(entry.name) ? new Uint8Array(0) : inflate(bytes, entry, damaged);
  return files;
}
