// Reading a publication time as pages print it: `Updated 3:14 PM GMT+1, November 20, 2024`,
// `Wed 20 Nov 2024 06.15 GMT`, `Wednesday, 20 November, 2024 - 06:15`, `Published 2 hours ago`.
// The line is read token by token; a line with anything left over is not a time, so this doubles as
// the test "is this line a timestamp?".

import type { Published } from '../model';

const MONTHS = new Map<string, number>(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i) => {
    const short = name.slice(0, 3);
    const forms: [string, number][] = [
      [name, i + 1],
      [short, i + 1],
    ];
    if (name === 'september') forms.push(['sept', 9]);
    return forms;
  }),
);

const WEEKDAYS =
  /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/;

/** Offsets of the zones pages print, in minutes east of UTC. Ambiguous ones (IST, CST in Asia) as the news wires use them. */
const ZONES = new Map<string, number>([
  ['gmt', 0],
  ['utc', 0],
  ['z', 0],
  ['bst', 60],
  ['cet', 60],
  ['cest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['ast', 180],
  ['gst', 240],
  // India and Pakistan: `Last Updated: 20 Nov 2024 | 06:15 PM IST` on South Asian dailies.
  ['pkt', 300],
  ['ist', 330],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['et', -300],
  ['ct', -360],
  ['mt', -420],
  ['pt', -480],
]);

/**
 * US zones named without saying standard or daylight time (`ET`, `PT`): their standard offset
 * above, an hour more while US clocks are forward.
 */
const US_GENERIC = new Set(['et', 'ct', 'mt', 'pt']);

/**
 * Whether US clocks are forward at this local date and hour: from 2 a.m. on the second Sunday of
 * March to 2 a.m. on the first Sunday of November.
 */
export function usDaylightTime(year: number, month: number, day: number, hour = 12): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  // The first Sunday of the month, then the second for March.
  const firstSunday = 1 + ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7);
  const change = month === 3 ? firstSunday + 7 : firstSunday;
  if (day !== change) return month === 3 ? day > change : day < change;
  return month === 3 ? hour >= 2 : hour < 2;
}

/** Labels a page puts before the time. Read case-insensitively, with or without a colon. */
const LABEL =
  /^(?:(?:first\s+)?published(?:\s+on|\s+at)?|(?:last\s+)?updated(?:\s+on|\s+at)?|(?:last\s+)?modified(?:\s+on)?|posted(?:\s+on|\s+at)?|date(?:d)?|created|issued|filed|stand|veröffentlicht|aktualisiert)\s*:?\s*/i;

const RELATIVE =
  /^(?:(?:\d{1,3}|an?|one)\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|just\s+now|yesterday|today)$/i;

const MAYBE_TIME = /\d|\b(?:ago|now|yesterday|today)\b/i;

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC. */
  offset?: number;
  /** A pair of small numbers that could be day/month or month/day. */
  ambiguous?: boolean;
  /** The zone was a US one without standard or daylight (`ET`): `offset` is its standard time. */
  usGeneric?: boolean;
}

/** `Updated 3:14 PM` → `3:14 PM`: the label goes, the time as printed stays. */
export function withoutLabel(text: string): string {
  return text.replace(LABEL, '').trim();
}

/**
 * The publication time a line states, or null when the line is not a time. `text` is as printed
 * without its label; `iso` is set when a calendar date can be read (see the model's `Published`).
 */
export function parsePublished(line: string): Published | null {
  // Every time has a digit or a word of relative time: anything else is settled without reading.
  if (!MAYBE_TIME.test(line)) return null;
  const text = unglued(withoutLabel(line.trim()));
  if (text.length === 0 || text.length > 80) return null;
  if (RELATIVE.test(text)) return { text, iso: null };
  const labelled = text !== line.trim();
  const parts = readParts(text);
  // `Saturday 20 November` alone is a date in the copy (a fixture's day); a page's time carries a
  // year, a time of day or a label.
  if (parts && (labelled || parts.year !== undefined || parts.hour !== undefined))
    return { text, iso: toIso(parts) };
  // `Updated 8:27 p.m. ET`: a time of day alone is a publication time when labelled as one.
  const time = readParts(text, { timeOnly: true });
  return labelled && time ? { text, iso: null } : null;
}

/**
 * A date or date-time as printed anywhere (`Nov 20`, `20 November 2024, 06:15`), with its ISO form
 * when certain; null when the text is not one. Unlike a page's publication line, a day and a month
 * alone will do.
 */
export function readDate(text: string): Published | null {
  if (!MAYBE_TIME.test(text)) return null;
  const parts = readParts(text.trim());
  return parts ? { text: text.trim(), iso: toIso(parts) } : null;
}

/**
 * A time whose parts a scraper ran together, spaced again: the year into the hour (`20264:15 PM`),
 * a zone into the label after it (`UTCUpdated`). Pages print them in separate elements.
 */
function unglued(text: string): string {
  return /\d{5}|\p{Lu}{3}\p{Ll}/u.test(text)
    ? text.replace(GLUED_YEAR_TIME, '$1 $2').replace(GLUED_WORD, '$1 ')
    : text;
}
const GLUED_YEAR_TIME = /\b((?:19|20)\d{2})(\d{1,2}[:.]\d{2})\b/g;
const GLUED_WORD = /(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu;

/**
 * `Updated ago`, `Updated 2 hours ago`, `updated 06:40 GMT` after the time: the page's note of a
 * later change, which leaves the first time the story's.
 */
const UPDATE_NOTE = /^(?:updated|modified|last updated|edited)$/;
function isUpdateNote(tokens: string[]): boolean {
  const rest = tokens.join(' ');
  return (
    rest === '' ||
    rest === 'ago' ||
    RELATIVE.test(rest) ||
    readParts(rest) !== null ||
    readParts(rest, { timeOnly: true }) !== null
  );
}

// The patterns of readParts, made once: it reads every line with a digit in it, token by token.
const ORDINAL = /(\d)(st|nd|rd|th)\b/g;
const AM_PM = /\b([ap])\.m\./g;
const ABBREVIATION_POINT = /([a-z])\.(?=\s|,|$)/g;
const TOKEN_GAP = /[\s,|·•]+|\s[-–—]\s|(?<=\d)(?=[ap]m\b)/;
const isToken = (t: string) => t !== '' && t !== '-' && t !== '–' && t !== '—';
const ISO_TOKEN = /^\d{4}-\d{2}-\d{2}(?:t.*)?$/;
const TIME_TOKEN = /^\d{1,2}[:.]\d{2}(?::\d{2})?$/;
const TIME_MARK = /[:.]/;
const NUMERIC_DATE_TOKEN = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
const YEAR_TOKEN = /^\d{4}$/;
const DAY_TOKEN = /^\d{1,2}$/;

/** Splits the text into tokens and reads each as a date part; null when a token is not one. */
function readParts(text: string, { timeOnly = false } = {}): Parts | null {
  const tokens = text
    .toLowerCase()
    .replace(ORDINAL, '$1')
    .replace(AM_PM, '$1m')
    .replace(ABBREVIATION_POINT, '$1') // `Nov.` and `Wed.`
    .split(TOKEN_GAP)
    .filter(isToken);
  const parts: Parts = {};
  let sawDate = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    // `um 06:15 Uhr`: German pages put their words around the time of day.
    if (token === 'at' || token === 'on' || token === 'of' || token === 'um' || token === 'uhr')
      continue;
    if (WEEKDAYS.test(token)) continue;
    if (UPDATE_NOTE.test(token) && sawDate && isUpdateNote(tokens.slice(i + 1))) break;
    const month = MONTHS.get(token);
    if (month !== undefined) {
      if (parts.month !== undefined) return null;
      parts.month = month;
      sawDate = true;
      continue;
    }
    if (ISO_TOKEN.test(token)) {
      const iso = readIsoToken(token, parts);
      if (!iso) return null;
      sawDate = true;
      continue;
    }
    if (TIME_TOKEN.test(token)) {
      if (parts.hour !== undefined) return null;
      const [h, m] = token.split(TIME_MARK).map(Number) as [number, number];
      if (h > 23 || m > 59) return null;
      parts.hour = h;
      parts.minute = m;
      const next = tokens[i + 1];
      if (next === 'am' || next === 'pm') {
        if (h < 1 || h > 12) return null;
        parts.hour = (h % 12) + (next === 'pm' ? 12 : 0);
        i++;
      }
      continue;
    }
    if (NUMERIC_DATE_TOKEN.test(token)) {
      if (!readNumericDate(token, parts)) return null;
      sawDate = true;
      continue;
    }
    if (YEAR_TOKEN.test(token)) {
      if (parts.year !== undefined) return null;
      parts.year = Number(token);
      continue;
    }
    if (DAY_TOKEN.test(token)) {
      if (parts.day !== undefined) return null;
      parts.day = Number(token);
      continue;
    }
    const offset = readZone(token);
    if (offset !== null && parts.offset === undefined) {
      parts.offset = offset;
      if (US_GENERIC.has(token)) parts.usGeneric = true;
      continue;
    }
    return null;
  }
  if (timeOnly) return parts.hour !== undefined && !sawDate ? parts : null;
  // A time alone (`06:15`) is not a publication date; a month needs a day or a year with it.
  if (!sawDate) return null;
  if (parts.day === undefined && parts.year === undefined) return null;
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return null;
  return parts;
}

function readIsoToken(token: string, parts: Parts): boolean {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/.exec(
      token,
    );
  if (!m) return false;
  parts.year = Number(m[1]);
  parts.month = Number(m[2]);
  parts.day = Number(m[3]);
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
  }
  if (m[6] !== undefined) parts.offset = readZone(m[6]) ?? undefined;
  return true;
}

/** `20/11/2024`, `20.11.24`: day first unless that cannot be; both small is ambiguous. */
function readNumericDate(token: string, parts: Parts): boolean {
  const [a, b, y] = token.split(/[/.]/).map(Number) as [number, number, number];
  const year = y < 100 ? 2000 + y : y;
  if (a > 12 && b <= 12) [parts.day, parts.month] = [a, b];
  else if (b > 12 && a <= 12) [parts.month, parts.day] = [a, b];
  else if (a <= 12 && b <= 12) {
    [parts.day, parts.month] = [a, b];
    parts.ambiguous = a !== b;
  } else return false;
  parts.year = year;
  return true;
}

const BRACKETS = /[()]/g;
const ZONE_OFFSET = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** `GMT`, `GMT+1`, `UTC+03:00`, `+0100`, `EST`: minutes east of UTC, or null. */
function readZone(token: string): number | null {
  const named = ZONES.get(token.replace(BRACKETS, ''));
  if (named !== undefined) return named;
  const m = ZONE_OFFSET.exec(token.replace(BRACKETS, ''));
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 from what was read; null when there is no full calendar date or it is ambiguous. */
function toIso(parts: Parts): string | null {
  const { year, month, day } = parts;
  if (year === undefined || month === undefined || day === undefined || parts.ambiguous)
    return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31 February and the like roll over: not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const ymd = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (parts.hour === undefined || parts.minute === undefined) return ymd;
  const time = `${ymd}T${pad(parts.hour)}:${pad(parts.minute)}:00`;
  if (parts.offset === undefined) return time;
  const offset =
    parts.usGeneric && usDaylightTime(year, month, day, parts.hour)
      ? parts.offset + 60
      : parts.offset;
  if (offset === 0) return `${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
