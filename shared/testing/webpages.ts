// Web-page dumps with their gold answer: news pages of several kinds as select-all copy or a plain
// scraper gives them, several pages to a file, built from clean corpus stories. A stand-in for the
// copy editors really paste, to measure the split engine (shared/testing/score.ts scores it).

import { makeCaption, makeLayout, pick, renderStory, SEED_LAYOUT, type CleanStory } from './dumps';
import { makeWhen } from './web/dates';
import { caseHeadline, type PageCtx, type Site } from './web/page';
import { sentences } from './web/body';
import { Sheet, type GoldLine, type GoldStory, type ParagraphMode } from './web/sheet';
import { bbcSite, radioSite } from './web/sites/broadcaster';
import { asharqSite, aljazeeraSite } from './web/sites/mideast';
import { guardianSite, nytSite, tabloidSite } from './web/sites/newspaper';
import { drupalSite, wordpressSite } from './web/sites/regional';
import { dailySite, financeSite } from './web/sites/holdout';
import { UNSEEN_SITES } from './web/sites/unseen';
import { afpSite, apSite, reutersSite } from './web/sites/wire';
import { chance, int, SECTIONS, SEPARATORS } from './web/words';

export type { GoldCaption, GoldLine, GoldStory, LineRole, ParagraphMode } from './web/sheet';

/** Kinds of page a file can hold; `mixed` pastes several together, `glued` runs paragraphs together. */
export const PAGE_KINDS = [
  'wire',
  'broadcaster',
  'newspaper',
  'mideast',
  'regional',
  'mixed',
  'glued',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Sites the engine was never tuned on (web/sites/unseen.ts), kept apart from PAGE_KINDS so the
 * tuned kinds' dumps stay as they were: `split-eval --kind magazine` measures how it generalises.
 */
export const UNSEEN_KINDS = ['magazine', 'localtv', 'europe', 'business', 'daily'] as const;
export type UnseenKind = (typeof UNSEEN_KINDS)[number];
export type AnyKind = PageKind | UnseenKind;
export const isUnseenKind = (k: string): k is UnseenKind =>
  (UNSEEN_KINDS as readonly string[]).includes(k);

/** The unseen kinds' templates: web/sites/unseen.ts, and the two written later (web/sites/holdout.ts). */
const HOLDOUT_SITES: Record<UnseenKind, readonly ((random: () => number) => Site)[]> = {
  ...UNSEEN_SITES,
  business: [financeSite],
  daily: [dailySite],
};

const SITE_KINDS = ['wire', 'broadcaster', 'newspaper', 'mideast', 'regional'] as const;
type SiteKind = (typeof SITE_KINDS)[number];

/** The templates of each kind; a file of one kind uses one of them for all its pages. */
export const SITES: Record<SiteKind, ((random: () => number) => Site)[]> = {
  wire: [apSite, reutersSite, afpSite],
  broadcaster: [bbcSite, radioSite],
  newspaper: [guardianSite, nytSite, tabloidSite],
  mideast: [asharqSite, aljazeeraSite],
  regional: [wordpressSite, drupalSite],
};

export interface WebDumpOptions {
  /** Default: any kind but `glued` (never an unseen one). */
  kind?: AnyKind;
  /** Stories in the file; default 3 to 8. */
  stories?: number;
  /** Default: per source, mostly `blank`, sometimes `newline`; `glued` only when asked. */
  paragraphs?: ParagraphMode;
}

export interface WebDump {
  text: string;
  kind: AnyKind;
  stories: GoldStory[];
  /** A label for every non-blank line. */
  lines: GoldLine[];
}

type Source =
  | {
      type: 'site';
      site: Site;
      mode: ParagraphMode;
      air: number;
      loose: number;
      blocky: boolean;
      full: number;
    }
  | { type: 'seed' };

/** What stands between two pages besides blank lines: nothing, a separator line, an address. */
const MARKERS = ['none', 'none', 'none', 'separator', 'address'] as const;
type Marker = (typeof MARKERS)[number];

/** Blank lines between pages: mostly two to five; one time in eight none or one. */
const GAPS = [0, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 5, 5];

function siteSource(
  random: () => number,
  kind: SiteKind | UnseenKind,
  mode?: ParagraphMode,
): Source {
  const makers: readonly ((random: () => number) => Site)[] = isUnseenKind(kind)
    ? HOLDOUT_SITES[kind]
    : SITES[kind];
  return {
    type: 'site',
    site: pick(random, makers)(random),
    mode: mode ?? (chance(random, 0.12) ? 'newline' : 'blank'),
    air: 0.5 + random() * 0.5,
    loose: chance(random, 0.25) ? random() * 0.08 : 0,
    blocky: chance(random, 0.12),
    full: 0.15 + random() * 0.5,
  };
}

function sources(random: () => number, kind: AnyKind, mode?: ParagraphMode): Source[] {
  if (kind === 'glued') return [siteSource(random, pick(random, SITE_KINDS), 'glued')];
  if (kind !== 'mixed') return [siteSource(random, kind, mode)];
  const kinds = [...SITE_KINDS].sort(() => random() - 0.5).slice(0, int(random, 2, 3));
  const list = kinds.map((k): Source => siteSource(random, k, mode));
  if (chance(random, 0.75)) list.splice(int(random, 0, list.length), 0, { type: 'seed' });
  return list;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Lines between two pages, printed as part of the next page. */
function join(
  sheet: Sheet,
  random: () => number,
  marker: Marker,
  site: Site,
  headline: string,
  first: boolean,
) {
  const gap = first ? 0 : pick(random, GAPS);
  if (marker === 'none') return sheet.blank(gap);
  sheet.blank(gap);
  if (marker === 'separator') sheet.raw(pick(random, SEPARATORS), 'removed', 'separator');
  else {
    const url = `https://${site.domain}/${slug(pick(random, SECTIONS))}/${int(random, 2023, 2025)}/${String(int(random, 1, 12)).padStart(2, '0')}/${slug(headline)}`;
    const title = `${headline}${pick(random, [' | ', ' - ', ' – '])}${site.name}`;
    sheet.raw(chance(random, 0.5) ? url : title, 'removed', 'page-title');
  }
  sheet.blank(int(random, 0, marker === 'address' ? 1 : 2));
}

/** A story in the seed layout, its lines labelled by what they repeat. */
function seedPage(sheet: Sheet, random: () => number, story: CleanStory) {
  const layout = chance(random, 0.5) ? SEED_LAYOUT : makeLayout(random);
  const captions = Array.from({ length: int(random, 0, 3) }, () => makeCaption(random));
  const clean = { ...story, captions };
  const gold = sheet.story;
  Object.assign(gold, { headline: story.headline, captions, body: [...story.body] });
  const captionLines = new Map(
    captions.map((c) => [c.credit === null ? c.text : `${c.text} (${c.credit})`, c]),
  );
  const seen = new Set<string>();
  for (const line of renderStory(clean, layout)) {
    const first = !seen.has(line);
    seen.add(line);
    if (line.trim() === '') sheet.blank();
    else if (line === story.headline)
      sheet.raw(line, first ? 'headline' : 'removed', first ? undefined : 'duplicate-headline');
    else if (captionLines.has(line))
      sheet.raw(line, first ? 'caption' : 'removed', first ? undefined : 'duplicate-caption');
    else if (line === layout.logo) sheet.raw(line, 'removed', 'logo-token');
    else sheet.raw(line, 'body');
  }
}

const quotes = (text: string) => (text.match(/"/g) ?? []).length;

/**
 * The corpus runs several paragraphs together; news pages print one to three sentences a
 * paragraph, so the copy is cut back to that, and to the first `max` paragraphs.
 */
function reflow(random: () => number, body: string[], max: number): string[] {
  const out: string[] = [];
  for (const p of body) {
    const parts = sentences(p);
    for (let i = 0; i < parts.length && out.length < max;) {
      let n = int(random, 1, 3);
      // Never cut inside a quotation: its sentences stay in one paragraph.
      while (i + n < parts.length && quotes(parts.slice(i, i + n).join(' ')) % 2 === 1) n++;
      out.push(parts.slice(i, i + n).join(' '));
      i += n;
    }
  }
  return out.filter((p) => /\p{L}/u.test(p));
}

/** Builds one dump and its gold answer; the same `random` sequence always builds the same dump. */
export function makeWebDump(
  corpus: CleanStory[],
  random: () => number,
  options: WebDumpOptions = {},
): WebDump {
  const kind = options.kind ?? pick(random, PAGE_KINDS.slice(0, -1));
  const count = options.stories ?? int(random, 3, 8);
  const used = new Set<number>();
  const draw = () => {
    let i = Math.floor(random() * corpus.length);
    while (used.has(i) && used.size < corpus.length) i = (i + 1) % corpus.length;
    return i;
  };
  const picked = Array.from({ length: count }, () => {
    const i = draw();
    used.add(i);
    return corpus[i]!;
  });
  const list = sources(random, kind, options.paragraphs);
  const fileMarker: Marker = pick(random, ['none', 'none', 'none', 'separator', 'address']);
  const sheet = new Sheet(random);
  sheet.ragged = chance(random, 0.25) ? 0.1 + random() * 0.3 : 0;

  // Contiguous runs: each source gets at least one page when there are enough.
  const owner = picked.map((_, i) =>
    Math.min(list.length - 1, Math.floor((i * list.length) / count)),
  );
  let previous: Source | null = null;
  picked.forEach((story, i) => {
    const source = list[owner[i]!]!;
    const paragraphs = reflow(random, story.body, int(random, 5, 16));
    sheet.begin();
    if (source.type === 'seed') {
      if (i > 0) sheet.blank(previous === source ? int(random, 2, 5) : int(random, 2, 4));
      seedPage(sheet, random, { ...story, body: paragraphs });
      previous = source;
      return;
    }
    const { site } = source;
    const { mode, air, loose, blocky } = source;
    Object.assign(sheet, { mode, air, loose, blocky });
    const headline = caseHeadline(story.headline, site.casing);
    const marker = chance(random, 0.8) ? fileMarker : pick(random, MARKERS);
    if (i > 0 || marker === 'address') join(sheet, random, marker, site, headline, i === 0);
    const ctx: PageCtx = {
      sheet,
      random,
      headline,
      paragraphs,
      when: makeWhen(random),
      other: () => {
        // Now and then a page links to another story of the same file, as real dumps do.
        const mates = picked.filter((s) => s !== story);
        const from =
          mates.length > 0 && chance(random, 0.1) ? pick(random, mates) : corpus[draw()]!;
        return caseHeadline(from.headline, site.casing);
      },
      teaser: () => sentences(corpus[draw()]!.body[0] ?? '')[0] ?? 'More to follow.',
      full: chance(random, source.full),
    };
    site.render(ctx);
    previous = source;
  });
  const { text, lines } = sheet.finish(chance(random, 0.1) ? '\r\n' : '\n');
  return { text, kind, stories: sheet.stories, lines };
}
