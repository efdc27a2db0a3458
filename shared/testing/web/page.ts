// What every page template shares: the page being printed (PageCtx), a site (Site), headline casing,
// and the furniture blocks (menus, share rows, related lists, tags, cookie banners, footers).

import type { RemovalReason } from '../../model';
import { pick } from '../dumps';
import { printBody, type BodyHabits } from './body';
import { sitePicture, type PictureHabits } from './captions';
import type { Stamp, When } from './dates';
import type { Sheet } from './sheet';
import { chance, COOKIE_BUTTONS, COOKIES, FOOTER, int, NETWORKS, some } from './words';

export type Casing = 'sentence' | 'title' | 'upper';

export interface PageCtx {
  sheet: Sheet;
  random: () => number;
  /** The corpus headline, as the corpus prints it; the site cases it. */
  headline: string;
  paragraphs: string[];
  when: When;
  /** Another story's headline, for related lists (cased by the caller). */
  other: () => string;
  /** A sentence from another story, as related cards print under their headline. */
  teaser: () => string;
  /** The whole page was copied, not just the article. */
  full: boolean;
}

export interface Site {
  name: string;
  domain: string;
  casing: Casing;
  render(ctx: PageCtx): void;
}

const SMALL = new Set(
  'a an and as at but by for from in into nor of on or over per the to up via vs with'.split(' '),
);

/** AP-style title case: every word capitalised but short function words; acronyms kept. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL.has(w.toLowerCase())
        ? w.toLowerCase()
        : w.replace(/(^|-)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()),
    )
    .join(' ');
}

export function caseHeadline(text: string, casing: Casing): string {
  if (casing === 'title') return titleCase(text);
  if (casing === 'upper') return text.toUpperCase();
  return text[0] ? text[0].toUpperCase() + text.slice(1) : text;
}

/** A block of furniture lines, set apart from what came before. */
export function block(ctx: PageCtx, reason: RemovalReason, lines: string[]) {
  if (lines.length === 0) return;
  ctx.sheet.gap();
  ctx.sheet.junk(reason, ...lines);
}

/** A menu: one item per line as browsers copy it, or on one line as some scrapers join it. */
export function menu(ctx: PageCtx, items: string[], inline: string | null) {
  block(ctx, 'nav', inline === null ? items : [items.join(inline)]);
}

/** A row of share buttons: the site's fixed lines, sometimes followed by network names. */
export function shareRow(ctx: PageCtx, lines: string[], networks: string[] | null) {
  block(ctx, 'share', [...lines, ...(networks ?? [])]);
}

export const siteNetworks = (random: () => number) =>
  chance(random, 0.6) ? some(random, NETWORKS, 3, 7) : null;

export interface RelatedStyle {
  /** `1`, `1.` or nothing before each headline; the number on its own line when `numberLine`. */
  numbered: '' | '1' | '1.';
  numberLine: boolean;
  /** Cards: a teaser sentence, a time and a section under each headline. */
  cards: boolean;
  count: [number, number];
}

/** A related-stories or most-read list: other headlines, exactly the shape of a headline. */
export function related(ctx: PageCtx, heading: string | null, style: RelatedStyle) {
  const { random } = ctx;
  const lines: string[] = heading ? [heading] : [];
  const n = int(random, style.count[0], style.count[1]);
  for (let i = 1; i <= n; i++) {
    const number = style.numbered === '' ? '' : style.numbered === '1' ? `${i}` : `${i}.`;
    const headline = ctx.other();
    if (number && style.numberLine) lines.push(number, headline);
    else lines.push(number ? `${number} ${headline}` : headline);
    if (style.cards) {
      if (chance(random, 0.6)) lines.push(ctx.teaser());
      if (chance(random, 0.7))
        lines.push(
          pick(random, ['2 hrs ago', '5 hrs ago', '1 day ago', '47 mins ago', '3 days ago']),
        );
    }
  }
  block(ctx, 'related', lines);
}

/** A tags or topics list under a heading. */
export function tags(ctx: PageCtx, heading: string, topics: string[], inline: string | null) {
  block(ctx, 'related', inline === null ? [heading, ...topics] : [heading, topics.join(inline)]);
}

export function cookieBanner(ctx: PageCtx) {
  const { random } = ctx;
  block(ctx, 'nav', [pick(random, COOKIES), ...some(random, COOKIE_BUTTONS, 1, 3)]);
}

export function footer(ctx: PageCtx, site: Site, links: string[]) {
  const year = 2023 + int(ctx.random, 0, 2);
  const copyright = pick(ctx.random, [
    `© ${year} ${site.name}. All rights reserved.`,
    `Copyright © ${year} ${site.name}`,
    `© ${site.name} ${year}`,
  ]);
  block(ctx, 'nav', chance(ctx.random, 0.5) ? [...links, copyright] : [copyright]);
}

export const footerLinks = (random: () => number) => some(random, FOOTER, 4, 12);

/** Prints a publication time with its label and records it; `after` is more text on the line. */
export function stampLine(ctx: PageCtx, label: string, stamp: Stamp, after = '') {
  ctx.sheet.junk('timestamp', `${label}${stamp.text}${after}`);
  ctx.sheet.story.published = stamp;
}

/** Records the byline and prints its lines (all removed as `byline`). */
export function bylineLines(ctx: PageCtx, byline: string, lines: string[]) {
  ctx.sheet.junk('byline', ...lines);
  ctx.sheet.story.byline = byline;
}

/** Body habits with the common defaults; a site overrides what it does differently. */
export function bodyHabits(random: () => number, over: Partial<BodyHabits>): BodyHabits {
  return {
    ads: [],
    adEvery: 0,
    subheads: 0.25,
    lists: 0.15,
    qa: 0.05,
    pullQuote: 0.15,
    readMore: 0.2,
    relatedBlock: 0.1,
    promo: 0.15,
    pictures: 2,
    bullet: pick(random, ['•', '-', '*', '·', '–']),
    qaMarks: pick(random, [
      ['Q:', 'A:'],
      ['Q:', 'A:'],
      ['Q.', 'A.'],
    ]),
    ...over,
  };
}

/** The copy: body habits, pictures and related links wired to the page. */
export function copy(
  ctx: PageCtx,
  site: Site,
  habits: BodyHabits,
  pictures: PictureHabits,
  paragraphs: string[],
  relatedHeading: string,
) {
  printBody({
    sheet: ctx.sheet,
    random: ctx.random,
    paragraphs,
    habits,
    site: site.name,
    picture: (i) => sitePicture(ctx.random, pictures, ctx.when, site.name, i),
    other: ctx.other,
    relatedHeading,
  });
}

/** The lead picture under the headline (or byline), sometimes more than one, as galleries do. */
export function leadPictures(ctx: PageCtx, site: Site, pictures: PictureHabits, max: number) {
  // Most stories have one lead picture; some none, galleries several.
  const r = ctx.random();
  const n = r < 0.25 ? 0 : r < 0.85 || max < 2 ? 1 : int(ctx.random, 2, max);
  for (let i = 1; i <= n; i++) {
    ctx.sheet.gap();
    ctx.sheet.caption(sitePicture(ctx.random, pictures, ctx.when, site.name, i));
  }
}
