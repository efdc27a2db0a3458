// Runs a splitter over web-page dumps with fixed seeds and gathers what the eval tool and the web
// test report: scores per kind, where each gold-labelled line ended up, per-story diffs.

import { captionText, type Story } from '../model';
import { rng, type CleanStory } from './dumps';
import { addScore, emptyScore, matchStories, scoreSplit, type SplitScore } from './score';
import { makeWebDump, PAGE_KINDS, UNSEEN_KINDS, type AnyKind, type WebDump } from './webpages';

export type Splitter = (text: string) => Story[];

export interface DumpRun {
  dump: WebDump;
  got: Story[];
  score: SplitScore;
}

/** The fixed dumps of one kind: seed i of kind k is always the same file. */
export function webDumps(corpus: CleanStory[], kind: AnyKind, count: number): WebDump[] {
  // Unseen kinds number on after the tuned ones, whose seeds stay as they were.
  const base = ([...PAGE_KINDS, ...UNSEEN_KINDS].indexOf(kind) + 1) * 10_007;
  return Array.from({ length: count }, (_, i) => makeWebDump(corpus, rng(base + i), { kind }));
}

export function run(dumps: WebDump[], split: Splitter): DumpRun[] {
  return dumps.map((dump) => {
    const got = split(dump.text);
    return { dump, got, score: scoreSplit(dump.stories, got) };
  });
}

export const total = (runs: DumpRun[]) => runs.reduce((s, r) => addScore(s, r.score), emptyScore());

/** Every place the splitter put something: which source lines, what kind of place, what text. */
function* eachPlacement(
  stories: Story[],
): Generator<{ lines: readonly number[]; where: string; text: string }> {
  for (const s of stories) {
    if (s.headlineLine !== null)
      yield { lines: [s.headlineLine], where: 'headline', text: s.headline };
    for (const c of s.captions) yield { lines: c.lines, where: 'caption', text: captionText(c) };
    for (const p of s.body) yield { lines: p.lines, where: 'body', text: p.text };
    for (const r of s.removed)
      yield { lines: [r.line], where: `removed:${r.reason}`, text: r.text };
  }
}

/** Where the splitter put each source line: `headline`, `caption`, `body` or `removed:<reason>`. */
export function placements(stories: Story[]): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const { lines, where } of eachPlacement(stories))
    for (const line of lines) at.set(line, [...(at.get(line) ?? []), where]);
  return at;
}

/** Gold label (`body`, `removed:ad`, ...) → where the splitter put such lines → how many. */
export function confusion(runs: DumpRun[]): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const { dump, got } of runs) {
    const at = placements(got);
    for (const line of dump.lines) {
      const want = line.role === 'removed' ? `removed:${line.reason}` : line.role;
      // Glued paragraphs share a line: the same place named twice is still one place.
      const places = [...new Set(at.get(line.line) ?? [])];
      const where =
        places.length === 0 ? 'nowhere' : places.length > 1 ? 'several places' : places[0]!;
      const row = table.get(want) ?? new Map<string, number>();
      row.set(where, (row.get(where) ?? 0) + 1);
      table.set(want, row);
    }
  }
  return table;
}

/**
 * Non-blank lines placed other than exactly once: the provenance invariant. A line of glued
 * paragraphs is cut at its seams and its pieces placed apart: each piece must be part of the line,
 * and the pieces together no more than the line.
 */
export function misplacedLines(run: DumpRun): number[] {
  const at = placements(run.got);
  const pieces = placedPieces(run.got);
  const source = run.dump.text.split('\n');
  const squash = (t: string) => t.replace(/\s+/g, '');
  return run.dump.lines
    .filter((l) => {
      const count = (at.get(l.line) ?? []).length;
      if (count === 1) return false;
      const parts = pieces.get(l.line) ?? [];
      const line = squash(source[l.line - 1] ?? '');
      if (count === 0 || parts.length !== count) return true;
      const length = parts.reduce((n, p) => n + squash(p).length, 0);
      return length > line.length || !parts.every((p) => line.includes(squash(p)));
    })
    .map((l) => l.line);
}

/** The text each one-line placement holds (headline, caption, paragraph, removed line). */
function placedPieces(stories: Story[]): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const { lines, text } of eachPlacement(stories))
    if (lines.length === 1) at.set(lines[0]!, [...(at.get(lines[0]!) ?? []), text]);
  return at;
}

export interface StoryDiff {
  kind: AnyKind;
  /** Lower is worse: body overlap, less for a wrong headline and missed or extra captions. */
  quality: number;
  lines: string[];
}

/** Each gold story against the predicted story matched to it, as readable lines. */
export function storyDiffs(runs: DumpRun[]): StoryDiff[] {
  const diffs: StoryDiff[] = [];
  for (const { dump, got } of runs) {
    const match = matchStories(dump.stories, got);
    dump.stories.forEach((g, i) => {
      const p = match.get(i);
      const s = p === undefined ? undefined : got[p];
      const out: string[] = [];
      const gotBody = s?.body.map((x) => x.text) ?? [];
      const gotCaptions = s?.captions.map((c) => `${captionText(c)} | ${c.credit}`) ?? [];
      const goldCaptions = g.captions.map((c) => `${c.text} | ${c.credit}`);
      const same = (a: string, b: string | undefined) =>
        a.replace(/\s+/g, ' ') === b?.replace(/\s+/g, ' ');
      out.push(`headline  gold: ${g.headline}`);
      if (!s) out.push('          got:  (no matching story)');
      else if (!same(g.headline, s.headline)) out.push(`          got:  ${s.headline}`);
      for (const c of goldCaptions) if (!gotCaptions.includes(c)) out.push(`- caption ${c}`);
      for (const c of gotCaptions) if (!goldCaptions.includes(c)) out.push(`+ caption ${c}`);
      for (const b of g.body) if (!gotBody.includes(b)) out.push(`- body    ${b.slice(0, 140)}`);
      for (const b of gotBody) if (!g.body.includes(b)) out.push(`+ body    ${b.slice(0, 140)}`);
      const meta = [
        ['byline', g.byline, s?.byline],
        ['published', g.published?.text, s?.published?.text],
        ['dateline', g.dateline, s?.dateline],
      ] as const;
      for (const [k, want, have] of meta)
        if ((want ?? null) !== (have ?? null))
          out.push(`  ${k}: gold ${want ?? '-'} / got ${have ?? '-'}`);
      const kept = g.body.filter((b) => gotBody.includes(b)).length;
      const quality =
        (s ? (2 * kept) / (g.body.length + gotBody.length || 1) : 0) -
        (s && same(g.headline, s.headline) ? 0 : 0.3) -
        0.1 * out.filter((l) => l.includes('caption')).length;
      diffs.push({ kind: dump.kind, quality, lines: out });
    });
  }
  return diffs.sort((a, b) => a.quality - b.quality);
}
