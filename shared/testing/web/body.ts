// A story's copy as a page prints it: paragraphs with subheadings, lists and Q:/A: lines (body), and
// between them ads, pictures, pull quotes, `Read more:` links, related blocks and promos (not body).

import { pick } from '../dumps';
import type { PrintedCaption, Sheet } from './sheet';
import { chance, int, PROMO_FOLLOW, PROMOS, QUESTIONS, READ_MORE, SUBHEADS } from './words';

/** A site's habits inside the copy, fixed per file; chances are per story. */
export interface BodyHabits {
  /** Ad lines the site prints, and how many paragraphs apart (0: none). */
  ads: string[];
  adEvery: number;
  subheads: number;
  lists: number;
  qa: number;
  pullQuote: number;
  readMore: number;
  relatedBlock: number;
  promo: number;
  /** Most pictures between paragraphs. */
  pictures: number;
  bullet: string;
  /** `Q:`/`A:` or `Q.`/`A.`. */
  qaMarks: [string, string];
}

export interface BodyInput {
  sheet: Sheet;
  random: () => number;
  paragraphs: string[];
  habits: BodyHabits;
  site: string;
  picture: (index: number) => PrintedCaption;
  other: () => string;
  relatedHeading: string;
}

export const sentences = (p: string) =>
  p.split(/(?<=[.!?]["'”’]?)\s+(?=["“‘']?[A-Z0-9])/).filter((s) => s.length > 0);

const STOP = new Set(
  'a an and as at but by for from in into is of on or that the to was were with'.split(' '),
);

type Item =
  | { kind: 'para'; text: string }
  | { kind: 'sub'; text: string }
  | { kind: 'list'; lines: string[] }
  | { kind: 'qa'; q: string; a: string; tight: boolean };

/** A subheading from the article's own words: a few words of a later paragraph, or a question. */
function ownSubhead(random: () => number, paragraph: string): string {
  const proper = paragraph.match(/(?<=[a-z,] )[A-Z][a-z]{3,}/)?.[0];
  if (proper && chance(random, 0.3))
    return `What ${pick(random, ['does', 'did', 'will'])} ${proper} ${pick(random, ['say', 'want', 'do next'])}?`;
  const words = paragraph
    .replace(/["“”‘’(),;:]/g, '')
    .split(' ')
    .filter(Boolean);
  const start = int(random, 0, Math.max(0, words.length - 6));
  const run = words.slice(start, start + int(random, 3, 6));
  while (run.length > 0 && (STOP.has(run.at(-1)!.toLowerCase()) || /[.!?]$/.test(run.at(-1)!)))
    run.pop();
  const text = run.join(' ');
  return run.length >= 2 ? text[0]!.toUpperCase() + text.slice(1) : pick(random, SUBHEADS);
}

function items(input: BodyInput): Item[] {
  const { random, habits, paragraphs } = input;
  const out: Item[] = paragraphs.map((text) => ({ kind: 'para', text }));
  const later = (from: number) => int(random, Math.min(from, out.length - 1), out.length - 1);
  if (paragraphs.length > 3 && chance(random, habits.lists)) {
    const i = later(2);
    const item = out[i];
    // Sentences of a quotation do not make list items.
    const parts = item?.kind === 'para' && !/["“”]/.test(item.text) ? sentences(item.text) : [];
    if (parts.length >= 2) {
      const numbered = chance(random, 0.35);
      out[i] = {
        kind: 'list',
        lines: parts.map((s, n) => `${numbered ? `${n + 1}.` : habits.bullet} ${s}`),
      };
    }
  }
  if (paragraphs.length > 3 && chance(random, habits.qa)) {
    const tight = chance(random, 0.5);
    for (let n = int(random, 1, 3), i = later(2); n > 0 && i < out.length; n--, i++) {
      const item = out[i];
      if (item?.kind === 'para')
        out[i] = { kind: 'qa', q: pick(random, QUESTIONS), a: item.text, tight };
    }
  }
  if (paragraphs.length > 4 && chance(random, habits.subheads)) {
    for (let n = int(random, 1, 3); n > 0; n--) {
      const i = later(2);
      const next = out[i];
      if (next?.kind !== 'para' || out[i - 1]?.kind === 'sub') continue;
      const text = chance(random, 0.4) ? pick(random, SUBHEADS) : ownSubhead(random, next.text);
      out.splice(i, 0, { kind: 'sub', text });
    }
  }
  return out;
}

function printItem(sheet: Sheet, item: Item, qaMarks: [string, string]) {
  if (item.kind === 'para') sheet.para(item.text);
  else if (item.kind === 'sub') sheet.para(item.text, { plain: false });
  else if (item.kind === 'list')
    item.lines.forEach((l, i) => sheet.para(l, { tight: i > 0, plain: false }));
  else {
    sheet.para(`${qaMarks[0]} ${item.q}`, { plain: false });
    sheet.para(`${qaMarks[1]} ${item.a}`, { tight: item.tight, plain: false });
  }
}

/** A sentence of the copy to repeat as a pull quote, from a paragraph that has more than it. */
function pullQuote(random: () => number, list: Item[]): { after: number; text: string } | null {
  for (let tries = 0; tries < 6; tries++) {
    const i = int(random, 1, list.length - 1);
    const item = list[i];
    if (item?.kind !== 'para') continue;
    const parts = sentences(item.text).filter((s) => s.length >= 40 && s.length <= 180);
    if (parts.length === 0 || sentences(item.text).length < 2) continue;
    const s = pick(random, parts);
    const quoted = /^["“]/.test(s) ? s : chance(random, 0.6) ? `“${s}”` : s;
    return { after: Math.min(list.length - 2, i + int(random, 0, 1)), text: quoted };
  }
  return null;
}

/** Prints the copy with the site's inserts; the caller has printed the lead and prints the end. */
export function printBody(input: BodyInput) {
  const { sheet, random, habits } = input;
  const list = items(input);
  const quote = chance(random, habits.pullQuote) ? pullQuote(random, list) : null;
  const slots = Math.max(0, list.length - 1);
  // About a picture every four or five paragraphs at most, as long stories carry them.
  const pictures = int(random, 0, Math.min(habits.pictures, Math.ceil(slots / 4)));
  const picturesAt = new Set(Array.from({ length: pictures }, () => int(random, 1, slots)));
  const readMoreAt = chance(random, habits.readMore) ? int(random, 1, slots) : -1;
  const relatedAt = chance(random, habits.relatedBlock) ? int(random, 2, slots) : -1;
  const promoAt = chance(random, habits.promo) ? int(random, 2, slots) : -1;
  const adPhase = int(random, 1, Math.max(1, habits.adEvery));
  let picture = 1;
  list.forEach((item, i) => {
    printItem(sheet, item, habits.qaMarks);
    if (i === list.length - 1 || item.kind === 'sub') return;
    if (habits.adEvery > 0 && (i + 1) % habits.adEvery === adPhase % habits.adEvery)
      sheet.junk('ad', pick(random, habits.ads));
    if (picturesAt.has(i + 1)) sheet.caption(input.picture(++picture));
    if (quote?.after === i) sheet.junk('pull-quote', quote.text);
    if (readMoreAt === i + 1) sheet.junk('related', `${pick(random, READ_MORE)} ${input.other()}`);
    if (relatedAt === i + 1)
      sheet.junk(
        'related',
        input.relatedHeading,
        ...Array.from({ length: int(random, 2, 3) }, input.other),
      );
    if (promoAt === i + 1) {
      const promo = pick(random, PROMOS).replace('{site}', input.site);
      sheet.junk('promo', ...(chance(random, 0.5) ? [promo, pick(random, PROMO_FOLLOW)] : [promo]));
    }
  });
}
