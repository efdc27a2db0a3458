// Reading the first library format (one `documents/<id>.json` per document, the previous version
// beside it as `<id>.json.bak`) so that it can move into the database on first start, losing
// nothing: every file is migrated, or left where it is with the reason, or (damaged beyond use)
// moved to corrupt/ and reported. Node only.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DOCUMENT_SCHEMA_VERSION,
  documentSchema,
  type CopydeskDocument,
} from '../../shared/document';

export type LegacyRead =
  | { kind: 'ok'; doc: CopydeskDocument }
  | { kind: 'missing' }
  /** Could not be read (permissions, a lock held by a sync client): not damage; try again later. */
  | { kind: 'unreadable'; message: string }
  | { kind: 'newer'; message: string }
  | { kind: 'bad'; message: string };

/** What the documents folder holds: file names grouped by the document id they are named after. */
export interface LegacyFolder {
  /** Ids with a `.json`, a `.json.bak` or both. */
  ids: string[];
  /** `.json` files whose name is not a document id: never listed, reported once. */
  strays: string[];
}

export async function legacyFolder(
  dir: string,
  isId: (id: string) => boolean,
): Promise<LegacyFolder> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { ids: [], strays: [] };
    throw err;
  }
  const ids = new Set<string>();
  const strays: string[] = [];
  for (const name of names.sort()) {
    const id = name.endsWith('.json.bak')
      ? name.slice(0, -'.json.bak'.length)
      : name.endsWith('.json')
        ? name.slice(0, -'.json'.length)
        : null;
    if (id === null) continue; // temp files of an interrupted write: nothing of the editor's
    if (isId(id)) ids.add(id);
    else if (name.endsWith('.json')) strays.push(name);
  }
  return { ids: [...ids], strays };
}

/** Reads and checks one file of the first format. */
export async function readLegacy(path: string, id: string, fileName: string): Promise<LegacyRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return {
      kind: 'unreadable',
      message: `${fileName} could not be read (${(err as Error).message}); it was left where it is and will be tried again at the next start.`,
    };
  }
  // A byte order mark (an editor or sync tool may add one) is not damage.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      kind: 'bad',
      message: `${fileName} is damaged: it is not valid JSON, perhaps cut short or edited by hand.`,
    };
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const title = typeof record.name === 'string' ? `"${record.name}" (${fileName})` : fileName;
  const version = record.schemaVersion;
  if (typeof version === 'number' && version > DOCUMENT_SCHEMA_VERSION) {
    return {
      kind: 'newer',
      message: `${title} was saved by a newer version of Copydesk (format ${version}; this version reads format ${DOCUMENT_SCHEMA_VERSION}). Update Copydesk to open it; the file was left untouched.`,
    };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const detail = first ? `${first.path.join('.') || 'file'}: ${first.message}` : 'unknown';
    return {
      kind: 'bad',
      message: `${title} is damaged: its content is not what Copydesk expects (${detail}).`,
    };
  }
  if (parsed.data.id !== id) {
    return { kind: 'bad', message: `${fileName} is damaged: it holds document ${parsed.data.id}.` };
  }
  return { kind: 'ok', doc: parsed.data };
}

export const legacyPath = (dir: string, id: string, bak = false) =>
  join(dir, `${id}.json${bak ? '.bak' : ''}`);
