// Picture captions in the forms news pages print them, each with the caption as it should read:
// `(AFP)`, `(AP Photo/Name)`, `(Photo by Name/AFP via Getty Images)`, `Photograph: Name/Agency`,
// `[Name/Reuters]`, `REUTERS/Name`, `— Reuters`, `Image source,` + `Image caption,`, a credit on the
// next line, `Credit...`; with gallery counters, image links, alt text and doubled lines around them.

import { pick } from '../dumps';
import { apCaptionDate, deskDate, gettyDate, type When } from './dates';
import type { CaptionLine, PrintedCaption } from './sheet';
import { CITIES, chance, int, name } from './words';

export const CAPTION_FORMS = [
  'paren',
  'ap',
  'photo-by',
  'photograph',
  'bracket',
  'reuters',
  'dash',
  'image-source',
  'next-line',
  'credit-dots',
  'credit-glued',
] as const;
export type CaptionForm = (typeof CAPTION_FORMS)[number];

/** How the words of a caption begin: plainly, with a picture-desk or Getty dateline, AP `FILE -`. */
export type CaptionStyle = 'plain' | 'ap' | 'desk' | 'getty' | 'file';

const split = (s: string) => s.split('|');
const ONE = split(
  'A protester|A woman|A man|A police officer|A firefighter|A child|A shopkeeper|A nurse|A fan|A farmer|A soldier',
);
const MANY = split(
  'Firefighters|Residents|Rescue workers|Supporters|Police officers|Children|Shoppers|Commuters|Fans|Farmers|Delegates|Health workers|Traders|Demonstrators|Volunteers|Passengers|Mourners|Students',
);
const TITLES = split(
  'the finance minister|the chief executive|the party leader|the foreign minister|a spokeswoman for the company|the coach|the mayor|the central bank governor',
);
const DOES = split(
  'walks past a damaged building|speaks during a news conference|speaks to reporters|holds a placard during a protest|looks at a display of new phones|arrives for a meeting|gestures during an interview|waits at a bus stop|casts a ballot at a polling station|addresses supporters at a rally|leaves a hearing',
);
const DO = split(
  'walk past a damaged building|gather outside parliament|look on as water rises|wave flags at a rally|inspect the site of an explosion|queue for bread|attend a memorial service|clear debris from a street|take part in a march|wait at a checkpoint|hold placards during a protest|sort donations at a warehouse|watch the match on a giant screen',
);
const WHERE = split(
  'in {c}|in central {c}|near the border|in the old city of {c}|outside the court in {c}|at the port of {c}|on the outskirts of {c}|at a market in {c}',
);
const MARKERS = split('(L)|(R)|(C)|(2nd R)|(3rd L)|(centre)');
const AGENCIES = split(
  'AFP|EPA|Reuters|dpa|Getty Images|AFP/Getty Images|EPA-EFE|Anadolu Agency|Xinhua|PA Media|Shutterstock|AP|SOPA Images',
);
const PHOTO_AGENCIES = split('AFP|Reuters|EPA|Getty Images|AP|Bloomberg|PA');

/** The words of a made-up caption, without a credit or a closing full stop. */
export function captionWords(
  random: () => number,
  style: CaptionStyle,
  when: When,
): { text: string; dateline: string | null } {
  const [city, country] = pick(random, CITIES);
  const person = chance(random, 0.3);
  const subject = person
    ? `${name(random)}${chance(random, 0.3) ? ` ${pick(random, MARKERS)}` : ''}, ${pick(random, TITLES)},`
    : chance(random, 0.5)
      ? pick(random, ONE)
      : pick(random, MANY);
  const verb = person || ONE.includes(subject) ? pick(random, DOES) : pick(random, DO);
  const where = pick(random, WHERE).replace('{c}', city);
  const what = `${subject} ${verb}`;
  if (style === 'desk') {
    const dateline = `${deskDate(when)}, ${country}, ${city}`;
    return { text: `${dateline}: ${what} ${where}`, dateline };
  }
  if (style === 'getty') {
    const dateline = `${city.toUpperCase()}, ${country.toUpperCase()} - ${gettyDate(when)}`;
    return { text: `${dateline}: ${what} in ${city}, ${country}`, dateline };
  }
  if (style === 'ap')
    return { text: `${what} in ${city}, ${country}, ${apCaptionDate(when)}`, dateline: null };
  if (style === 'file')
    return { text: `FILE - ${what} ${where}, ${apCaptionDate(when)}`, dateline: null };
  return { text: `${what} ${where}`, dateline: null };
}

const credit = (random: () => number) =>
  chance(random, 0.5) ? pick(random, AGENCIES) : `${name(random)}/${pick(random, PHOTO_AGENCIES)}`;

/** One caption in `form`; `site` names the house photographer's employer where a form uses one. */
export function printCaption(
  random: () => number,
  form: CaptionForm,
  words: { text: string; dateline: string | null },
  site = 'Staff',
): PrintedCaption {
  const t = words.text;
  const stop = `${t}.`;
  const line = (text: string): CaptionLine => ({ text, role: 'caption' });
  const one = (printed: string, text: string, c: string | null): PrintedCaption => ({
    lines: [line(printed)],
    gold: { text, credit: c, dateline: words.dateline },
  });
  switch (form) {
    case 'paren': {
      const c = pick(random, AGENCIES);
      const text = chance(random, 0.5) ? stop : t;
      return one(`${text} (${c})`, text, c);
    }
    case 'ap': {
      const c = `AP Photo/${name(random)}${chance(random, 0.15) ? ', File' : ''}`;
      return one(`${stop} (${c})`, stop, c);
    }
    case 'photo-by': {
      const c = `${name(random)}/${pick(random, ['AFP via Getty Images', 'Getty Images', 'Anadolu via Getty Images', 'Bloomberg via Getty Images'])}`;
      return one(`${stop} (Photo by ${c})`, stop, c);
    }
    case 'photograph': {
      const c = chance(random, 0.7)
        ? `${name(random)}/${pick(random, PHOTO_AGENCIES)}`
        : pick(random, AGENCIES);
      return one(`${stop} Photograph: ${c}`, stop, c);
    }
    case 'bracket': {
      const c = chance(random, 0.7)
        ? `${name(random)}/${pick(random, ['Reuters', 'AFP', 'AP Photo', 'EPA', site])}`
        : pick(random, ['Reuters', 'AFP', 'Getty Images']);
      const text = chance(random, 0.3) ? stop : t;
      return one(`${text} [${c}]`, text, c);
    }
    case 'reuters': {
      const c = `REUTERS/${name(random)}${chance(random, 0.2) ? '/File Photo' : ''}`;
      return one(`${stop} ${c}`, stop, c);
    }
    case 'dash': {
      const c = chance(random, 0.5)
        ? pick(random, ['Reuters', 'AFP', 'AP', 'EPA'])
        : `${name(random)}/${site}`;
      const text = chance(random, 0.5) ? stop : t;
      return one(`${text} ${pick(random, ['—', '–', '-'])} ${c}`, text, c);
    }
    case 'image-source': {
      const c = chance(random, 0.85) ? credit(random) : null;
      const comma = chance(random, 0.85) ? ', ' : ',';
      const lines = c === null ? [] : [line(`Image source${comma}${c}`)];
      return {
        lines: [...lines, line(`Image caption${comma}${t}`)],
        gold: { text: t, credit: c, dateline: words.dateline },
      };
    }
    case 'next-line': {
      const c = credit(random);
      const text = chance(random, 0.5) ? stop : t;
      const label = pick(random, ['Photo: ', 'Credit: ', 'Photo credit: ', 'Picture: ', 'Photo: ']);
      return {
        lines: [line(text), line(`${label}${c}`)],
        gold: { text, credit: c, dateline: words.dateline },
      };
    }
    case 'credit-dots':
    case 'credit-glued': {
      const c = chance(random, 0.5) ? `${name(random)} for ${site}` : credit(random);
      if (form === 'credit-glued') return one(`${stop}Credit...${c}`, stop, c);
      return {
        lines: [line(stop), line(`Credit...${c}`)],
        gold: { text: stop, credit: c, dateline: words.dateline },
      };
    }
  }
}

export interface CaptionExtras {
  /** Gallery counter line before the caption (`1 of 5`); the counter's total. */
  gallery?: number;
  /** `Read More` / `Expand` style image link before the caption. */
  link?: string;
  /** The caption's words alone on a line, as an image's alt text comes out. */
  alt?: 'before' | 'after';
  /** The main line printed twice. */
  doubled?: boolean;
}

const COUNTERS = [
  '{i} of {n}',
  'Image {i}/{n}',
  '{i}/{n}',
  'Photo {i} of {n}',
  '({i}/{n})',
  'Image {i} of {n}',
];

/** Wraps a printed caption in gallery counters, links, alt text and copies, all removed. */
export function dress(
  random: () => number,
  c: PrintedCaption,
  extras: CaptionExtras,
  index = 1,
): PrintedCaption {
  const lines = [...c.lines];
  const main = lines.findIndex((l) => l.role === 'caption' && !/^Image source/.test(l.text));
  if (extras.doubled && main >= 0)
    lines.splice(main + 1, 0, {
      text: lines[main]!.text,
      role: 'removed',
      reason: 'duplicate-caption',
    });
  if (extras.alt === 'after')
    lines.push({ text: c.gold.text, role: 'removed', reason: 'duplicate-caption' });
  if (extras.alt === 'before')
    lines.unshift({ text: c.gold.text, role: 'removed', reason: 'duplicate-caption' });
  if (extras.link) lines.unshift({ text: extras.link, role: 'removed', reason: 'gallery' });
  if (extras.gallery) {
    const counter = pick(random, COUNTERS)
      .replace('{i}', String(Math.min(index, extras.gallery)))
      .replace('{n}', String(extras.gallery));
    lines.unshift({ text: counter, role: 'removed', reason: 'gallery' });
  }
  return { lines, gold: c.gold };
}

export const IMAGE_LINKS = [
  'Read More',
  'Expand',
  'Enlarge image',
  'View gallery',
  'Open image in full screen',
  'Zoom',
  'View image',
];

/** A site's picture habits, fixed per file: forms, caption styles and the extras around them. */
export interface PictureHabits {
  forms: readonly CaptionForm[];
  styles: readonly CaptionStyle[];
  gallery: number;
  link: string | null;
  alt: number;
  doubled: number;
}

export function sitePicture(
  random: () => number,
  habits: PictureHabits,
  when: When,
  site: string,
  index: number,
): PrintedCaption {
  const words = captionWords(random, pick(random, habits.styles), when);
  const c = printCaption(random, pick(random, habits.forms), words, site);
  return dress(
    random,
    c,
    {
      gallery: chance(random, habits.gallery) ? int(random, Math.max(2, index), 9) : undefined,
      link: habits.link && chance(random, 0.7) ? habits.link : undefined,
      alt: chance(random, habits.alt) ? pick(random, ['before', 'after'] as const) : undefined,
      doubled: chance(random, habits.doubled),
    },
    index,
  );
}
