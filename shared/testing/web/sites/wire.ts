// Wire agency story pages: AP-like (`LONDON (AP) —`, `(AP Photo/Name)`, `Updated ...`, `Advertisement`
// between paragraphs, `___` and a contributed line), Reuters-like (`BEIRUT, Nov 20 (Reuters) -`,
// `REUTERS/Name`, `Reporting by ...; Editing by ...`, a standards footer) and AFP copy on a portal.

import { pick } from '../../dumps';
import { relative, STAMPS, wireDate, zoneFor } from '../dates';
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
  LISTEN,
  name,
  names,
  NAV_MISC,
  RELATED_HEADINGS,
  SECTIONS,
  siteName,
  SKIP,
  some,
  TOPICS,
} from '../words';

const city = (random: () => number) => pick(random, CITIES);

export function apSite(random: () => number): Site {
  const nav = [...some(random, SECTIONS, 6, 12), ...some(random, NAV_MISC, 1, 3)];
  const inline = chance(random, 0.2) ? pick(random, [' | ', '  ', ' · ']) : null;
  const share = chance(random, 0.7) ? ['Share', 'Copy Link copied'] : ['Share'];
  const networks = siteNetworks(random);
  const label = pick(random, ['Updated ', 'Updated ', 'Published ']);
  const agency = chance(random, 0.6);
  const upper = chance(random, 0.7);
  const pictures: PictureHabits = {
    forms: ['ap'],
    styles: ['ap', 'ap', 'file', 'plain'],
    gallery: 0.6,
    link: chance(random, 0.7) ? 'Read More' : null,
    alt: 0.1,
    doubled: 0.05,
  };
  const habits = bodyHabits(random, {
    ads: ['Advertisement'],
    adEvery: int(random, 2, 4),
    subheads: 0.1,
    pictures: 2,
  });
  const links = footerLinks(random);
  const heading = pick(random, RELATED_HEADINGS);
  const site: Site = {
    name: 'AP News',
    domain: 'apnews.com',
    casing: chance(random, 0.85) ? 'title' : 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [pick(random, SKIP)]);
        menu(ctx, nav, inline);
      }
      if (chance(random, 0.4)) block(ctx, 'nav', [pick(random, SECTIONS).toUpperCase()]);
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const by = names(random, 3, upper);
      const byline = agency ? `${by}, Associated Press` : by;
      if (chance(random, 0.85)) bylineLines(ctx, byline, [`By ${byline}`]);
      const z = zoneFor(random, ctx.when, 'gmt');
      stampLine(ctx, label, STAMPS.ap(ctx.when, z));
      if (chance(random, 0.8)) shareRow(ctx, share, networks);
      if (chance(random, 0.2)) block(ctx, 'nav', ['Leer en español']);
      leadPictures(ctx, site, pictures, 3);
      const [c, country] = city(random);
      const where = chance(random, 0.3) ? `${c.toUpperCase()}, ${country}` : c.toUpperCase();
      sheet.story.dateline = `${where} (AP)`;
      const [lead = '', ...rest] = ctx.paragraphs;
      copy(
        ctx,
        site,
        habits,
        pictures,
        [`${where} (AP) ${pick(random, ['—', '—', '-'])} ${lead}`, ...rest],
        heading,
      );
      if (chance(random, 0.5)) {
        sheet.junk('separator', '___');
        sheet.para(
          `${chance(random, 0.7) ? 'Associated Press writer' : 'AP reporter'} ${name(random)} in ${city(random)[0]} contributed to this report.`,
        );
      }
      if (ctx.full) {
        if (chance(random, 0.5)) shareRow(ctx, share, null);
        related(ctx, heading, { numbered: '', numberLine: false, cards: false, count: [3, 6] });
        footer(ctx, site, links);
      }
    },
  };
  return site;
}

export function reutersSite(random: () => number): Site {
  const nav = [
    ...some(random, SECTIONS, 6, 10),
    ...some(random, ['My News', 'Sign In', 'Register', 'Search'], 1, 3),
  ];
  const standards = pick(random, [
    'Our Standards: The Newsroom Trust Principles.',
    'Our standards: how we report, edit and correct.',
    'Read our editorial standards',
  ]);
  const licence = pick(random, [
    'License this content',
    'Purchase reprint rights',
    'Request licensing, opens new tab',
  ]);
  const pictures: PictureHabits = {
    forms: ['reuters'],
    styles: ['plain', 'plain', 'ap'],
    gallery: 0.5,
    link: chance(random, 0.5)
      ? pick(random, ['License this image', 'Purchase image rights'])
      : null,
    alt: 0.05,
    doubled: 0.05,
  };
  const habits = bodyHabits(random, {
    ads: ['Advertisement · Scroll to continue', 'Advertisement', 'Scroll to continue'],
    adEvery: chance(random, 0.6) ? int(random, 3, 5) : 0,
    subheads: 0.1,
    pictures: 1,
  });
  const site: Site = {
    name: 'Reuters',
    domain: 'www.reuters.com',
    casing: 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [pick(random, SKIP)]);
        menu(ctx, nav, null);
        block(ctx, 'nav', [pick(random, SECTIONS)]);
      }
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      if (chance(random, 0.8)) {
        const by = names(random, 3);
        bylineLines(ctx, by, [`By ${by}`]);
      }
      const stamp = STAMPS.wire(
        ctx.when,
        zoneFor(random, ctx.when, chance(random, 0.5) ? 'gmt' : 'utc'),
      );
      stampLine(ctx, '', stamp, chance(random, 0.3) ? ` Updated ${relative(random).text}` : '');
      if (chance(random, 0.4))
        block(
          ctx,
          'share',
          ['Share'].concat(
            chance(random, 0.5) ? ['X', 'Facebook', 'Linkedin', 'Email', 'Link'] : [],
          ),
        );
      leadPictures(ctx, site, pictures, 2);
      const [c] = city(random);
      const dateline = `${c.toUpperCase()}, ${wireDate(ctx.when)} (Reuters)`;
      sheet.story.dateline = dateline;
      const [lead = '', ...rest] = ctx.paragraphs;
      copy(ctx, site, habits, pictures, [`${dateline} - ${lead}`, ...rest], 'Read Next');
      if (chance(random, 0.85)) {
        const extra = chance(random, 0.4) ? `; Additional reporting by ${names(random, 2)}` : '';
        sheet.para(
          `Reporting by ${names(random, 2)}${extra}; ${pick(random, ['Editing by', 'Writing by'])} ${names(random, 2)}`,
        );
      }
      block(ctx, 'boilerplate', [standards]);
      if (chance(random, 0.5)) tags(ctx, 'Suggested Topics:', some(random, TOPICS, 2, 4), null);
      if (chance(random, 0.5)) block(ctx, 'nav', [licence]);
      if (ctx.full) {
        related(ctx, pick(random, ['Read Next', 'Latest', 'Industry Insight']), {
          numbered: '',
          numberLine: false,
          cards: true,
          count: [2, 5],
        });
        footer(ctx, site, footerLinks(random));
      }
    },
  };
  return site;
}

export function afpSite(random: () => number): Site {
  const portal = siteName(random, 'newspaper');
  const nav = some(random, SECTIONS, 5, 9);
  const label = pick(random, ['Published on ', 'Published: ', '']);
  const stampKind = pick(random, ['european', 'numeric', 'dayMonth'] as const);
  const pictures: PictureHabits = {
    forms: ['paren', 'photo-by'],
    styles: ['desk', 'getty', 'plain'],
    gallery: 0.2,
    link: null,
    alt: 0.15,
    doubled: 0.1,
  };
  const habits = bodyHabits(random, {
    ads: ['Advertisement', 'Sponsored'],
    adEvery: chance(random, 0.5) ? int(random, 3, 5) : 0,
  });
  const site: Site = {
    ...portal,
    casing: chance(random, 0.5) ? 'title' : 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        menu(ctx, [portal.name, ...nav], chance(random, 0.5) ? ' | ' : null);
        if (chance(random, 0.5)) block(ctx, 'nav', [`Home › ${pick(random, SECTIONS)}`]);
      }
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const byline = random();
      if (byline < 0.5) {
        const by = name(random);
        bylineLines(ctx, `${by}, AFP`, [`By ${by}, AFP`]);
      } else if (byline < 0.75) bylineLines(ctx, 'AFP', ['AFP']);
      stampLine(ctx, label, STAMPS[stampKind](ctx.when));
      if (chance(random, 0.5)) block(ctx, 'nav', [pick(random, LISTEN)]);
      leadPictures(ctx, site, pictures, 2);
      const [c] = city(random);
      sheet.story.dateline = `${c} (AFP)`;
      const [lead = '', ...rest] = ctx.paragraphs;
      copy(
        ctx,
        site,
        habits,
        pictures,
        [`${c} (AFP) - ${lead}`, ...rest],
        pick(random, RELATED_HEADINGS),
      );
      if (chance(random, 0.4)) block(ctx, 'boilerplate', [`© ${ctx.when.y} AFP`]);
      if (ctx.full) {
        related(ctx, pick(random, RELATED_HEADINGS), {
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
