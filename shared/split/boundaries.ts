// Where stories start. A candidate is a headline-shaped line that leads to copy: after it come only
// what pages put between a headline and its copy (a byline, a time, share buttons, a picture) and
// then copy. Another story's headline in a list leads to more headlines, not to copy. Each candidate
// is weighed on the signals in signals.ts; the story then starts where the page furniture before the
// headline turns from the last page's foot to the next page's top.

import { parsePlaceDash } from './byline';
import type { Facts, Kind } from './classify';
import { LAYOUT_SIGNALS, SIGNALS, weigh, type CandidateFacts, type SignalId } from './signals';
import { bagOf, mergeBags, overlap, similarity, type Bag } from './topic';
import {
  endsSentence,
  isLabelledLink,
  isTitleCase,
  isTitleOf,
  opensInLowerCase,
  words,
} from './text';
import { wordsOf, type Unit } from './units';

export interface StoryStart {
  /** First unit of the story. */
  unit: number;
  /** The headline's unit, or null when the story has none. */
  headline: number | null;
  confidence: number;
  signals: SignalId[];
}

export interface Boundaries {
  starts: StoryStart[];
  /** Headlines that nearly started a story: the story holding one may hold two. */
  doubts: number[];
}

/** A candidate scoring this much starts a story. */
export const START_SCORE = 2.5;
/**
 * Past this score on layout alone a start is certain whatever the copy says: the subject's signals
 * (at worst 'same-topic') could not bring it under full confidence.
 */
const SURE_SCORE = 8;
/** A candidate scoring this much but under START_SCORE is worth a word to the editor. */
export const DOUBT_SCORE = 1.5;

/**
 * Score -> confidence: a bare wide gap before a headline is a guess, five signals are sure. Without
 * any signal of the page's layout, a start is at best a guess (LOW_CONFIDENCE asks the editor).
 */
export function confidenceOf(score: number, signals: readonly SignalId[]): number {
  const confidence = Math.min(1, Math.max(0, (score - 1) / 5));
  const layout = signals.some((id) => LAYOUT_SIGNALS.has(id));
  return Math.round(Math.min(confidence, layout ? 1 : GUESS) * 100) / 100;
}

/** The confidence of a start that rests on wording alone: under LOW_CONFIDENCE. */
const GUESS = 0.5;

/** How far past a headline its copy may start (bylines, share bars, pictures in between). */
const LEAD_WINDOW = 16;
/** How much copy on each side is weighed for the subject, and the least that says anything. */
const TOPIC_UNITS = 3;
const MIN_TOPIC_WORDS = 30;

interface Lead {
  /** Index of the copy the candidate leads to. */
  copy: number;
  repeated: boolean;
  byline: boolean;
  picture: boolean;
}

/**
 * Furniture that belongs to a page's top or foot, so that standing between two stories it says a page
 * ends there: not ads, share bars, promos or a link set in the copy, which stand inside stories too.
 */
const PAGE_FURNITURE = new Set([
  'nav',
  'footer',
  'related',
  'boilerplate',
  'page-title',
  'separator',
]);
/** Reasons of furniture that close a page (after the copy) rather than open one. */
const PAGE_END = new Set(['related', 'footer', 'separator']);
/** Rules of furniture that open a page (before the headline). */
const PAGE_TOP = new Set([
  'skip-link',
  'site-chrome',
  'section-name',
  'breadcrumb',
  'menu-run',
  'other-script',
  'reading-aid',
  'cookie-banner',
  'address',
]);

/** Sees every candidate weighed, taken or not: for tools that tune the signals (tools/split-explain). */
export type CandidateObserver = (unit: number, facts: CandidateFacts, score: number) => void;

export function findStoryStarts(
  units: Unit[],
  facts: Facts,
  observe?: CandidateObserver,
): Boundaries {
  const n = units.length;
  if (n === 0) return { starts: [], doubts: [] };
  const { kind } = facts;
  const isCopy = (i: number) => kind[i] === 'prose' || kind[i] === 'copy';

  /** What a heading leads to: copy after header material only, or null. */
  const leadOf = (i: number): Lead | null => {
    // The second copy of a doubled headline is not a headline again; a headline listed a few lines
    // above in another story's related list still is one.
    const twin = facts.twinBehind[i] as number;
    if (kind[i] !== 'heading' || (twin !== -1 && kind[twin] !== 'furniture')) return null;
    const lead: Lead = { copy: -1, repeated: false, byline: false, picture: false };
    // Past another headline-shaped line, a byline or a time says that line was the headline.
    let passedHeading = false;
    // The start of the text is as wide a gap as any.
    const wideBefore =
      i === 0 ||
      (units[i] as Unit).gapBefore > facts.paragraphGap ||
      pictureLeadIn(units, facts, 0, i) < i;
    for (let j = i + 1; j < n && j <= i + LEAD_WINDOW; j++) {
      if (j === facts.twinAhead[i]) {
        lead.repeated = true;
        continue;
      }
      switch (kind[j]) {
        case 'prose':
        case 'copy':
          lead.copy = j;
          return lead;
        case 'meta':
          if (passedHeading) return null;
          lead.byline = true;
          continue;
        case 'caption':
        case 'credit-line':
        case 'caption-label':
        case 'alt-text':
          lead.picture = true;
          continue;
        case 'logo':
          continue;
        case 'furniture': {
          // A list of other stories, a separator or a footer ends what this line could head; a
          // single `Read more: …` link or a video's title set into the page does not.
          const mark = facts.furniture[j];
          const list =
            mark?.reason === 'related' &&
            mark.rule !== 'inline-related' &&
            mark.rule !== 'video-title';
          if (list || mark?.reason === 'separator' || mark?.reason === 'footer') return null;
          continue;
        }
        case 'heading':
          // Its own twin (a doubled headline) is header material; any other heading is not.
          if ((units[j] as Unit).text === (units[i] as Unit).text) {
            lead.repeated = true;
            continue;
          }
          // A phrase printed twice in a row is a picture's caption (a doubled headline has the
          // picture between its two copies, and a gap before it).
          if (
            (facts.twinAhead[j] === j + 1 || facts.twinBehind[j] === j - 1) &&
            (units[j] as Unit).gapBefore <= facts.paragraphGap
          ) {
            lead.picture = true;
            continue;
          }
          // Past the byline, a labelled headline (`Up Next: …`, `VIDEO ABOVE: …`) is a link to
          // another story or a video: the byline belongs to the headline above it.
          if (lead.byline && isLabelledLink((units[j] as Unit).text)) continue;
          // `Beirut - Jane Doe` or `Cairo - Asharq Al-Awsat` under a headline: who filed it.
          if (parsePlaceDash((units[j] as Unit).text)) {
            lead.byline = true;
            continue;
          }
          // A page title (`Headline | Site`) above the headline it names is not the headline.
          if (isTitleOf((units[i] as Unit).text, (units[j] as Unit).text)) return null;
          // A headline set off by a wide gap may have short lines under it before the copy (a
          // kick-off time, a venue, a subtitle); lines that follow a gap of their own start afresh.
          if (wideBefore && (units[j] as Unit).gapBefore <= facts.paragraphGap) {
            passedHeading = true;
            continue;
          }
          return null;
      }
    }
    return null;
  };

  const firstCopy = findIndex(n, isCopy);
  const starts: StoryStart[] = [];
  // The first story's headline: the first line before the copy that leads to it (a doubled caption
  // after it leads there too). A site's short lines above it (a motto, `Search for:`) read as copy
  // but are not where the copy starts.
  const firstBody = findIndex(
    n,
    (i) => kind[i] === 'prose' || (kind[i] === 'copy' && wordsOf(units[i] as Unit) >= 8),
  );
  let firstHeadline: number | null = null;
  for (let i = 0; i < (firstBody < 0 ? n : firstBody); i++) {
    if (leadOf(i)) {
      firstHeadline = i;
      break;
    }
  }
  starts.push({ unit: 0, headline: firstHeadline, confidence: 1, signals: ['start-of-text'] });
  if (firstCopy < 0) return { starts, doubts: [] };

  const template = templateKeys(units, facts, firstCopy, firstHeadline);
  const proseBags = new ProseWindows(units, facts);
  const gapIsSeparator = wideGapsOpenHeadlines(units, facts, firstCopy, leadOf);
  // Nothing in the file but the lines themselves tells stories apart: no wider gap, no doubled
  // line, no furniture among the copy (a label or a menu above it separates nothing).
  const shapeOnly =
    !units.some((u, i) => i > firstCopy && u.gapBefore > facts.paragraphGap) &&
    !facts.twinAhead.some((t) => t !== -1) &&
    !kind.some((k, i) => i > firstCopy && k === 'furniture');

  // Made once, not for each doubtful candidate.
  const leadsToCopy = (k: number) => leadOf(k) !== null;
  const doubts: number[] = [];
  let lastCopy = firstCopy;
  let proseSince = 0;
  let storyFrom = firstCopy;
  for (let i = firstCopy; i < n; i++) {
    if (isCopy(i)) {
      lastCopy = i;
      if (kind[i] === 'prose') proseSince++;
      continue;
    }
    const lead = proseSince > 0 ? leadOf(i) : null;
    if (!lead) continue;
    const zoneStart = lastCopy + 1;
    const candidate = units[i] as Unit;
    const c = gatherFacts(units, facts, i, zoneStart, lead, template);
    c.gapIsSeparator = gapIsSeparator;
    c.shapeOnly = shapeOnly;
    c.previousEnds = endsSentence((units[lastCopy] as Unit).text);
    c.previousMidSentence =
      zoneStart === i && !c.previousEnds && kind[lastCopy] === 'prose' && candidate.gapBefore === 0;
    // The subject and the line's wording are read only when the layout leaves the start in doubt:
    // they cost a pass over the copy on both sides, and cannot overturn a start the page's layout
    // makes sure of.
    let weighed = weigh(c);
    if (weighed.score < SURE_SCORE) {
      c.fragment = isFragment(candidate.text, facts.functionWords);
      c.liftedFromCopy = isLiftedFrom(candidate.text, (units[lead.copy] as Unit).text);
      const before = proseBags.before(lastCopy, storyFrom);
      const after = proseBags.after(lead.copy, leadsToCopy);
      const head = bagOf([candidate.text], facts.functionWords);
      c.similarity =
        bagWords(before) >= MIN_TOPIC_WORDS && bagWords(after) >= MIN_TOPIC_WORDS
          ? similarity(before, after)
          : null;
      c.leadOverlap = overlap(head, after);
      c.previousOverlap = overlap(head, before);
      weighed = weigh(c);
    }

    const { score, signals } = weighed;
    observe?.(i, c, score);
    if (score >= START_SCORE) {
      starts.push({
        unit: cutBefore(units, facts, zoneStart, i, c.pictureBefore),
        headline: i,
        confidence: confidenceOf(score, signals),
        signals,
      });
      proseSince = 0;
      storyFrom = i;
      i = lead.copy - 1;
    } else if (score >= DOUBT_SCORE) doubts.push(i);
  }
  return { starts, doubts };
}

function findIndex(n: number, test: (i: number) => boolean): number {
  for (let i = 0; i < n; i++) if (test(i)) return i;
  return -1;
}

/** Everything known about one candidate from the units around it, its zone and its lead. */
function gatherFacts(
  units: Unit[],
  facts: Facts,
  i: number,
  zoneStart: number,
  lead: Lead,
  template: ReadonlySet<string>,
): CandidateFacts {
  const candidate = units[i] as Unit;
  const pictureStart = pictureLeadIn(units, facts, zoneStart, i);
  let gap = candidate.gapBefore;
  let furnitureBefore = 0;
  // Related lists stand inside stories as well as at a page's foot: they count apart.
  let relatedBefore = 0;
  // Headline-shaped lines that lead nowhere: two or more are a list of other stories.
  let headingsBefore = 0;
  let titleLine = false;
  let address = false;
  let separator = false;
  let templateBefore = false;
  const headlineKey = facts.keys[i] as string;
  for (let k = zoneStart; k < i; k++) {
    const unit = units[k] as Unit;
    gap = Math.max(gap, unit.gapBefore);
    const mark = facts.furniture[k];
    if (mark?.reason === 'related') relatedBefore++;
    else if (mark && PAGE_FURNITURE.has(mark.reason)) furnitureBefore++;
    else if (!mark && facts.kind[k] === 'heading') headingsBefore++;
    if (mark?.rule === 'address') address = true;
    if (mark?.reason === 'separator') separator = true;
    if (isTitleOf(unit.text, candidate.text)) titleLine = true;
    // Only what a page's top or foot is made of: ads and share bars stand inside stories too.
    const key = facts.keys[k] as string;
    const pageLine = !mark || PAGE_FURNITURE.has(mark.reason) || mark.reason === 'related';
    if (pageLine && key !== headlineKey && template.has(key)) templateBefore = true;
  }
  // Past the copy, the gap before the copy's first line counts too: blank lines after the headline
  // say nothing, but a story printed after a wide gap with its picture first has it before the picture.
  return {
    gap,
    paragraphGap: facts.paragraphGap,
    gapIsSeparator: false,
    repeated: lead.repeated,
    titleLine,
    address,
    separator,
    furnitureBefore,
    relatedBefore: relatedBefore + (headingsBefore >= 2 ? headingsBefore : 0),
    templateBefore,
    bylineAfter: lead.byline,
    pictureAfter: lead.picture,
    pictureBefore: pictureStart < i,
    copyFollows: facts.kind[lead.copy] === 'prose',
    copyRunsOn: runsOn((units[lead.copy] as Unit).text),
    previousEnds: false,
    previousMidSentence: false,
    titleCase: isTitleCase(candidate.text),
    similarity: null,
    leadOverlap: 0,
    previousOverlap: 0,
    shapeOnly: false,
    words: wordsOf(candidate),
    // The wording of the line itself, read in the doubtful cases only (see findStoryStarts).
    fragment: false,
    liftedFromCopy: false,
  };
}

/** A subheading made of the next paragraph's own words, word for word (three words or more). */
function isLiftedFrom(line: string, copy: string): boolean {
  const key = line
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim();
  if (key.split(' ').length < 3) return false;
  // The words are lifted from the paragraph's opening stretch, not from far down it.
  return copy
    .slice(0, 600)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .includes(key);
}

/**
 * A piece cut from a sentence rather than a headline: it ends on a function word (`… which are
 * hitting`, `Film is also`), or a sentence ends inside it (`Online. They could provide`).
 */
function isFragment(text: string, functionWords: ReadonlySet<string> | null): boolean {
  if (/\p{Ll}[.!?]\s+\p{Lu}/u.test(text)) return true;
  if (/[?!"”’')]$/.test(text) || !functionWords) return false;
  const last = words(text).at(-1);
  return last !== undefined && functionWords.has(last) && !TITLE_ENDINGS.has(last);
}

/** Function words a headline can end on: `Who is to blame?` ends on `blame`, but `The way ahead` on `ahead`. */
const TITLE_ENDINGS = new Set([
  'ahead',
  'again',
  'out',
  'up',
  'down',
  'off',
  'over',
  'now',
  'yet',
  'too',
  'here',
  'there',
  'more',
  'most',
  'back',
  'away',
]);

/** Copy opening in lower case (but not a brand: `eBay`, `iPhone`) or with punctuation runs on. */
function runsOn(text: string): boolean {
  return opensInLowerCase(text) || OPENS_ON_PUNCTUATION.test(text);
}

const OPENS_ON_PUNCTUATION = /^[.,;:)\]]/;

/** What a picture is printed as. A plain function: pictureLeadIn runs for every heading weighed. */
const isPicture = (kind: Kind | undefined) =>
  kind === 'caption' || kind === 'logo' || kind === 'credit-line';

/**
 * Some pages print the picture (captions, a logo) before the headline: the story then starts at the
 * picture, when a wide gap stands before the picture and none inside it.
 */
function pictureLeadIn(units: Unit[], facts: Facts, zoneStart: number, i: number): number {
  let j = i;
  while (
    j - 1 >= zoneStart &&
    isPicture(facts.kind[j - 1]) &&
    (units[j] as Unit).gapBefore <= facts.paragraphGap
  )
    j--;
  return j < i && (units[j] as Unit).gapBefore > facts.paragraphGap ? j : i;
}

/**
 * Where the new story starts in the zone of non-copy lines before its headline: after the lines that
 * close the last page (related lists, footers, separators) and before those that open the next
 * (menus, skip links, addresses, a picture), at the widest gap when nothing else tells.
 */
function cutBefore(
  units: Unit[],
  facts: Facts,
  zoneStart: number,
  headline: number,
  pictureFirst: boolean,
): number {
  if (zoneStart >= headline) return headline;
  const headlineText = (units[headline] as Unit).text;
  let best = headline;
  let bestScore = -Infinity;
  // score(p) = (page-end lines before p) - (page-top lines before p) + what stands at p itself.
  let running = 0;
  for (let p = zoneStart; p <= headline; p++) {
    const unit = units[p] as Unit;
    const mark = facts.furniture[p];
    let here = Math.max(0, unit.gapBefore - facts.paragraphGap) * 1.5;
    if (
      mark?.rule === 'address' ||
      mark?.rule === 'skip-link' ||
      isTitleOf(unit.text, headlineText)
    )
      here += 3;
    if (p > zoneStart && facts.furniture[p - 1]?.reason === 'separator') here += 2;
    if (p === headline && !pictureFirst) here += 0.1;
    const score = running + here;
    if (score > bestScore) [best, bestScore] = [p, score];
    if (p === headline) break;
    running += pageEnd(units, facts, p, headlineText) - pageTop(facts, p);
  }
  return best;
}

function pageEnd(units: Unit[], facts: Facts, k: number, headline: string): number {
  const mark = facts.furniture[k];
  if (mark && PAGE_END.has(mark.reason)) return 1;
  // The next page's title line (`Headline | Site`) opens that page.
  if (isTitleOf((units[k] as Unit).text, headline)) return -1;
  // A headline-shaped line of four words or more that leads nowhere: another story in a list.
  return facts.kind[k] === 'heading' && wordsOf(units[k] as Unit) >= 4 ? 1 : 0;
}

function pageTop(facts: Facts, k: number): number {
  const mark = facts.furniture[k];
  if (mark && PAGE_TOP.has(mark.rule)) return 1;
  return facts.kind[k] === 'meta' || facts.kind[k] === 'logo' ? 1 : 0;
}

/**
 * Lines of the site's own template, learned from this file: what stands before the first copy
 * (the first page's top) and after the last (the last page's foot), headline and byline aside.
 */
function templateKeys(
  units: Unit[],
  facts: Facts,
  firstCopy: number,
  firstHeadline: number | null,
): Set<string> {
  const keys = new Set<string>();
  const add = (k: number) => {
    const kind = facts.kind[k];
    // Template is what every page prints: it recurs in the file.
    if (!facts.recurring[k]) return;
    if (k === firstHeadline || kind === 'meta' || kind === 'caption' || kind === 'prose') return;
    if (firstHeadline !== null && facts.twinBehind[k] === firstHeadline) return;
    const key = facts.keys[k] as string;
    if (key.length > 0 && wordsOf(units[k] as Unit) <= 12) keys.add(key);
  };
  for (let k = 0; k < firstCopy; k++) add(k);
  let lastCopy = units.length - 1;
  while (lastCopy >= 0 && facts.kind[lastCopy] !== 'prose') lastCopy--;
  for (let k = lastCopy + 1; k < units.length; k++) add(k);
  return keys;
}

/** A wide gap is a reliable separator when nearly every wide gap in the file opens a headline. */
function wideGapsOpenHeadlines(
  units: Unit[],
  facts: Facts,
  firstCopy: number,
  leadOf: (i: number) => Lead | null,
): boolean {
  let wide = 0;
  let opening = 0;
  for (let k = firstCopy + 1; k < units.length; k++) {
    if ((units[k] as Unit).gapBefore <= facts.paragraphGap) continue;
    wide++;
    // The headline may come after a picture or a logo printed first.
    let h = k;
    while (h < units.length - 1 && h < k + 6 && !leadOf(h) && facts.kind[h] !== 'prose') h++;
    if (leadOf(h)) opening++;
  }
  return wide >= 1 && opening >= 0.8 * wide;
}

/** Bags of the copy around a candidate, from a bounded number of prose units on each side. */
class ProseWindows {
  private readonly prose: number[] = [];

  constructor(
    private readonly units: Unit[],
    private readonly facts: Facts,
  ) {
    facts.kind.forEach((k, i) => {
      if (k === 'prose') this.prose.push(i);
    });
  }

  /** Copy ending at `last`, not reaching back before `from` (the current story's headline). */
  before(last: number, from: number): Bag {
    const at = this.indexAtOrBefore(last);
    const bags: Bag[] = [];
    for (let k = at; k >= 0 && k > at - TOPIC_UNITS; k--) {
      const u = this.prose[k] as number;
      if (u < from) break;
      bags.push(this.bagAt(u));
    }
    return mergeBags(bags);
  }

  /** Copy starting at `first`, up to the next line that could be a headline. */
  after(first: number, isHeadline: (unit: number) => boolean): Bag {
    const at = this.indexAtOrAfter(first);
    const bags: Bag[] = [];
    let unit = first;
    for (let k = at; k < this.prose.length && k < at + TOPIC_UNITS; k++) {
      const next = this.prose[k] as number;
      for (; unit < next; unit++) if (isHeadline(unit)) return mergeBags(bags);
      bags.push(this.bagAt(next));
    }
    return mergeBags(bags);
  }

  /** A paragraph's bag, read once: the windows of neighbouring candidates share it. */
  private bagAt(unit: number): Bag {
    let bag = this.bags.get(unit);
    if (!bag) {
      bag = bagOf([(this.units[unit] as Unit).text], this.facts.functionWords);
      this.bags.set(unit, bag);
    }
    return bag;
  }

  private readonly bags = new Map<number, Bag>();

  private indexAtOrBefore(unit: number): number {
    return countAtMost(this.prose, unit) - 1;
  }

  private indexAtOrAfter(unit: number): number {
    return countAtMost(this.prose, unit - 1);
  }
}

/** How many of the ascending numbers are at most `x` (a binary search: lists can be long). */
export function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bagWords(bag: Bag): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

export { SIGNALS };
