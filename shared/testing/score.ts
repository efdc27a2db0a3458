// Scores a split against a gold answer with counts that add up across dumps: stories matched by
// body overlap, headlines, captions and body as multisets, story metadata, and how well the
// engine's boundary warnings point at its wrong and missed story starts.

import { captionText, type Story } from '../model';
import type { GoldStory } from './web/sheet';

/** For an F1: how many the gold answer has, how many were found, how many of those are right. */
export interface Tally {
  gold: number;
  got: number;
  right: number;
}

/** A story field: gold stories that have one, how many got it right, and values where gold has none. */
export interface FieldTally {
  gold: number;
  right: number;
  extra: number;
}

export interface SplitScore {
  stories: Tally;
  /** Gold stories whose matched story has the same headline. */
  headline: { gold: number; right: number };
  captions: Tally;
  body: Tally;
  byline: FieldTally;
  published: FieldTally;
  publishedIso: FieldTally;
  dateline: FieldTally;
  /** Predicted stories after the first of a file: right when matched, with or without a warning. */
  starts: { right: number; rightWarned: number; wrong: number; wrongWarned: number };
  /** Gold stories merged into another predicted story, and how many of those carry the warning. */
  missed: { count: number; warned: number };
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const tally = (): Tally => ({ gold: 0, got: 0, right: 0 });
const field = (): FieldTally => ({ gold: 0, right: 0, extra: 0 });

export function emptyScore(): SplitScore {
  return {
    stories: tally(),
    headline: { gold: 0, right: 0 },
    captions: tally(),
    body: tally(),
    byline: field(),
    published: field(),
    publishedIso: field(),
    dateline: field(),
    starts: { right: 0, rightWarned: 0, wrong: 0, wrongWarned: 0 },
    missed: { count: 0, warned: 0 },
  };
}

/** Adds b's counts into a. */
export function addScore(a: SplitScore, b: SplitScore): SplitScore {
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    for (const k of Object.keys(y)) x[k] = (x[k] ?? 0) + (y[k] ?? 0);
  };
  for (const key of Object.keys(b) as (keyof SplitScore)[])
    add(a[key] as unknown as Record<string, number>, b[key] as unknown as Record<string, number>);
  return a;
}

/** How many items the two lists share, counting repeats. */
export function common(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      n++;
      counts.set(x, c - 1);
    }
  }
  return n;
}

const f1 = (shared: number, a: number, b: number) => (a + b === 0 ? 1 : (2 * shared) / (a + b));

const goldBody = (s: GoldStory) => s.body.map(norm);
const gotBody = (s: Story) => s.body.map((p) => norm(p.text));

/**
 * Pairs predicted stories with gold ones, one to one, best body overlap first; a pair needs an
 * overlap F1 of 0.5. Returns gold index → predicted index.
 */
export function matchStories(gold: GoldStory[], got: Story[]): Map<number, number> {
  const pairs: { g: number; p: number; score: number }[] = [];
  const golds = gold.map(goldBody);
  const gots = got.map(gotBody);
  golds.forEach((a, g) =>
    gots.forEach((b, p) => {
      const score = f1(common(a, b), a.length, b.length);
      if (score >= 0.5 && a.length > 0) pairs.push({ g, p, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.g - y.g || x.p - y.p);
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (const { g, p } of pairs) {
    if (match.has(g) || taken.has(p)) continue;
    match.set(g, p);
    taken.add(p);
  }
  return match;
}

/** An ISO 8601 value in one spelling: seconds always, no fraction, `Z` as `+00:00`. */
export function normIso(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      iso.trim(),
    );
  if (!m) return iso.trim();
  const [, date, h, mi, s = '00', zone] = m;
  if (h === undefined) return date!;
  const z =
    zone === undefined
      ? ''
      : zone === 'Z'
        ? '+00:00'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${date}T${h}:${mi}:${s}${z}`;
}

function countField(
  t: FieldTally,
  want: string | null,
  have: string | null | undefined,
  matched: boolean,
) {
  if (want !== null) {
    t.gold++;
    if (matched && have != null && have === want) t.right++;
  } else if (matched && have != null) t.extra++;
}

const captionKeys = (cs: { text: string; credit: string | null }[]) =>
  cs.map((c) => `${norm(c.text)}\u0000${norm(c.credit ?? '')}`);

export function scoreSplit(gold: GoldStory[], got: Story[]): SplitScore {
  const score = emptyScore();
  const match = matchStories(gold, got);
  const matchedGot = new Set(match.values());
  score.stories = { gold: gold.length, got: got.length, right: match.size };
  score.captions.got = got.reduce((n, s) => n + s.captions.length, 0);
  score.body.got = got.reduce((n, s) => n + s.body.length, 0);

  gold.forEach((g, i) => {
    const p = match.get(i);
    const s = p === undefined ? undefined : got[p];
    score.headline.gold++;
    if (s && norm(s.headline) === norm(g.headline)) score.headline.right++;
    score.captions.gold += g.captions.length;
    score.body.gold += g.body.length;
    if (s) {
      // Gold captions read with their dateline; a split caption holds it apart.
      const read = s.captions.map((c) => ({ text: captionText(c), credit: c.credit }));
      score.captions.right += common(captionKeys(g.captions), captionKeys(read));
      score.body.right += common(goldBody(g), gotBody(s));
    }
    const n = (x: string | null | undefined) => (x == null ? x : norm(x));
    countField(score.byline, n(g.byline) ?? null, n(s?.byline), !!s);
    countField(score.published, n(g.published?.text) ?? null, n(s?.published?.text), !!s);
    countField(score.publishedIso, normIso(g.published?.iso), normIso(s?.published?.iso), !!s);
    countField(score.dateline, n(g.dateline) ?? null, n(s?.dateline), !!s);

    if (!s && g.body.length > 0) {
      // Merged: most of its paragraphs went into one predicted story.
      const body = goldBody(g);
      let best = -1;
      let most = 0;
      got.forEach((q, j) => {
        const c = common(body, gotBody(q));
        if (c > most) [best, most] = [j, c];
      });
      if (best >= 0 && most * 2 >= body.length) {
        score.missed.count++;
        if (got[best]!.warnings.some((w) => w.code === 'possible-missed-boundary'))
          score.missed.warned++;
      }
    }
  });

  got.forEach((s, j) => {
    if (j === 0) return;
    const warned = s.warnings.some((w) => w.code === 'low-confidence-boundary');
    if (matchedGot.has(j)) {
      score.starts.right++;
      if (warned) score.starts.rightWarned++;
    } else {
      score.starts.wrong++;
      if (warned) score.starts.wrongWarned++;
    }
  });
  return score;
}

export interface Summary {
  stories: number;
  headline: number;
  captions: number;
  body: number;
  byline: number;
  published: number;
  publishedIso: number;
  dateline: number;
}

/** NaN when there was nothing to get right: the field is not shown on any page. */
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

/** The figures the targets are set on: F1 for stories, captions and body; accuracy for the rest. */
export function summarise(s: SplitScore): Summary {
  const tf = (t: Tally) => f1(t.right, t.gold, t.got);
  return {
    stories: tf(s.stories),
    headline: ratio(s.headline.right, s.headline.gold),
    captions: tf(s.captions),
    body: tf(s.body),
    byline: ratio(s.byline.right, s.byline.gold),
    published: ratio(s.published.right, s.published.gold),
    publishedIso: ratio(s.publishedIso.right, s.publishedIso.gold),
    dateline: ratio(s.dateline.right, s.dateline.gold),
  };
}
