// The split engine on web-page dumps of every kind built from the BBC corpus in ../shared (the same
// dumps `npx tsx tools/split-eval.ts` reports on): the targets it must meet. Skipped, saying why,
// where ../shared is absent.

import { beforeAll, describe, expect, it } from 'vitest';
import { splitStories } from '../shared/split/index';
import { misplacedLines, run, total, webDumps, type DumpRun } from '../shared/testing/evaluate';
import { summarise } from '../shared/testing/score';
import { PAGE_KINDS, UNSEEN_KINDS } from '../shared/testing/webpages';
import { corpusAvailable, loadCorpus } from './corpus';

const available = corpusAvailable();
if (!available) console.warn('split-web tests skipped: ../shared/corpus/bbc-news is not present');

// Glued paragraphs (textContent scrapes) are held to lower targets of their own, below.
const KINDS = PAGE_KINDS.filter((k) => k !== 'glued');
const DUMPS_PER_KIND = 20;
const figures = (runs: DumpRun[]) => {
  const m = summarise(total(runs));
  return { stories: m.stories, headline: m.headline, captions: m.captions, body: m.body };
};
const fixed = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');

describe.skipIf(!available)('web-page dumps built from the BBC corpus', () => {
  const runs = new Map<string, DumpRun[]>();
  beforeAll(() => {
    const corpus = loadCorpus();
    for (const kind of KINDS)
      runs.set(
        kind,
        run(webDumps(corpus, kind, DUMPS_PER_KIND), (t) => splitStories(t).stories),
      );
  });

  it('finds stories, headlines, captions and body at 0.95 overall and 0.9 for every kind', () => {
    const all = [...runs.values()].flat();
    console.log(`web dumps overall: ${fixed(figures(all))}`);
    for (const f of Object.values(figures(all))) expect.soft(f).toBeGreaterThanOrEqual(0.95);
    for (const [kind, r] of runs) {
      console.log(`web dumps ${kind}: ${fixed(figures(r))}`);
      for (const [name, f] of Object.entries(figures(r)))
        expect.soft(f, `${kind} ${name}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('warns on every wrong story start and on under 5% of the right ones', () => {
    const { starts } = total([...runs.values()].flat());
    console.log(
      `web dumps starts: wrong ${starts.wrong} (warned ${starts.wrongWarned}), right ${starts.right} (warned ${starts.rightWarned})`,
    );
    expect.soft(starts.wrongWarned).toBe(starts.wrong);
    expect.soft(starts.rightWarned).toBeLessThan(0.05 * starts.right);
  });

  it('places every non-blank line exactly once', () => {
    for (const [kind, r] of runs)
      r.forEach((one, i) => expect.soft(misplacedLines(one), `${kind} dump ${i}`).toEqual([]));
  });

  // Sites the engine was not tuned on (shared/testing/web/sites/unseen.ts and holdout.ts), held to a floor of their
  // own: a change that fits the tuned kinds at the cost of copy shaped otherwise shows here.
  it('splits the unseen sites at 0.9 for stories, headlines, captions and body', () => {
    const corpus = loadCorpus();
    for (const kind of UNSEEN_KINDS) {
      const r = run(webDumps(corpus, kind, DUMPS_PER_KIND), (t) => splitStories(t).stories);
      console.log(`web dumps ${kind} (unseen): ${fixed(figures(r))}`);
      for (const [name, f] of Object.entries(figures(r)))
        expect.soft(f, `${kind} ${name}`).toBeGreaterThanOrEqual(0.9);
      r.forEach((one, i) => expect.soft(misplacedLines(one), `${kind} dump ${i}`).toEqual([]));
    }
  });

  // Paragraphs glued with no break at all must be cut at their seams, quotes on the right side;
  // the corpus's own slips (a paragraph with no end mark, a quotation reopened without a quote)
  // cannot always be told, so body is held a little short of the other figures.
  it('splits glued dumps at 0.97 for stories, 0.96 for headlines and captions and 0.95 for body', () => {
    const glued = run(
      webDumps(loadCorpus(), 'glued', DUMPS_PER_KIND),
      (t) => splitStories(t).stories,
    );
    const f = figures(glued);
    console.log(`web dumps glued: ${fixed(f)}`);
    expect.soft(f.stories).toBeGreaterThanOrEqual(0.97);
    expect.soft(f.headline).toBeGreaterThanOrEqual(0.96);
    expect.soft(f.captions).toBeGreaterThanOrEqual(0.96);
    expect.soft(f.body).toBeGreaterThanOrEqual(0.95);
    glued.forEach((one, i) => expect.soft(misplacedLines(one), `glued dump ${i}`).toEqual([]));
  });
});
