// Middle East English news sites, with Arabic words in their navigation. Asharq-like:
// `Wednesday, 20 November, 2024 - 06:15`, `Cairo - Site` (a body dateline) or `Beirut - Name`
// (a byline), `(AFP)` captions, sometimes doubled. Al Jazeera-like: `Published On 20 Nov 2024`,
// `text [Name/Reuters]`, `list of 4 items` lists, `Source: ... and news agencies`.

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
  ARABIC_SECTIONS,
  chance,
  CITIES,
  int,
  name,
  names,
  SECTIONS,
  siteName,
  SKIP,
  some,
  TAG_HEADINGS,
  TOPICS,
} from '../words';

export function asharqSite(random: () => number): Site {
  const paper = siteName(random, 'mideast');
  const arabic = some(random, ARABIC_SECTIONS, 3, 8);
  const english = some(random, SECTIONS, 4, 8);
  const mixedNav = chance(random, 0.5);
  const pictures: PictureHabits = {
    forms: ['paren'],
    styles: ['plain', 'plain', 'desk'],
    gallery: 0.05,
    link: null,
    alt: 0.1,
    doubled: 0.4,
  };
  const habits = bodyHabits(random, {
    ads: some(random, ADS, 1, 2),
    adEvery: chance(random, 0.5) ? int(random, 3, 5) : 0,
    subheads: 0.1,
    readMore: 0.3,
    relatedBlock: 0.15,
    pictures: 1,
  });
  const tagHeading = pick(random, TAG_HEADINGS);
  const site: Site = {
    ...paper,
    casing: 'title',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (chance(random, 0.3)) cookieBanner(ctx);
        if (chance(random, 0.5)) block(ctx, 'nav', [pick(random, SKIP)]);
        menu(ctx, mixedNav ? [...english, ...arabic] : arabic, null);
        if (!mixedNav) menu(ctx, english, chance(random, 0.3) ? ' | ' : null);
        if (chance(random, 0.3)) block(ctx, 'nav', ['العربية', 'English']);
      }
      if (chance(random, 0.6)) block(ctx, 'nav', [pick(random, english)]);
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      stampLine(ctx, '', STAMPS.longDash(ctx.when));
      leadPictures(ctx, site, pictures, 1);
      const [city] = pick(random, CITIES);
      const byline = random();
      let paragraphs = ctx.paragraphs;
      if (byline < 0.45) {
        const dateline = `${city} - ${paper.name}`;
        sheet.story.dateline = dateline;
        paragraphs = [dateline, ...paragraphs];
      } else if (byline < 0.85) {
        const who = name(random);
        sheet.gap();
        bylineLines(ctx, who, [`${city} - ${who}`]);
      }
      if (chance(random, 0.4)) shareRow(ctx, ['Share'], siteNetworks(random));
      copy(ctx, site, habits, pictures, paragraphs, 'Related News');
      if (chance(random, 0.7)) tags(ctx, tagHeading, some(random, TOPICS, 2, 5), null);
      if (ctx.full) {
        related(ctx, pick(random, ['Most Read', 'Related News', 'More from the section']), {
          numbered: '',
          numberLine: false,
          cards: false,
          count: [3, 6],
        });
        if (chance(random, 0.5)) block(ctx, 'nav', some(random, ARABIC_SECTIONS, 2, 5));
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}

export function aljazeeraSite(random: () => number): Site {
  const paper = siteName(random, 'mideast');
  const nav = some(random, [...SECTIONS, 'Live', 'Features', 'In Pictures'], 6, 10);
  const pictures: PictureHabits = {
    forms: ['bracket'],
    styles: ['plain', 'plain', 'file'],
    gallery: 0.15,
    link: null,
    alt: 0.1,
    doubled: 0,
  };
  const habits = bodyHabits(random, {
    ads: ['Advertisement'],
    adEvery: chance(random, 0.5) ? int(random, 3, 5) : 0,
    subheads: 0.3,
    pictures: 2,
  });
  const skip = chance(random, 0.5) ? ['Skip links', 'Skip to Content'] : [pick(random, SKIP)];
  const arabicLink = chance(random, 0.6);
  const site: Site = {
    ...paper,
    casing: 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', skip);
        menu(ctx, [...(chance(random, 0.5) ? ['Navigation menu'] : []), ...nav], null);
        if (arabicLink) block(ctx, 'nav', [pick(random, ['العربية', 'الرئيسية']), 'Show more']);
      }
      if (chance(random, 0.7)) block(ctx, 'nav', [pick(random, ['News', ...SECTIONS])]);
      if (chance(random, 0.3))
        block(ctx, 'nav', [
          pick(random, ['Israel-Gaza war', 'Conflict', 'Climate crisis', 'Elections']),
        ]);
      sheet.gap();
      sheet.headline(ctx.headline);
      const [standfirst = '', ...rest] = ctx.paragraphs;
      const hasStandfirst = chance(random, 0.7) && rest.length > 0;
      if (hasStandfirst) sheet.para(standfirst);
      sheet.gap();
      if (chance(random, 0.5)) {
        const who = names(random, 2);
        bylineLines(ctx, who, [`By ${who}`]);
      }
      const stamp = STAMPS.dayMon(ctx.when);
      stampLine(ctx, 'Published On ', stamp);
      if (chance(random, 0.5)) sheet.junk('timestamp', stamp.text);
      if (chance(random, 0.6)) block(ctx, 'share', ['Save', 'Tap here to share on social media']);
      leadPictures(ctx, site, pictures, 1);
      copy(
        ctx,
        site,
        habits,
        pictures,
        hasStandfirst ? rest : ctx.paragraphs,
        'Recommended Stories',
      );
      if (chance(random, 0.6))
        block(ctx, 'boilerplate', [
          pick(random, [
            `Source: ${paper.name} and news agencies`,
            'Source: News agencies',
            `Source: ${paper.name}`,
          ]),
        ]);
      if (ctx.full) {
        const n = int(random, 3, 4);
        block(ctx, 'related', ['Recommended Stories', `list of ${n} items`]);
        for (let i = 1; i <= n; i++) ctx.sheet.junk('related', `list ${i} of ${n}`, ctx.other());
        ctx.sheet.junk('related', 'end of list');
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}
