// Export file names and archives: names from the editor's template ({date} {slug} {n} {doc} {ext}),
// made safe for every file system (no folders, no `..`, no device names, no controls, at most 100
// characters and 255 bytes of UTF-8, unique even where case does not count), and the files zipped
// when asked.

import { zipSync } from 'fflate';
import type { Story } from '../model';
import { slugify } from '../slug';

export type FileLayout = 'per-story' | 'combined';

export const DEFAULT_TEMPLATE = '{slug}.{ext}';
export const MAX_NAME_LENGTH = 100;
/** File systems count a name's bytes, not its characters: a CJK character takes 3 of these 255. */
export const MAX_NAME_BYTES = 255;

/**
 * When zip entries say they were written: fixed, so the same files always zip to the same bytes.
 * Zip times are local times, so this is built from local parts: the same in every time zone.
 */
export const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

export interface PlanInput {
  stories: Story[];
  layout: FileLayout;
  /** E.g. `{date}-{slug}.{ext}`; the extension is added when the template leaves it out. */
  template: string;
  /** The format's extension without the dot (`txt`, `copydesk.json`). */
  ext: string;
  /** The document's name, the imported file's (`harbour.txt`): `{doc}` is its slug. */
  documentName: string;
  /** `{date}` is its local calendar date, YYYY-MM-DD. */
  now: Date;
  /** Names already taken (by an earlier document in the same run): new names avoid them. */
  taken?: Iterable<string>;
}

export interface PlannedFile {
  name: string;
  stories: Story[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** YYYY-MM-DD of the local calendar day: the day the editor sees. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

// Windows device names, also with an extension (`nul.txt`) and with superscript digits.
const DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Characters no file system or shell should meet in a name.
const FORBIDDEN = /[/\\<>:"|?*\p{Cc}]/gu;
// Invisible format characters: bidi controls could make `txt.exe` read as `exe.txt`.
const INVISIBLE = /\p{Cf}|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u3164|\uFFA0/gu;

const utf8Size = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Room left for a name's stem once `suffix` (`.txt`, `-2.txt`) is counted. */
function roomBeside(suffix: string) {
  let bytes = 0;
  for (const char of suffix) bytes += utf8Size(char);
  return { chars: MAX_NAME_LENGTH - Array.from(suffix).length, bytes: MAX_NAME_BYTES - bytes };
}

/** `text` cut at a character boundary to at most `room.chars` characters and `room.bytes` bytes. */
function cutTo(text: string, room: { chars: number; bytes: number }): string {
  let chars = 0;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Size(char);
    chars += 1;
    if (chars > room.chars || bytes > room.bytes) return text.slice(0, end);
    end += char.length;
  }
  return text;
}

/**
 * `name` safe as a file name in any folder: separators and forbidden characters become `-`,
 * invisible controls go, dot runs become one dot, no leading dot or hyphen, no trailing dot or space,
 * device names prefixed with `_`, ending `.ext`, at most MAX_NAME_LENGTH characters and
 * MAX_NAME_BYTES bytes.
 */
export function safeFileName(name: string, ext: string): string {
  const suffix = `.${ext}`;
  let stem = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ');
  if (stem.toLowerCase().endsWith(suffix.toLowerCase())) stem = stem.slice(0, -suffix.length);
  stem = tidy(stem);
  if (stem === '') stem = 'story';
  if (DEVICE.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;
  return `${tidy(cutTo(stem, roomBeside(suffix)))}${suffix}`;
}

function tidy(stem: string): string {
  return stem
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '');
}

/** The template filled in for one file. */
export function fillTemplate(
  template: string,
  values: { date: string; slug: string; n: string; doc: string; ext: string },
): string {
  return template.replace(
    /\{(date|slug|n|doc|ext)\}/g,
    (_, key: keyof typeof values) => values[key],
  );
}

/**
 * Makes names unique, ignoring case (as Windows and macOS do): `a.txt`, `a-2.txt`, `a-3.txt`.
 * Each name remembers the number its next copy tries first, so 40,000 copies of one name take
 * 40,000 steps, not 40,000²/2.
 */
export function uniqueFileNames(ext: string, taken: Iterable<string> = []) {
  const seen = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const next = new Map<string, number>();
  const suffix = `.${ext}`;
  return (name: string): string => {
    const key = name.toLowerCase();
    const stem = name.slice(0, -suffix.length);
    let candidate = name;
    let n = next.get(key) ?? 2;
    while (seen.has(candidate.toLowerCase())) {
      const tagged = `-${n}${suffix}`;
      candidate = `${cutTo(stem, roomBeside(tagged))}${tagged}`;
      n += 1;
    }
    next.set(key, n);
    seen.add(candidate.toLowerCase());
    return candidate;
  };
}

/** Which files an export writes and which stories go in each: pure, nothing is written. */
export function planFiles(input: PlanInput): PlannedFile[] {
  const { stories, layout, ext, now } = input;
  const template = input.template.trim() || DEFAULT_TEMPLATE;
  const doc = slugify(input.documentName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  const date = isoDay(now);
  const unique = uniqueFileNames(ext, input.taken);
  const name = (values: { slug: string; n: string }) =>
    unique(safeFileName(fillTemplate(template, { date, doc, ext, ...values }), ext));
  if (layout === 'combined') {
    return stories.length === 0 ? [] : [{ name: name({ slug: doc, n: '1' }), stories }];
  }
  const width = String(stories.length).length;
  return stories.map((story, i) => ({
    name: name({ slug: slugify(story.headline), n: pad(i + 1, width) }),
    stories: [story],
  }));
}

/** One zip archive of the files, deflated, with fixed times: the same files give the same bytes. */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
  // No prototype, and defined rather than assigned: a file named `__proto__` stays a file.
  const entries = Object.create(null) as Record<string, Uint8Array>;
  for (const file of files) {
    if (Object.hasOwn(entries, file.name)) throw new Error(`Two files named "${file.name}".`);
    Object.defineProperty(entries, file.name, { value: file.bytes, enumerable: true });
  }
  return zipSync(entries, { mtime: ZIP_TIME });
}
