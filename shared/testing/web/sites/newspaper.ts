// Newspaper pages. Guardian-like: kicker, standfirst, `Name in City`, `Wed 20 Nov 2024 06.15 GMT`,
// `text. Photograph: Name/Agency`, `Most viewed`. NYT-like: `Listen to this article`, `Credit...`
// under a caption, `Reporting from`, `Advertisement`/`SKIP ADVERTISEMENT`, a print-edition note.
// Tabloid: capitals, `Published: ... | Updated: ...`, comment counts, credits on the next line.

import { pick } from '../../dumps';
import { later, STAMPS, zoneFor } from '../dates';
import {
  block,
  bodyHabits,
  bylineLines,
  caseHeadline,
  cookieBanner,
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
  ADS,
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
  TAG_HEADINGS,
  TOPICS,
} from '../words';

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

export function guardianSite(random: () => number): Site {
  const paper = siteName(random, 'newspaper');
  const nav = some(random, SECTIONS, 5, 9);
  const subnav = some(random, SECTIONS, 4, 8);
  const pictures: PictureHabits = {
    forms: ['photograph'],
    styles: ['plain', 'plain', 'desk'],
    gallery: 0.1,
    link: chance(random, 0.6) ? pick(random, ['Open image in fullscreen', 'Expand image']) : null,
    alt: 0.05,
    doubled: 0,
  };
  const habits = bodyHabits(random, { subheads: 0.3, pullQuote: 0.4, promo: 0.3, pictures: 2 });
  const site: Site = {
    ...paper,
    casing: 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (chance(random, 0.3)) cookieBanner(ctx);
        block(ctx, 'nav', some(random, SKIP, 1, 2));
        block(ctx, 'promo', [
          pick(random, ['Support us', 'Print subscriptions', 'Become a supporter']),
        ]);
        menu(ctx, nav, null);
        if (chance(random, 0.5)) menu(ctx, subnav, null);
      }
      if (chance(random, 0.3))
        block(ctx, 'nav', [`This article is more than ${int(random, 1, 3)} years old`]);
      if (chance(random, 0.6))
        block(ctx, 'nav', [pick(random, [...SECTIONS, 'Analysis', 'Explainer', 'Interview'])]);
      sheet.gap();
      sheet.headline(ctx.headline);
      const [standfirst = '', ...rest] = ctx.paragraphs;
      const hasStandfirst = chance(random, 0.7) && rest.length > 0;
      if (hasStandfirst) sheet.para(standfirst);
      sheet.gap();
      const pictureFirst = chance(random, 0.5);
      if (pictureFirst) leadPictures(ctx, site, pictures, 1);
      if (chance(random, 0.85)) {
        const who = names(random, 2);
        if (chance(random, 0.5)) bylineLines(ctx, who, [`${who} in ${pick(random, CITIES)[0]}`]);
        else bylineLines(ctx, who, [who]);
      }
      const z = zoneFor(random, ctx.when, 'uk');
      stampLine(ctx, '', STAMPS.dotted(ctx.when, z));
      if (chance(random, 0.3))
        sheet.junk(
          'timestamp',
          `Last modified on ${STAMPS.dotted(later(ctx.when, int(random, 30, 600)), z).text}`,
        );
      if (chance(random, 0.6)) block(ctx, 'share', ['Share']);
      if (!pictureFirst) leadPictures(ctx, site, pictures, 1);
      copy(ctx, site, habits, pictures, hasStandfirst ? rest : ctx.paragraphs, 'Related');
      if (chance(random, 0.3)) sheet.para(`Additional reporting by ${names(random, 2)}`);
      if (ctx.full || chance(random, 0.5)) {
        tags(ctx, 'Explore more on these topics', some(random, TOPICS, 2, 6), null);
        block(ctx, 'share', ['Share', 'Reuse this content']);
      }
      if (ctx.full) {
        related(ctx, 'Most viewed', {
          numbered: chance(random, 0.5) ? '1' : '',
          numberLine: true,
          cards: false,
          count: [5, 10],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}

export function nytSite(random: () => number): Site {
  const paper = siteName(random, 'newspaper');
  const section = pick(random, SECTIONS);
  const pictures: PictureHabits = {
    forms: ['credit-dots', 'credit-dots', 'credit-glued'],
    styles: ['plain', 'plain', 'ap'],
    gallery: 0.1,
    link: chance(random, 0.4) ? 'Image' : null,
    alt: 0,
    doubled: 0,
  };
  const habits = bodyHabits(random, {
    ads: ['Advertisement'],
    adEvery: int(random, 3, 6),
    subheads: 0.3,
    pictures: 3,
  });
  const site: Site = {
    ...paper,
    casing: 'title',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', ['Skip to content', 'Skip to site index']);
        block(ctx, 'nav', [section]);
        if (chance(random, 0.5))
          block(ctx, 'nav', [`${pick(random, ['Today’s Paper', 'Log in', 'Subscribe'])}`]);
        if (chance(random, 0.5)) block(ctx, 'ad', ['Advertisement', 'SKIP ADVERTISEMENT']);
      }
      if (chance(random, 0.4)) block(ctx, 'nav', [pick(random, SECTIONS)]);
      sheet.gap();
      sheet.headline(ctx.headline);
      const [standfirst = '', ...rest] = ctx.paragraphs;
      const hasStandfirst = chance(random, 0.6) && rest.length > 0;
      if (hasStandfirst) sheet.para(standfirst);
      if (chance(random, 0.7))
        block(ctx, 'nav', [
          chance(random, 0.5)
            ? 'Listen to this article'
            : `Listen to this article · ${int(random, 2, 12)}:${String(int(random, 10, 59))} min Learn more`,
        ]);
      if (chance(random, 0.7))
        block(ctx, 'share', [
          'Share full article',
          ...(chance(random, 0.5) ? [`${int(random, 12, 900)}`] : []),
        ]);
      leadPictures(ctx, site, pictures, 1);
      const who = names(random, 2);
      bylineLines(ctx, who, [`By ${who}`]);
      if (chance(random, 0.5)) sheet.junk('byline', `Reporting from ${pick(random, CITIES)[0]}`);
      if (chance(random, 0.5)) {
        stampLine(ctx, '', STAMPS.apDate(ctx.when));
        if (chance(random, 0.5))
          sheet.junk(
            'timestamp',
            `Updated ${STAMPS.apStyle(later(ctx.when, 120), zoneFor(random, ctx.when, 'us')).text.replace(/^.*?, \d{4}, /, '')}`,
          );
      } else
        stampLine(ctx, 'Published ', STAMPS.apStyle(ctx.when, zoneFor(random, ctx.when, 'us')));
      copy(ctx, site, habits, pictures, hasStandfirst ? rest : ctx.paragraphs, 'Related Content');
      if (chance(random, 0.3))
        sheet.para(`${name(random)} contributed reporting from ${pick(random, CITIES)[0]}.`);
      if (chance(random, 0.5))
        block(ctx, 'byline', [
          `${who.split(' and ')[0]} is ${article(pick(random, ROLES).toLowerCase())} for ${paper.name}, covering ${pick(random, TOPICS).toLowerCase()}.`,
        ]);
      if (chance(random, 0.4))
        block(ctx, 'boilerplate', [
          `A version of this article appears in print on ${STAMPS.apDate(later(ctx.when, 1440)).text}, Section A, Page ${int(random, 1, 20)} of the print edition with the headline: ${caseHeadline(ctx.headline, 'title')}.`,
        ]);
      if (ctx.full) {
        block(ctx, 'ad', ['Advertisement', 'SKIP ADVERTISEMENT']);
        related(ctx, `More in ${section}`, {
          numbered: '',
          numberLine: false,
          cards: true,
          count: [2, 4],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}

export function tabloidSite(random: () => number): Site {
  const paper = siteName(random, 'tabloid');
  const nav = [
    ...some(random, ['Home', 'News', 'Showbiz', 'Sport', 'Money', 'Health', 'Travel', 'TV'], 4, 8),
    ...some(random, NAV_MISC, 1, 2),
  ];
  const networks = siteNetworks(random);
  const pictures: PictureHabits = {
    forms: ['next-line', 'paren'],
    styles: ['plain'],
    gallery: 0.2,
    link: null,
    alt: 0.2,
    doubled: 0.15,
  };
  const habits = bodyHabits(random, {
    ads: some(random, ADS, 1, 3),
    adEvery: int(random, 2, 4),
    readMore: 0.6,
    pullQuote: 0.3,
    promo: 0.4,
    subheads: 0.3,
    pictures: 3,
  });
  const upper = chance(random, 0.5);
  const site: Site = {
    ...paper,
    casing: upper ? 'upper' : 'title',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) menu(ctx, nav, chance(random, 0.5) ? ' ' : null);
      if (chance(random, 0.5))
        block(ctx, 'nav', [pick(random, ['EXCLUSIVE', 'BREAKING', 'WATCH', 'REVEALED'])]);
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const who = name(random);
      const form = random();
      if (form < 0.4)
        bylineLines(
          ctx,
          `${who.toUpperCase()} FOR ${paper.name.replace(/^The /, '').toUpperCase()}`,
          [`By ${who.toUpperCase()} FOR ${paper.name.replace(/^The /, '').toUpperCase()}`],
        );
      else if (form < 0.8) {
        const role = pick(random, ROLES);
        bylineLines(ctx, `${who}, ${role}`, [`By ${who}, ${role}`]);
      } else bylineLines(ctx, who, [`By ${who}`]);
      const z = zoneFor(random, ctx.when, 'uk');
      const updated = chance(random, 0.6)
        ? ` | Updated: ${STAMPS.tabloid(later(ctx.when, int(random, 20, 400)), z).text}`
        : '';
      stampLine(ctx, 'Published: ', STAMPS.tabloid(ctx.when, z), updated);
      if (chance(random, 0.7))
        shareRow(
          ctx,
          [pick(random, ['View comments', `${int(random, 3, 900)} comments`, 'Share'])],
          networks,
        );
      leadPictures(ctx, site, pictures, 2);
      copy(ctx, site, habits, pictures, ctx.paragraphs, 'MORE ON THIS STORY');
      if (chance(random, 0.5))
        block(ctx, 'share', ['Share or comment on this article:', ...(networks ?? [])]);
      if (ctx.full) {
        if (chance(random, 0.5))
          tags(ctx, pick(random, TAG_HEADINGS), some(random, TOPICS, 2, 5), ', ');
        related(ctx, pick(random, ['Most read', 'MOST READ NEWS', 'Trending']), {
          numbered: '',
          numberLine: false,
          cards: false,
          count: [4, 8],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}
