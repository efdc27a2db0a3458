// Public-broadcaster pages. BBC-like: skip link, a menu one item per line, `Share`/`Save`, a name
// line and a role line for the byline, `Image source,` / `Image caption,`, `Related topics`,
// `More on this story` cards. Radio-like: `Listen · 4:02`, `By` bylines, credits on the next line.

import { pick } from '../../dumps';
import { relative, STAMPS, zoneFor } from '../dates';
import {
  block,
  bodyHabits,
  bylineLines,
  copy,
  footer,
  footerLinks,
  leadPictures,
  menu,
  related,
  shareRow,
  siteNetworks,
  stampLine,
  tags,
  type PageCtx,
  type Site,
} from '../page';
import type { PictureHabits } from '../captions';
import {
  chance,
  CITIES,
  int,
  name,
  names,
  NAV_MISC,
  ROLES,
  SECTIONS,
  siteName,
  SKIP,
  some,
  TOPICS,
} from '../words';

export function bbcSite(random: () => number): Site {
  const { name: siteTitle, domain } = siteName(random, 'broadcaster');
  const short = siteTitle
    .split(' ')
    .map((w) => w[0])
    .join('');
  const nav = some(random, SECTIONS, 8, 14);
  const subnav = some(random, TOPICS, 4, 8);
  const topLinks = some(random, ['Register', 'Sign In', 'Home', 'Search'], 1, 3);
  const pictures: PictureHabits = {
    forms: ['image-source'],
    styles: ['plain', 'plain', 'desk'],
    gallery: 0.1,
    link: null,
    alt: 0.05,
    doubled: 0,
  };
  const habits = bodyHabits(random, {
    subheads: 0.5,
    lists: 0.2,
    readMore: 0.1,
    promo: 0.05,
    pictures: 3,
  });
  const morePrefix = chance(random, 0.5);
  const site: Site = {
    name: siteTitle,
    domain,
    casing: 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [pick(random, SKIP)]);
        if (chance(random, 0.7)) sheet.junk('logo-token', short);
        menu(ctx, [...topLinks, ...nav], null);
        if (chance(random, 0.6)) menu(ctx, subnav, null);
      }
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const stamp = chance(random, 0.5) ? relative(random) : STAMPS.dayMonth(ctx.when);
      stampLine(ctx, chance(random, 0.3) ? 'Published ' : '', stamp);
      block(ctx, 'share', chance(random, 0.7) ? ['Share', 'Save'] : ['Share']);
      if (chance(random, 0.6)) {
        const who = chance(random, 0.2) ? `${name(random)} & ${name(random)}` : name(random);
        const role = chance(random, 0.7)
          ? pick(random, ROLES)
          : `${short} News, ${pick(random, CITIES)[0]}`;
        const reporting = chance(random, 0.3) ? [`Reporting from ${pick(random, CITIES)[0]}`] : [];
        bylineLines(ctx, `${who}, ${role}`, [who, role]);
        if (reporting.length) sheet.junk('byline', ...reporting);
      }
      leadPictures(ctx, site, pictures, 2);
      copy(ctx, site, habits, pictures, ctx.paragraphs, 'Related');
      if (ctx.full || chance(random, 0.5)) {
        if (chance(random, 0.6)) tags(ctx, 'Related topics', some(random, TOPICS, 2, 5), null);
        if (chance(random, 0.7)) {
          const heading = morePrefix
            ? 'More on this story'
            : pick(random, ['Related stories', 'Top stories']);
          related(ctx, heading, { numbered: '', numberLine: false, cards: true, count: [2, 4] });
        }
      }
      if (ctx.full) {
        if (chance(random, 0.5))
          block(ctx, 'nav', ['Find out how we handle links to other sites.']);
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}

export function radioSite(random: () => number): Site {
  const { name: siteTitle, domain } = siteName(random, 'broadcaster');
  const nav = [...some(random, SECTIONS, 5, 9), ...some(random, NAV_MISC, 1, 3)];
  const networks = siteNetworks(random);
  const pictures: PictureHabits = {
    forms: ['next-line', 'dash'],
    styles: ['plain', 'ap'],
    gallery: 0.3,
    link: chance(random, 0.5) ? 'Enlarge image' : null,
    alt: 0.15,
    doubled: 0.05,
  };
  const habits = bodyHabits(random, { qa: 0.3, subheads: 0.3, promo: 0.3, pictures: 2 });
  const heading = pick(random, ['More Stories', 'Related Stories', 'You may also like']);
  const site: Site = {
    name: siteTitle,
    domain,
    casing: chance(random, 0.5) ? 'title' : 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [pick(random, SKIP)]);
        menu(ctx, nav, chance(random, 0.3) ? ' ' : null);
        if (chance(random, 0.5))
          block(ctx, 'promo', [
            pick(random, ['Donate', 'Support public radio', 'Become a sustaining member']),
          ]);
      }
      if (chance(random, 0.6)) block(ctx, 'nav', [pick(random, SECTIONS)]);
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const z = zoneFor(random, ctx.when, 'us');
      const stamp = STAMPS.wire(ctx.when, z);
      if (chance(random, 0.5)) stampLine(ctx, pick(random, ['Updated ', '']), stamp);
      if (chance(random, 0.6))
        block(ctx, 'nav', [
          `Listen · ${int(random, 1, 9)}:${String(int(random, 0, 59)).padStart(2, '0')}`,
        ]);
      const by = names(random, 2);
      const bylineText = chance(random, 0.5) ? by : `${by}, ${pick(random, ROLES)}`;
      bylineLines(ctx, bylineText, [`By ${bylineText}`]);
      if (!sheet.story.published) stampLine(ctx, '', STAMPS.monthDay(ctx.when));
      if (chance(random, 0.6)) shareRow(ctx, ['Share'], networks);
      leadPictures(ctx, site, pictures, 2);
      copy(ctx, site, habits, pictures, ctx.paragraphs, heading);
      if (chance(random, 0.3))
        block(ctx, 'boilerplate', [
          `Copyright ${ctx.when.y} ${siteTitle}. To see more, visit ${domain}.`,
        ]);
      if (ctx.full) {
        related(ctx, heading, {
          numbered: '',
          numberLine: false,
          cards: chance(random, 0.5),
          count: [2, 4],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}
