// Publication times as news pages print them, each with the ISO 8601 value the gold answer expects:
// with the offset when the page shows a zone, without when it shows none, a date alone when only a
// date, null for relative times.

import { pick } from '../dumps';

export interface When {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

export interface Stamp {
  /** As printed, without a `Published` / `Updated` label. */
  text: string;
  iso: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** AP style abbreviates long month names only. */
const AP_MONTHS = 'Jan.|Feb.|March|April|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec.'.split('|');
/** Reuters datelines: `Nov 20`, `Sept 3`, `March 9`. */
export const WIRE_MONTHS = 'Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec'.split('|');

const two = (n: number) => String(n).padStart(2, '0');
const month = (w: When) => MONTHS[w.mo - 1]!;
const mon = (w: When) => month(w).slice(0, 3);
const weekday = (w: When) => DAYS[new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()]!;
const h12 = (w: When) => `${w.h % 12 || 12}:${two(w.mi)}`;
const ampm = (w: When) => (w.h < 12 ? 'AM' : 'PM');

/**
 * A made-up publication time. Dates keep clear of the weeks clocks change, so a zone name such as
 * `BST` or `ET` always means one offset.
 */
export function makeWhen(random: () => number): When {
  let mo = 1 + Math.floor(random() * 12);
  if (mo === 3) mo = 2;
  const d =
    mo === 10
      ? 1 + Math.floor(random() * 24)
      : mo === 11
        ? 8 + Math.floor(random() * 20)
        : 1 + Math.floor(random() * 28);
  return {
    y: 2023 + Math.floor(random() * 3),
    mo,
    d,
    h: Math.floor(random() * 24),
    mi: Math.floor(random() * 60),
  };
}

/** The same moment `minutes` later, for `Updated` lines. */
export function later(w: When, minutes: number): When {
  const t = new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) + minutes * 60_000);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
  };
}

export interface Zone {
  label: string;
  /** Minutes east of UTC. */
  offset: number;
}

const summer = (w: When) => w.mo >= 4 && w.mo <= 10;

/** A zone as a site family prints it: AP's `GMT+1`, the UK's `GMT`/`BST`, US `ET`, Europe's `CET`. */
export function zoneFor(
  random: () => number,
  w: When,
  family: 'gmt' | 'uk' | 'us' | 'eu' | 'utc',
): Zone {
  if (family === 'utc') return { label: 'UTC', offset: 0 };
  if (family === 'uk')
    return summer(w) ? { label: 'BST', offset: 60 } : { label: 'GMT', offset: 0 };
  if (family === 'eu')
    return summer(w) ? { label: 'CEST', offset: 120 } : { label: 'CET', offset: 60 };
  if (family === 'us') {
    const offset = summer(w) ? -240 : -300;
    return { label: pick(random, ['ET', summer(w) ? 'EDT' : 'EST']), offset };
  }
  const hours = pick(random, [0, 1, 2, 3, -4, -5]);
  return { label: hours === 0 ? 'GMT' : `GMT${hours > 0 ? '+' : ''}${hours}`, offset: hours * 60 };
}

const isoDate = (w: When) => `${w.y}-${two(w.mo)}-${two(w.d)}`;
const isoLocal = (w: When) => `${isoDate(w)}T${two(w.h)}:${two(w.mi)}:00`;
function isoZoned(w: When, z: Zone): string {
  const a = Math.abs(z.offset);
  return `${isoLocal(w)}${z.offset < 0 ? '-' : '+'}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

/** Every printed form, by the sites that use it. */
export const STAMPS = {
  /** `3:14 PM GMT+1, November 20, 2024` */
  ap: (w: When, z: Zone): Stamp => ({
    text: `${h12(w)} ${ampm(w)} ${z.label}, ${month(w)} ${w.d}, ${w.y}`,
    iso: isoZoned(w, z),
  }),
  /** `November 20, 2024 6:15 AM GMT+1` */
  wire: (w: When, z: Zone): Stamp => ({
    text: `${month(w)} ${w.d}, ${w.y} ${h12(w)} ${ampm(w)} ${z.label}`,
    iso: isoZoned(w, z),
  }),
  /** `Wed 20 Nov 2024 06.15 GMT` */
  dotted: (w: When, z: Zone): Stamp => ({
    text: `${weekday(w).slice(0, 3)} ${w.d} ${mon(w)} ${w.y} ${two(w.h)}.${two(w.mi)} ${z.label}`,
    iso: isoZoned(w, z),
  }),
  /** `06:15 GMT, 20 November 2024` */
  tabloid: (w: When, z: Zone): Stamp => ({
    text: `${two(w.h)}:${two(w.mi)} ${z.label}, ${w.d} ${month(w)} ${w.y}`,
    iso: isoZoned(w, z),
  }),
  /** `Nov. 20, 2024, 6:15 a.m. ET` */
  apStyle: (w: When, z: Zone): Stamp => ({
    text: `${AP_MONTHS[w.mo - 1]} ${w.d}, ${w.y}, ${h12(w)} ${w.h < 12 ? 'a.m.' : 'p.m.'} ${z.label}`,
    iso: isoZoned(w, z),
  }),
  /** `6:15 AM EST November 20, 2024`: US local stations, the time first. */
  timeFirst: (w: When, z: Zone): Stamp => ({
    text: `${h12(w)} ${ampm(w)} ${z.label} ${month(w)} ${w.d}, ${w.y}`,
    iso: isoZoned(w, z),
  }),
  /** `November 20, 2024 at 6:15 a.m. EST` */
  at: (w: When, z: Zone): Stamp => ({
    text: `${month(w)} ${w.d}, ${w.y} at ${h12(w)} ${w.h < 12 ? 'a.m.' : 'p.m.'} ${z.label}`,
    iso: isoZoned(w, z),
  }),
  /** `6:15 PM EST, Wed November 20, 2024` */
  clockDay: (w: When, z: Zone): Stamp => ({
    text: `${h12(w)} ${ampm(w)} ${z.label}, ${weekday(w).slice(0, 3)} ${month(w)} ${w.d}, ${w.y}`,
    iso: isoZoned(w, z),
  }),
  /** `Wednesday, 20 November, 2024 - 06:15` */
  longDash: (w: When): Stamp => ({
    text: `${weekday(w)}, ${w.d} ${month(w)}, ${w.y} - ${two(w.h)}:${two(w.mi)}`,
    iso: isoLocal(w),
  }),
  /** `Wed, 11/20/2024 - 06:15` */
  slashes: (w: When): Stamp => ({
    text: `${weekday(w).slice(0, 3)}, ${two(w.mo)}/${two(w.d)}/${w.y} - ${two(w.h)}:${two(w.mi)}`,
    iso: isoLocal(w),
  }),
  /** `20.11.2024 06:15` */
  european: (w: When): Stamp => ({
    text: `${two(w.d)}.${two(w.mo)}.${w.y} ${two(w.h)}:${two(w.mi)}`,
    iso: isoLocal(w),
  }),
  /** `2024-11-20 06:15` */
  numeric: (w: When): Stamp => ({
    text: `${isoDate(w)} ${two(w.h)}:${two(w.mi)}`,
    iso: isoLocal(w),
  }),
  /** `20 Nov 2024` */
  dayMon: (w: When): Stamp => ({ text: `${w.d} ${mon(w)} ${w.y}`, iso: isoDate(w) }),
  /** `20 November 2024` */
  dayMonth: (w: When): Stamp => ({ text: `${w.d} ${month(w)} ${w.y}`, iso: isoDate(w) }),
  /** `November 20, 2024` */
  monthDay: (w: When): Stamp => ({ text: `${month(w)} ${w.d}, ${w.y}`, iso: isoDate(w) }),
  /** `Nov. 20, 2024` */
  apDate: (w: When): Stamp => ({ text: `${AP_MONTHS[w.mo - 1]} ${w.d}, ${w.y}`, iso: isoDate(w) }),
};

/** `2 hours ago`, `35 mins ago`, `Yesterday`: no date to give. */
export function relative(random: () => number): Stamp {
  const n = 2 + Math.floor(random() * 20);
  const text = pick(random, [
    `${n} hours ago`,
    `${n} mins ago`,
    `${n} minutes ago`,
    `${n} hrs ago`,
    '1 day ago',
    'Yesterday',
    `${1 + (n % 5)}h ago`,
  ]);
  return { text, iso: null };
}

/** Reuters-style filing date for a dateline: `Nov 20`. */
export const wireDate = (w: When) => `${WIRE_MONTHS[w.mo - 1]} ${w.d}`;
/** Getty-style caption date: `NOVEMBER 20`. */
export const gettyDate = (w: When) => `${month(w).toUpperCase()} ${w.d}`;
/** Picture-desk caption date: `20 November 2024`. */
export const deskDate = (w: When) => `${w.d} ${month(w)} ${w.y}`;
/** AP caption date: `Wednesday, Nov. 20, 2024`. */
export const apCaptionDate = (w: When) => `${weekday(w)}, ${AP_MONTHS[w.mo - 1]} ${w.d}, ${w.y}`;
export const dayName = weekday;
