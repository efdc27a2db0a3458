// The split engine against copy it was not written for: dumps built from the BBC corpus in ../shared
// in random layouts, and the real seed dump. Skipped, saying why, where ../shared is absent.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captionText, type Caption } from '../shared/model';
import { splitStories } from '../shared/split/index';
import { makeCaption, makeLayout, renderDump, rng, type CleanStory } from '../shared/testing/dumps';
import { corpusAvailable, loadCorpus, SEED_DUMP } from './corpus';

const available = corpusAvailable();
if (!available)
  console.warn('split-corpus tests skipped: ../shared/corpus/bbc-news is not present');

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!available)('dumps built from the BBC corpus', () => {
  it('recovers at least 98% of stories exactly over 300 random layouts', () => {
    const corpus = loadCorpus();
    let total = 0;
    let exact = 0;
    let countsRight = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = rng(seed);
      const layout = makeLayout(random);
      const stories: CleanStory[] = Array.from({ length: 2 + Math.floor(random() * 5) }, () => ({
        ...(corpus[Math.floor(random() * corpus.length)] as CleanStory),
        captions: Array.from({ length: Math.floor(random() * 4) }, () => makeCaption(random)),
      }));
      const got = splitStories(renderDump(stories, layout, random)).stories;
      if (got.length === stories.length) countsRight++;
      stories.forEach((want, i) => {
        total++;
        const story = got[i];
        const same =
          story !== undefined &&
          story.headline === flat(want.headline) &&
          JSON.stringify(story.captions.map((c) => [captionText(c), c.credit, c.dateline])) ===
            JSON.stringify(want.captions.map((c) => [c.text, c.credit, c.dateline])) &&
          JSON.stringify(story.body.map((p) => p.text)) === JSON.stringify(want.body.map(flat));
        if (same) exact++;
      });
    }
    console.log(
      `corpus split: ${exact}/${total} stories exact, ${countsRight}/300 dumps with the right story count`,
    );
    expect(exact / total).toBeGreaterThanOrEqual(0.98);
    expect(countsRight / 300).toBeGreaterThanOrEqual(0.98);
  }, 60_000);
});

describe.skipIf(!available)('the seed dump', () => {
  it('comes out as exactly two clean stories', () => {
    const text = readFileSync(SEED_DUMP, 'utf8');
    const { stories } = splitStories(text);
    expect(stories.map((s) => s.headline)).toEqual([
      'Russia, Israel Agree on Syria',
      'Iran-Backed Iraqi Militia Vows to Continue Fighting Israel',
    ]);
    expect(stories.map((s) => s.captions.map((c) => [c.credit, c.dateline]))).toEqual([
      [['EPA', null]],
      [['dpa', '20 November 2024, Iraq, Baghdad']],
    ]);
    // The caption's dateline is held once, in its field, and read back with the caption.
    expect(stories[1]?.captions[0]?.text).toMatch(/^A view of an empty street/);
    expect(captionText(stories[1]?.captions[0] as Caption)).toMatch(
      /^20 November 2024, Iraq, Baghdad: A view of an empty street/,
    );

    // Every body paragraph of the source once, in order; no TT, no repeated headline or caption.
    const headlines = new Set(stories.map((s) => s.headline));
    const sourceParagraphs = text
      .split(/\n\s*\n/)
      .map(flat)
      .filter((p) => p && !headlines.has(p) && !/\((EPA|dpa)\)/.test(p));
    const body = stories.flatMap((s) => s.body.map((p) => p.text));
    expect(body).toEqual(sourceParagraphs);
    const copy = stories.flatMap((s) => [
      s.headline,
      ...s.captions.map(captionText),
      ...s.body.map((p) => p.text),
    ]);
    expect(copy).not.toContain('TT');
    expect(new Set(copy).size).toBe(copy.length);
    expect(stories.flatMap((s) => s.removed.map((r) => r.reason)).sort()).toEqual(
      [
        ...Array(6).fill('duplicate-caption'),
        ...Array(2).fill('duplicate-headline'),
        ...Array(2).fill('logo-token'),
      ].sort(),
    );
  });
});
