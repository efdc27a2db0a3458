// Regional news sites on stock CMS themes. WordPress-like: cookie banner, `Posted on ... by ...`,
// `Leave a comment`, `Share this:` + networks, `Like this:` / `Like Loading...`, related posts with
// `In "News"`, categories and tags, previous/next post links, a comment form. Drupal-like:
// `Submitted by Name on Wed, 11/20/2024 - 06:15`, breadcrumbs, `Tags:` inline.

import { pick } from '../../dumps';
import { STAMPS } from '../dates';
import {
  block,
  bodyHabits,
  bylineLines,
  cookieBanner,
  copy,
  footer,
  footerLinks,
  leadPictures,
  menu,
  related,
  stampLine,
  tags,
  type PageCtx,
  type Site,
} from '../page';
import type { PictureHabits } from '../captions';
import { ADS, chance, int, LISTEN, name, NETWORKS, siteName, some, TOPICS } from '../words';

const TOWNS = 'MILLBROOK|ASHFORD|PORT HALLEY|GLENWOOD|CEDAR BEND|NORTH FARLEY|WESTON HILL'.split(
  '|',
);
const LOCAL = [
  'Home',
  'News',
  'Local',
  'Sports',
  'Obituaries',
  'Opinion',
  'Community',
  'Events',
  'Classifieds',
  'Contact',
  'E-Edition',
  'Weather',
];

/** A local wire-style dateline (`MILLBROOK —`) some local papers put before the first paragraph. */
function localLead(ctx: PageCtx, paragraphs: string[]): string[] {
  if (!chance(ctx.random, 0.3) || paragraphs.length === 0) return paragraphs;
  const town = pick(ctx.random, TOWNS);
  ctx.sheet.story.dateline = town;
  return [`${town} — ${paragraphs[0]}`, ...paragraphs.slice(1)];
}

export function wordpressSite(random: () => number): Site {
  const paper = siteName(random, 'regional');
  const tagline = pick(random, [
    'Your community, your news',
    'News for the valley since 1998',
    'Local news that matters',
    'Independent local journalism',
  ]);
  const nav = some(random, LOCAL, 5, 9);
  const cookies = chance(random, 0.6);
  const pictures: PictureHabits = {
    forms: ['dash', 'next-line', 'photo-by'],
    styles: ['plain'],
    gallery: 0.1,
    link: null,
    alt: 0.2,
    doubled: 0.05,
  };
  const habits = bodyHabits(random, {
    ads: some(random, ADS, 1, 3),
    adEvery: chance(random, 0.5) ? 4 : 0,
    promo: 0.3,
    lists: 0.2,
  });
  const postedForm = chance(random, 0.6);
  const site: Site = {
    ...paper,
    casing: chance(random, 0.5) ? 'title' : 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (cookies && chance(random, 0.7)) cookieBanner(ctx);
        block(ctx, 'nav', ['Skip to content']);
        block(ctx, 'nav', [paper.name, tagline]);
        menu(ctx, chance(random, 0.3) ? ['Menu', ...nav] : nav, null);
        if (chance(random, 0.5)) block(ctx, 'nav', ['Search for:', 'Search']);
      }
      // Some themes end the breadcrumb trail with the post's own title.
      const trail = `Home » ${pick(random, LOCAL.slice(1, 6))}`;
      if (chance(random, 0.4))
        block(ctx, 'nav', [chance(random, 0.5) ? `${trail} » ${ctx.headline}` : trail]);
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const who = name(random);
      const stamp = STAMPS.monthDay(ctx.when);
      if (postedForm) {
        sheet.junk('byline', `Posted on ${stamp.text} by ${who}`);
        sheet.story.byline = who;
        sheet.story.published = stamp;
        if (chance(random, 0.5)) sheet.junk('share', 'Leave a comment');
      } else {
        stampLine(ctx, '', stamp);
        bylineLines(ctx, `${who}, Staff Writer`, [`By ${who}, Staff Writer`]);
      }
      if (chance(random, 0.3)) block(ctx, 'nav', [pick(random, LISTEN)]);
      leadPictures(ctx, site, pictures, 1);
      copy(ctx, site, habits, pictures, localLead(ctx, ctx.paragraphs), 'Related');
      if (chance(random, 0.7))
        block(ctx, 'share', ['Share this:', ...some(random, NETWORKS, 3, 6)]);
      if (chance(random, 0.5)) block(ctx, 'share', ['Like this:', 'Like Loading...']);
      if (chance(random, 0.6)) {
        const lines = ['Related'];
        for (let i = 0; i < 3; i++)
          lines.push(
            ctx.other(),
            ...(chance(random, 0.5) ? [STAMPS.monthDay({ ...ctx.when, d: 1 + i }).text] : []),
            `In "${pick(random, LOCAL.slice(1, 6))}"`,
          );
        block(ctx, 'related', lines);
      }
      if (chance(random, 0.6))
        block(ctx, 'related', [
          `Posted in ${some(random, LOCAL.slice(1, 7), 1, 2).join(', ')} | Tagged ${some(random, TOPICS, 2, 4).join(', ').toLowerCase()} | Leave a comment`,
        ]);
      if (ctx.full) {
        block(ctx, 'nav', ['Post navigation']);
        ctx.sheet.junk(
          'related',
          `← ${pick(random, ['Previous Post', 'Previous'])}`,
          ctx.other(),
          `${pick(random, ['Next Post', 'Next'])} →`,
          ctx.other(),
        );
        if (chance(random, 0.5))
          block(ctx, 'nav', [
            'Leave a Reply',
            'Your email address will not be published. Required fields are marked *',
            'Comment *',
            'Name *',
            'Email *',
            'Website',
            'Post Comment',
          ]);
        footer(ctx, site, footerLinks(random));
        if (chance(random, 0.5))
          block(ctx, 'nav', [
            `Powered by PressKit | Theme: ${pick(random, ['Newsline', 'Broadsheet Lite', 'Gazetteer'])}`,
          ]);
      }
    },
  };
  return site;
}

export function drupalSite(random: () => number): Site {
  const paper = siteName(random, 'regional');
  const nav = some(random, LOCAL, 5, 9);
  const pictures: PictureHabits = {
    forms: ['next-line', 'paren'],
    styles: ['plain', 'desk'],
    gallery: 0.2,
    link: null,
    alt: 0.2,
    doubled: 0.1,
  };
  const habits = bodyHabits(random, {
    ads: some(random, ADS, 1, 2),
    adEvery: chance(random, 0.4) ? int(random, 3, 5) : 0,
    subheads: 0.3,
    lists: 0.25,
  });
  const site: Site = {
    ...paper,
    casing: chance(random, 0.5) ? 'title' : 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (chance(random, 0.4)) cookieBanner(ctx);
        block(ctx, 'nav', ['Skip to main content', paper.name]);
        menu(ctx, nav, chance(random, 0.4) ? ' | ' : null);
        block(ctx, 'nav', [`Home / ${pick(random, LOCAL.slice(1, 6))}`]);
      }
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const who = name(random);
      const stamp = STAMPS.slashes(ctx.when);
      sheet.junk('byline', `Submitted by ${who} on ${stamp.text}`);
      sheet.story.byline = who;
      sheet.story.published = stamp;
      leadPictures(ctx, site, pictures, 2);
      copy(ctx, site, habits, pictures, localLead(ctx, ctx.paragraphs), 'Related articles');
      if (chance(random, 0.7)) tags(ctx, 'Tags:', some(random, TOPICS, 2, 4), ', ');
      if (ctx.full) {
        if (chance(random, 0.5)) block(ctx, 'nav', ['Log in or register to post comments']);
        related(ctx, pick(random, ['Related articles', 'Most popular', 'Latest news']), {
          numbered: '',
          numberLine: false,
          cards: false,
          count: [3, 5],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}
