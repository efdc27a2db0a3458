// The web-page dump generator keeps its gold answer true to the text it prints: every line
// labelled once, headlines, body, captions and metadata as the page shows them, for every kind.

import { describe, expect, it } from 'vitest';
import { REMOVAL_REASONS } from '../model';
import { rng, type CleanStory } from './dumps';
import { makeWebDump, PAGE_KINDS, UNSEEN_KINDS, type AnyKind, type WebDump } from './webpages';

// A few made-up stories: enough sentences for lists, pull quotes and subheadings.
const para = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `The ${topic} committee met for the ${i + 1}th time on Tuesday, officials in the northern district said. Its chair told reporters that the plan would be reviewed again next spring.`,
  ).join(' ');
const CORPUS: CleanStory[] = [
  'Harbour toll plan delayed again',
  "Ferry firm 'to cut winter sailings'",
  'Rail union backs pay offer',
  'Library hours extended in pilot',
  'New bridge opens two years late',
  'Fishing quota talks end without deal',
].map((headline, s) => ({
  headline,
  captions: [],
  body: [
    para('harbour', 1),
    para('ferry', 2),
    `"We will not give up," she said.`,
    para('budget', 3),
    para('planning', 1 + s),
  ],
}));

const dumps = (kind: AnyKind, n = 12) =>
  Array.from({ length: n }, (_, i) => makeWebDump(CORPUS, rng(100 + i), { kind, stories: 4 }));

function linesOf(d: WebDump) {
  return d.text.split(/\r?\n/);
}

describe('makeWebDump', () => {
  it('builds the same dump from the same seed', () => {
    const a = makeWebDump(CORPUS, rng(7));
    const b = makeWebDump(CORPUS, rng(7));
    expect(a).toEqual(b);
    expect(makeWebDump(CORPUS, rng(8)).text).not.toBe(a.text);
  });

  // The unseen kinds (web/sites/unseen.ts) are held to the same gold-answer checks.
  const ALL_KINDS = [...PAGE_KINDS, ...UNSEEN_KINDS];

  for (const kind of ALL_KINDS)
    it(`labels every non-blank line once, and only those (${kind})`, () => {
      for (const d of dumps(kind)) {
        const lines = linesOf(d);
        const labelled = d.lines.map((l) => l.line);
        expect(new Set(labelled).size).toBe(labelled.length);
        const nonBlank = lines.flatMap((t, i) => (t.trim() ? [i + 1] : []));
        expect(labelled).toEqual(nonBlank);
        for (const l of d.lines)
          if (l.role === 'removed') expect(Object.keys(REMOVAL_REASONS)).toContain(l.reason);
      }
    });

  for (const kind of ALL_KINDS)
    it(`prints each story's headline, body and captions as its gold answer says (${kind})`, () => {
      for (const d of dumps(kind)) {
        const lines = linesOf(d);
        expect(d.kind).toBe(kind);
        d.stories.forEach((story, i) => {
          const own = (role: string) =>
            d.lines
              .filter((l) => l.story === i && l.role === role)
              .map((l) => lines[l.line - 1]!.trimEnd());
          expect(own('headline')).toEqual([story.headline]);
          expect(story.body.length).toBeGreaterThan(0);
          const body = own('body');
          if (kind === 'glued') {
            let at = 0;
            for (const p of story.body) {
              const found = body.findIndex((l, j) => j >= at && l.includes(p));
              expect(found, p).toBeGreaterThanOrEqual(0);
              at = found;
            }
          } else expect(body.join(' ')).toBe(story.body.join(' '));
          const captionText = own('caption').join('\n');
          for (const c of story.captions) {
            expect(captionText).toContain(c.text.replace(/\.$/, ''));
            if (c.credit) expect(captionText).toContain(c.credit);
            if (c.dateline) expect(c.text.startsWith(c.dateline)).toBe(true);
          }
        });
      }
    });

  it('gives metadata without labels, and ISO times that agree with the printed ones', () => {
    for (const kind of ALL_KINDS)
      for (const d of dumps(kind)) {
        for (const s of d.stories) {
          if (s.byline) expect(s.byline).not.toMatch(/^By /i);
          for (const c of s.captions)
            if (c.credit)
              expect(c.credit).not.toMatch(/^(Photo:|Photograph:|Photo by|Credit)|[()[\]]/);
          if (!s.published) continue;
          expect(s.published.text).not.toMatch(/^(Published|Updated|Posted on|Last updated)/i);
          expect(d.text).toContain(s.published.text);
          const iso = s.published.iso;
          if (iso === null) continue;
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$/);
          const [y, m, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
          const weekday = new Date(Date.UTC(y, m - 1, day)).toLocaleDateString('en-GB', {
            weekday: 'short',
            timeZone: 'UTC',
          });
          // Printed forms that name the day must name the right one.
          const named = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/.exec(s.published.text);
          if (named) expect(named[1]).toBe(weekday);
        }
      }
  });

  it('keeps story datelines in the body as printed', () => {
    const all = PAGE_KINDS.flatMap((k) => dumps(k)).flatMap((d) => d.stories);
    const dated = all.filter((s) => s.dateline);
    expect(dated.length).toBeGreaterThan(20);
    for (const s of dated) expect(s.body.some((p) => p.startsWith(s.dateline!))).toBe(true);
  });

  it('prints every caption form and the furniture the pages are known for', () => {
    const text = PAGE_KINDS.flatMap((k) => dumps(k, 20))
      .map((d) => d.text)
      .join('\n');
    for (const sign of [
      '(AP Photo/',
      '(Photo by ',
      'Photograph: ',
      /\[[^\]]+\]\r?$/m,
      ' REUTERS/',
      'Image source, ',
      'Image caption, ',
      'Credit...',
      '\nPhoto: ',
      ' (Reuters) - ',
      ' (AP) — ',
      'Skip to ',
      'Copy Link copied',
      'Advertisement',
      'Share this:',
      'Like Loading...',
      'Posted on ',
      'Reporting by ',
      'contributed to this report.',
      'Most viewed',
      'Related topics',
      'Q: ',
      'https://',
    ])
      if (typeof sign === 'string') expect(text, sign).toContain(sign);
      else expect(text).toMatch(sign);
    expect(text).toMatch(/[\u0600-\u06ff]/);
  });

  it('separates paragraphs by a bare line break in newline mode', () => {
    const d = makeWebDump(CORPUS, rng(3), { kind: 'wire', paragraphs: 'newline' });
    const lines = linesOf(d);
    const body = d.lines.filter((l) => l.role === 'body');
    for (let i = 1; i < body.length; i++)
      if (body[i]!.story === body[i - 1]!.story)
        expect(
          lines.slice(body[i - 1]!.line, body[i]!.line - 1).every((t) => t.trim() !== ''),
        ).toBe(true);
  });

  it('glues paragraphs together only when asked', () => {
    const glued = (d: WebDump) =>
      d.stories.some((s) =>
        s.body.some((p, i) => i > 0 && d.text.includes(`${s.body[i - 1]}${p}`)),
      );
    expect(dumps('glued').some(glued)).toBe(true);
    for (const kind of PAGE_KINDS.filter((k) => k !== 'glued'))
      expect(dumps(kind).some(glued), kind).toBe(false);
  });
});
