// Where stories start. Each candidate line is weighed on signals that generalise across layouts:
// more blank lines than the file puts between paragraphs, a headline's shape, the headline repeated a
// few lines below (scrapers double it), a caption right after it, the previous story ending cleanly.

import type { Unit } from './units';
import { SIGNALS, type SignalId } from './signals';
import { endsSentence, isTitleCase, startsLowercase, wordCount } from './text';

/** How far (in units) a repeated headline or caption may stand from its twin. */
export const REPEAT_WINDOW = 15;

export interface UnitFacts {
  /** Recurring short line: logo token or boilerplate, never copy. */
  junk: boolean[];
  /** The same line stands again within REPEAT_WINDOW units below. */
  repeatsAhead: boolean[];
  /** The same line stood within REPEAT_WINDOW units above. */
  repeatsBehind: boolean[];
}

export interface StoryStart {
  unit: number;
  confidence: number;
  signals: SignalId[];
}

/** A lone short token with no lowercase letter: `TT`, `AP`, `N24`. Only ever a logo. */
export function isTinyToken(unit: Unit): boolean {
  return unit.text.length <= 4 && /\p{L}/u.test(unit.text) && !/\p{Ll}/u.test(unit.text);
}

export function isHeadlineShaped(unit: Unit): boolean {
  const { text } = unit;
  return (
    unit.lines.length === 1 &&
    unit.credit.credit === null &&
    !unit.credit.positional &&
    text.length <= 200 &&
    wordCount(text) <= 25 &&
    // Copy ends in a full stop; a headline may end in `?`, `!`, quotes or a teasing `...`.
    (!/[.,;:]$/.test(text) || /(?:\.\.\.|…)$/.test(text)) &&
    // Lower case opens copy that runs on, but not a brand headline: `iTunes now sells…`, `eBay profits…`.
    (!startsLowercase(text) || /^\p{Ll}+\p{Lu}/u.test(text)) &&
    /\p{L}/u.test(text) &&
    !isTinyToken(unit)
  );
}

/** Looks like copy: a sentence of some length. */
function isBodyLike(unit: Unit): boolean {
  const words = wordCount(unit.text, 20);
  return words >= 20 || (words >= 8 && endsSentence(unit.text));
}

export function unitFacts(units: Unit[]): UnitFacts {
  const n = units.length;
  const repeatsAhead = new Array<boolean>(n).fill(false);
  const repeatsBehind = new Array<boolean>(n).fill(false);
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = (units[i] as Unit).text;
    // Compare with the few units above rather than hash every paragraph: strings of other lengths
    // differ at once, so this is cheap.
    for (let prev = Math.max(0, i - REPEAT_WINDOW); prev < i; prev++) {
      if ((units[prev] as Unit).text === key) {
        repeatsAhead[prev] = true;
        repeatsBehind[i] = true;
      }
    }
    if (key.length > JUNK_MAX_LENGTH) continue;
    const list = occurrences.get(key);
    if (list) list.push(i);
    else occurrences.set(key, [i]);
  }
  return { junk: recurringJunk(units, occurrences), repeatsAhead, repeatsBehind };
}

const JUNK_MAX_LENGTH = 30;

/**
 * Short lines that recur far apart (at every story start, or all through the file) are scraping
 * furniture: a logo token, `Advertisement`, `Read more`. A headline doubled a few lines below is not:
 * its occurrences stand close together.
 */
function recurringJunk(units: Unit[], occurrences: Map<string, number[]>): boolean[] {
  const junk = new Array<boolean>(units.length).fill(false);
  for (const list of occurrences.values()) {
    if (list.length < 2) continue;
    const first = units[list[0] as number] as Unit;
    if (first.lines.length !== 1 || wordCount(first.text) > 4) continue;
    if (endsSentence(first.text) || first.credit.credit !== null) continue;
    // A token of a word or two is furniture wherever it recurs (stories can be shorter than the
    // window); longer lines only when every occurrence stands apart, since a doubled headline, or a
    // story sent twice, repeats in close pairs.
    const token = wordCount(first.text) <= 2 && first.text.length <= 15;
    const spread = list.every((u, k) => k === 0 || u - (list[k - 1] as number) > REPEAT_WINDOW);
    if (!token && !spread) continue;
    for (const u of list) junk[u] = true;
  }
  return junk;
}

/**
 * The gap the file puts between paragraphs: the commonest gap before a unit of copy. Doubled and
 * credited lines are left out: they stand in tight blocks and would make every gap look wide.
 */
function paragraphGap(units: Unit[], facts: UnitFacts): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < units.length; i++) {
    const unit = units[i] as Unit;
    if (
      facts.junk[i] ||
      facts.repeatsAhead[i] ||
      facts.repeatsBehind[i] ||
      unit.credit.credit !== null
    )
      continue;
    const gap = (units[i] as Unit).gapBefore;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

const THRESHOLD = 2.5;

/** Score -> confidence: a bare wide gap before a headline-shaped line is a guess, five signals are sure. */
function confidenceOf(score: number): number {
  return Math.round(Math.min(1, Math.max(0, (score - 1) / 5)) * 100) / 100;
}

export function findStoryStarts(units: Unit[], facts: UnitFacts): StoryStart[] {
  const first = facts.junk.findIndex((j) => !j);
  if (first < 0)
    return units.length > 0 ? [{ unit: 0, confidence: 1, signals: ['start-of-text'] }] : [];
  const gap = paragraphGap(units, facts);
  const nextCopy = (i: number) => {
    for (let j = i + 1; j < units.length; j++) if (!facts.junk[j]) return j;
    return -1;
  };
  // Captions (credited, positioned, or doubled phrases) are not copy. Whole sentences repeated
  // nearby are copy sent twice (a wire's update under a new headline), not a caption.
  const captionish = (k: number) => {
    const unit = units[k] as Unit;
    const doubled = facts.repeatsAhead[k] || facts.repeatsBehind[k];
    return (
      unit.credit.credit !== null || unit.credit.positional || (doubled && !endsSentence(unit.text))
    );
  };
  // Some scrapers put the picture (caption, logo) before the headline: the story then starts at
  // the caption block, and the gap before that block is the one that separates the stories.
  const leadIn = (i: number) => {
    let j = i;
    const picture = (k: number) => facts.junk[k] || isTinyToken(units[k] as Unit) || captionish(k);
    // Walk back over the picture block, no further than the first wide gap.
    while (j - 1 > first && picture(j - 1) && (units[j] as Unit).gapBefore <= gap) j--;
    return j < i && (units[j] as Unit).gapBefore > gap ? j : i;
  };

  // A wide gap is a reliable separator when nearly every wide gap in the file opens a headline.
  let wideCount = 0;
  let wideHeadlines = 0;
  for (let k = first + 1; k < units.length; k++) {
    if ((units[k] as Unit).gapBefore <= gap) continue;
    wideCount++;
    let h = k;
    while (h < units.length - 1 && (facts.junk[h] || captionish(h))) h++;
    if (isHeadlineShaped(units[h] as Unit)) wideHeadlines++;
  }
  const gapIsSeparator = wideCount >= 2 && wideHeadlines >= 0.8 * wideCount;
  // With neither wide gaps nor doubled headlines anywhere, a headline's shape between two pieces of
  // copy is the only evidence left: take it, at a confidence low enough to ask the editor.
  const shapeOnly =
    wideCount === 0 && !units.some((u, i) => facts.repeatsAhead[i] && isHeadlineShaped(u));

  const starts: StoryStart[] = [{ unit: 0, confidence: 1, signals: ['start-of-text'] }];
  let hasBody = false;
  let lastCopy = first;
  for (let i = first; i < units.length; i++) {
    if (facts.junk[i]) continue;
    const unit = units[i] as Unit;
    if (i > first && hasBody && isHeadlineShaped(unit) && !facts.repeatsBehind[i]) {
      const lead = leadIn(i);
      const gapBefore = (units[lead] as Unit).gapBefore;
      const signals: SignalId[] = [];
      const fire = (id: SignalId) => {
        signals.push(id);
        score += SIGNALS[id].weight;
      };
      let score = 0;
      if (gapBefore > gap) {
        fire(gapBefore >= gap + 2 ? 'very-wide-gap' : 'wide-gap');
        if (gapIsSeparator) fire('gap-is-separator');
      }
      if (facts.repeatsAhead[i]) {
        fire('headline-repeated');
      }
      const next = nextCopy(i);
      const after = next >= 0 ? (units[next] as Unit) : null;
      if (lead < i || (after && captionish(next))) {
        fire(lead < i ? 'picture-before' : 'caption-follows');
      }
      if (after && isBodyLike(after)) {
        fire('copy-follows');
      }
      if (endsSentence((units[lead < i ? lead - 1 : lastCopy] as Unit).text)) {
        fire('previous-ends');
      }
      if (
        shapeOnly &&
        wordCount(unit.text) <= 15 &&
        signals.includes('copy-follows') &&
        signals.includes('previous-ends')
      ) {
        fire('shape-only');
      }
      if (isTitleCase(unit.text)) {
        fire('title-case');
      }
      if (score >= THRESHOLD) {
        const start = lead < i ? lead : pullBackOverJunk(i, facts);
        starts.push({ unit: start, confidence: confidenceOf(score), signals });
        hasBody = false;
        lastCopy = i;
        continue;
      }
    }
    if (isBodyLike(unit) && !captionish(i)) hasBody = true;
    lastCopy = i;
  }
  return starts;
}

/** A logo token standing just before a headline belongs to the story it opens. */
function pullBackOverJunk(i: number, facts: UnitFacts): number {
  let start = i;
  while (start > 0 && facts.junk[start - 1]) start--;
  return start;
}
