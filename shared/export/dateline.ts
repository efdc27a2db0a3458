// A story's dateline read into its place and date for formats that mark them up (NITF <location>
// and <story.date>, ninjs `located`): `BEIRUT, Nov 20 (Reuters)` is the place BEIRUT, the date
// Nov 20, and the source. The words are never changed: the parts join up to the dateline.

import { readDate } from '../split/published';

export interface DatelinePart {
  kind: 'text' | 'location' | 'date';
  text: string;
  /** A date part's ISO 8601 date, when its year is known. */
  iso?: string;
}

/** Where the source starts: `(Reuters)`, `(AP)`, or a spaced dash before it (`Cairo - Asharq Al-Awsat`). */
const SOURCE = /\s*\(|\s[-–—]\s/;

/** The dateline up to its source: where the place and the date are. */
function headOf(dateline: string): string {
  const at = dateline.search(SOURCE);
  return at < 0 ? dateline : dateline.slice(0, at);
}

/** A place name: a few words of letters (`RIO DE JANEIRO`, `St. John's`, `Al-Hasakah`), no more. */
function isPlace(text: string): boolean {
  return /^\p{L}[\p{L}\p{M} .'’-]*$/u.test(text) && text.split(/\s+/).length <= 5;
}

/** The place the story was filed from, as the dateline prints it, or null when it names none. */
export function datelinePlace(dateline: string): string | null {
  const place = headOf(dateline).split(',')[0]?.trim() ?? '';
  return isPlace(place) ? place : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The date's ISO form: from its own year, or when it prints none, from the year of the publication
 * time if the day then falls within a week of it (a dateline of 31 Dec published 1 Jan is last year's).
 */
function dateIso(text: string, publishedIso: string | null): string | undefined {
  const own = readDate(text)?.iso;
  if (own) return own.slice(0, 10);
  if (!publishedIso) return undefined;
  const published = Date.parse(publishedIso.slice(0, 10));
  for (const year of [0, -1, 1].map((d) => Number(publishedIso.slice(0, 4)) + d)) {
    const iso = readDate(`${text} ${year}`)?.iso;
    if (iso && Math.abs(Date.parse(iso) - published) <= 7 * DAY_MS) return iso;
  }
  return undefined;
}

/**
 * The dateline in parts: its place, its date, the rest. The date is the longest run of the
 * comma-separated words after the place that reads as one (`Nov. 20, 2024`; `Nov 20` in
 * `BERGEN, Norway, Nov 20`), with a digit in it (`LONDON, today` names no date).
 */
export function datelineParts(dateline: string, publishedIso: string | null): DatelinePart[] {
  const place = datelinePlace(dateline);
  if (place === null) return [{ kind: 'text', text: dateline }];
  const placeAt = dateline.indexOf(place);
  const parts: DatelinePart[] = [
    { kind: 'text', text: dateline.slice(0, placeAt) },
    { kind: 'location', text: place },
  ];
  const after = placeAt + place.length;
  const head = headOf(dateline);
  const pieces = head.split(',');
  for (let k = 1; k < pieces.length; k++) {
    const text = pieces.slice(k).join(',').trim();
    if (!/\d/.test(text) || readDate(text) === null) continue;
    const at = head.lastIndexOf(text);
    const iso = dateIso(text, publishedIso);
    parts.push(
      { kind: 'text', text: dateline.slice(after, at) },
      { kind: 'date', text, ...(iso ? { iso } : {}) },
      { kind: 'text', text: dateline.slice(at + text.length) },
    );
    return parts.filter((p) => p.text !== '');
  }
  parts.push({ kind: 'text', text: dateline.slice(after) });
  return parts.filter((p) => p.text !== '');
}
