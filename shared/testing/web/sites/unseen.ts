// Sites the split engine was never tuned on, to see whether it generalises: a magazine's longform
// page and a US local TV station's page. Their wording is their own, not the word pools of
// ../words.ts: other names, credits (`Photograph by Name for The Site`, `(Image: Getty)`, `(Pic: PA)`,
// `© Name/Agency`, `(Photo: KXRT)`), bylines (`By Name | Staff Writer`, `Words by`, `Author: Name`),
// times (`6:15 AM EST November 20, 2024`, `November 20, 2024 at 6:15 a.m. EST`), furniture
// (`Gift article`, `You have 2 free articles left`, weather widgets, `Report a typo`, sponsored
// link grids, `◆` section breaks) and their own copy inserts. Kept out of the tuned kinds' list.

import { pick } from '../../dumps';
import { sentences } from '../body';
import { captionWords, type CaptionStyle } from '../captions';
import { later, STAMPS, zoneFor, type Stamp } from '../dates';
import { block, caseHeadline, type PageCtx, type Site } from '../page';
import type { PrintedCaption } from '../sheet';
import { chance, int, some } from '../words';

const list = (text: string) => text.split('|');
const FIRST = list(
  'Priya|Marcus|Siobhan|Declan|Tobias|Aoife|Rohan|Imogen|Callum|Bethany|Wendell|Shauna|Desmond|Greta|Lorcan|Anika|Theo|Mirela|Colm|Yvette|Dwayne|Marisol|Keegan|Tamsin',
);
const LAST = list(
  'Raman|Webb|Kerr|Shaw|Lindgren|Doherty|Mehta|Ashby|Fraser|Pruitt|Okonjo|Halvorsen|Brannigan|Ito|Vance|Szabo|Pellegrino|Whitlock|Nakamura|Ferris|Gutierrez|Abernathy',
);
const person = (random: () => number) => `${pick(random, FIRST)} ${pick(random, LAST)}`;
const people = (random: () => number) =>
  chance(random, 0.2) ? `${person(random)} and ${person(random)}` : person(random);

/** The credits of a page's pictures, each with the caption as it should read. */
type CreditForm =
  | 'photograph-for'
  | 'photograph-by'
  | 'illustration'
  | 'image-paren'
  | 'pic'
  | 'copyright'
  | 'station'
  | 'courtesy'
  | 'image-next-line'
  | 'foto'
  | 'pipe-photo';

const WIRES = list('Getty Images|Getty|PA|Shutterstock|Alamy|Reuters|AP|AFP|EPA');

function picture(
  random: () => number,
  form: CreditForm,
  style: CaptionStyle,
  ctx: PageCtx,
  site: string,
): PrintedCaption {
  const words = captionWords(random, style, ctx.when);
  const t = words.text;
  const stop = `${t}.`;
  const one = (printed: string, text: string, credit: string): PrintedCaption => ({
    lines: [{ text: printed, role: 'caption' }],
    gold: { text, credit, dateline: words.dateline },
  });
  const who = person(random);
  switch (form) {
    case 'photograph-for':
      return one(`${stop} Photograph: ${who} for ${site}`, stop, `${who} for ${site}`);
    case 'photograph-by':
      return one(`${stop} Photograph by ${who} for ${site}`, stop, `${who} for ${site}`);
    case 'illustration':
      return one(`${stop} Illustration by ${who}`, stop, who);
    case 'image-paren': {
      const c = pick(random, WIRES);
      return one(`${t} (Image: ${c})`, t, c);
    }
    case 'pic': {
      const c = pick(random, WIRES);
      return chance(random, 0.5)
        ? one(`${t} (Pic: ${c})`, t, c)
        : one(`${stop} Pic: ${c}`, stop, c);
    }
    case 'copyright': {
      const c = `${who}/${pick(random, WIRES)}`;
      return one(`${stop} © ${c}`, stop, c);
    }
    case 'station':
      return chance(random, 0.5)
        ? one(`${t} (Photo: ${site})`, t, site)
        : one(`${t} (${site})`, t, site);
    case 'courtesy':
      return one(`${stop} (Courtesy of ${who})`, stop, `Courtesy of ${who}`);
    case 'foto': {
      const c = pick(random, list('dpa|AFP|picture alliance/dpa|Reuters|epd'));
      return one(`${stop} Foto: ${c}`, stop, c);
    }
    case 'pipe-photo': {
      const c = `${who}/${pick(random, WIRES)}`;
      return one(`${t} | Photo: ${c}`, t, c);
    }
    case 'image-next-line': {
      const c = pick(random, WIRES);
      return {
        lines: [
          { text: stop, role: 'caption' },
          { text: `Image: ${c}`, role: 'caption' },
        ],
        gold: { text: stop, credit: c, dateline: words.dateline },
      };
    }
  }
}

interface Inserts {
  ads: string[];
  adEvery: number;
  /** Prefixes of a link to another story set in the copy: `More: `. */
  links: string[];
  promos: string[][];
  pullQuote: number;
  /** Lines that break a long piece into parts (`◆`), removed as separators. */
  breaks: string[];
  relatedHeading: string | null;
  pictures: () => PrintedCaption;
}

/** The copy with the site's own inserts between paragraphs: ads, links, promos, pictures, quotes. */
function printCopy(ctx: PageCtx, paragraphs: string[], o: Inserts) {
  const { sheet, random } = ctx;
  const slots = Math.max(1, paragraphs.length - 1);
  const picturesAt = new Set(
    Array.from({ length: int(random, 0, Math.ceil(slots / 5)) }, () => int(random, 1, slots)),
  );
  const linkAt = o.links.length > 0 && chance(random, 0.5) ? int(random, 1, slots) : -1;
  const promoAt = o.promos.length > 0 && chance(random, 0.4) ? int(random, 2, slots) : -1;
  const relatedAt = o.relatedHeading && chance(random, 0.3) ? int(random, 2, slots) : -1;
  const breakAt = o.breaks.length > 0 && chance(random, 0.4) ? int(random, 3, slots) : -1;
  // A pull quote repeats a sentence of a paragraph already printed.
  const quoteAt = chance(random, o.pullQuote) ? int(random, 2, slots) : -1;
  paragraphs.forEach((p, i) => {
    sheet.para(p);
    if (i === paragraphs.length - 1) return;
    const at = i + 1;
    if (o.adEvery > 0 && at % o.adEvery === 0) sheet.junk('ad', pick(random, o.ads));
    if (picturesAt.has(at)) sheet.caption(o.pictures());
    if (quoteAt === at) {
      const source = paragraphs
        .slice(0, at)
        .flatMap((x) => (sentences(x).length > 1 ? sentences(x) : []))
        .filter((s) => s.length >= 40 && s.length <= 160);
      if (source.length > 0) sheet.junk('pull-quote', pick(random, source));
    }
    if (linkAt === at) sheet.junk('related', `${pick(random, o.links)}${ctx.other()}`);
    if (promoAt === at) sheet.junk('promo', ...pick(random, o.promos));
    if (relatedAt === at && o.relatedHeading)
      sheet.junk(
        'related',
        o.relatedHeading,
        ...Array.from({ length: int(random, 2, 3) }, ctx.other),
      );
    if (breakAt === at) sheet.junk('separator', pick(random, o.breaks));
  });
}

/** A longform magazine: kicker, deck, `Words by`, `Gift article`, pull quotes, an author's note. */
export function magazineSite(random: () => number): Site {
  const title = `The ${pick(random, list('Atlas|Meridian|Lantern|Compass|Quarterly|Monthly|Almanac'))} ${pick(random, list('Review|Magazine|Journal|Weekly'))}`;
  const domain = `${title.toLowerCase().replace(/^the /, '').replace(/\s+/g, '')}.com`;
  const nav = some(
    random,
    list(
      'Latest|Ideas|Politics|Culture|Science|Books|Podcasts|The Magazine|Newsletters|Archive|Dispatches|Photography|Puzzles|Events',
    ),
    5,
    10,
  );
  const kickers = list(
    'Dispatches|The Big Story|Profile|Essay|Ideas|Letter from Abroad|Features|The Long Read|Reportage',
  );
  const forms: CreditForm[] = some(
    random,
    [
      'photograph-for',
      'photograph-by',
      'illustration',
      'copyright',
      'image-next-line',
    ] as CreditForm[],
    1,
    3,
  );
  const casing = chance(random, 0.5) ? 'sentence' : 'title';
  const inserts = (ctx: PageCtx, site: Site): Inserts => ({
    ads: ['ADVERTISEMENT', 'Ad', 'Continue reading the article below'],
    adEvery: chance(ctx.random, 0.4) ? int(ctx.random, 4, 7) : 0,
    links: ['Recommended: ', 'See also: ', 'From the archive: '],
    promos: [
      [
        'Explore the December issue',
        'Check out more from this issue and find your next story to read.',
      ],
      [`Enjoy unlimited access to ${site.name}.`, 'Subscribe for $1'],
      ['This story is part of our weekly reader. Sign me up'],
    ],
    pullQuote: 0.5,
    breaks: ['◆', '* * *', '⁂', '◆ ◆ ◆'],
    relatedHeading: pick(ctx.random, ['Recommended Reading', 'More from Ideas', 'Read these next']),
    pictures: () =>
      picture(
        ctx.random,
        pick(ctx.random, forms),
        pick(ctx.random, ['plain', 'plain', 'desk']),
        ctx,
        site.name,
      ),
  });
  const site: Site = {
    name: title,
    domain,
    casing,
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (chance(random, 0.4))
          block(ctx, 'promo', [
            `You have ${int(random, 1, 4)} free articles left this month.`,
            pick(random, ['Subscribe for $1', 'Get unlimited access', 'Sign in']),
          ]);
        block(ctx, 'nav', [
          title,
          ...(chance(random, 0.5) ? ['Sign in', 'Subscribe'] : ['Subscribe for $1']),
        ]);
        block(ctx, 'nav', nav);
      }
      if (chance(random, 0.7)) block(ctx, 'nav', [pick(random, kickers)]);
      sheet.gap();
      sheet.headline(ctx.headline);
      const [deck = '', ...rest] = ctx.paragraphs;
      const hasDeck = chance(random, 0.8) && rest.length > 0;
      if (hasDeck) sheet.para(deck);
      sheet.gap();
      const lead = chance(random, 0.6);
      if (lead) sheet.caption(inserts(ctx, site).pictures());
      const who = people(random);
      const form = random();
      if (form < 0.3) {
        sheet.junk('byline', `By ${who} | Staff Writer`);
        sheet.story.byline = `${who} | Staff Writer`;
      } else if (form < 0.55) {
        sheet.junk('byline', `Words by ${who}`);
        sheet.story.byline = who;
      } else {
        sheet.junk('byline', `By ${who}`);
        sheet.story.byline = who;
      }
      if (chance(random, 0.3)) sheet.junk('byline', `Photographs by ${person(random)}`);
      const z = zoneFor(random, ctx.when, 'us');
      const stamp: Stamp = pick(random, [
        STAMPS.monthDay(ctx.when),
        STAMPS.apStyle(ctx.when, z),
        STAMPS.clockDay(ctx.when, z),
      ]);
      const label = pick(random, ['', '', 'Updated ', 'Published ']);
      sheet.junk('timestamp', `${label}${stamp.text}`);
      sheet.story.published = stamp;
      if (chance(random, 0.6))
        block(ctx, 'nav', [
          pick(random, [
            `${int(random, 8, 25)} min read`,
            `Listen (${int(random, 6, 30)} min)`,
            'Listen to this story. Enjoy more audio and podcasts on iOS or Android.',
            `Est. reading time: ${int(random, 8, 25)} minutes`,
          ]),
        ]);
      if (chance(random, 0.7))
        block(
          ctx,
          'share',
          pick(random, [
            ['Share', 'Save', 'Gift article'],
            ['Share this story', 'Save'],
            ['Give this article', 'Add to saved stories'],
            ['Save', 'Share', `${int(random, 12, 400)} comments`],
          ]),
        );
      printCopy(ctx, hasDeck ? rest : ctx.paragraphs, inserts(ctx, site));
      if (chance(random, 0.5))
        block(ctx, 'byline', [
          `${who.split(' and ')[0]} is a ${pick(random, ['staff writer', 'contributing writer', 'senior editor'])} at ${title}.`,
        ]);
      if (chance(random, 0.4))
        block(ctx, 'boilerplate', [
          `This article appears in the ${pick(random, list('January|April|June|September|December'))} ${ctx.when.y} print edition with the headline “${caseHeadline(ctx.headline, 'title')}.”`,
        ]);
      if (chance(random, 0.3))
        block(ctx, 'boilerplate', [
          `When you buy a book using a link on this page, we receive a commission. Thank you for supporting ${title}.`,
        ]);
      if (ctx.full) {
        const most = ['Most Popular'];
        for (let i = 1; i <= int(random, 4, 6); i++) most.push(`${i}`, ctx.other());
        block(ctx, 'related', most);
        block(ctx, 'nav', [
          ...some(
            random,
            list(
              'About|Contact|Careers|Help Center|Privacy Policy|Terms and Conditions|Manage Cookies|Accessibility',
            ),
            3,
            6,
          ),
          `Copyright ${ctx.when.y} by ${title}. All Rights Reserved.`,
        ]);
      }
    },
  };
  return site;
}

/** A US local TV station's page: weather widget, `Author:` and time-first stamps, sponsored grids. */
export function localTvSite(random: () => number): Site {
  const call = `${pick(random, ['K', 'W'])}${Array.from({ length: 3 }, () => pick(random, list('A|B|C|D|E|F|G|H|J|K|L|M|N|P|R|S|T|V|X|Z'))).join('')}`;
  const brand = chance(random, 0.5)
    ? call
    : `${call} ${pick(random, ['News 4', 'Channel 7', '12 News', 'ABC 9'])}`;
  const nav = some(
    random,
    list(
      'News|Weather|Traffic|Sports|Watch|Closings|Contests|Community|Contact Us|Submit a Tip|Investigations|Video|Entertainment',
    ),
    5,
    10,
  );
  const forms: CreditForm[] = some(
    random,
    ['station', 'image-paren', 'courtesy', 'pic'] as CreditForm[],
    1,
    3,
  );
  const town = () =>
    pick(random, list('SPRINGDALE|LAKE HOLLIS|FORT MARCY|BRIDGEVILLE|ELK GROVE|SANTA LUZ'));
  const inserts = (ctx: PageCtx): Inserts => ({
    ads: ['Advertisement', 'ADVERTISEMENT', 'Story continues below'],
    adEvery: chance(ctx.random, 0.6) ? int(ctx.random, 3, 5) : 0,
    links: ['RELATED: ', 'WATCH: ', 'MORE: ', 'ALSO: '],
    promos: [
      [`Download the ${call} app for breaking news alerts.`],
      [`Get the latest news, weather and sports from ${brand} on the free app.`],
      ['Sign up for our daily newsletter', 'Sign Up'],
    ],
    pullQuote: 0,
    breaks: [],
    relatedHeading: pick(ctx.random, ['RELATED STORIES', 'Related Coverage', null]),
    pictures: () =>
      picture(
        ctx.random,
        pick(ctx.random, forms),
        pick(ctx.random, ['plain', 'plain', 'ap']),
        ctx,
        call,
      ),
  });
  const site: Site = {
    name: brand,
    domain: `www.${call.toLowerCase()}.com`,
    casing: 'title',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [pick(random, ['Watch Live', 'Watch Now', 'Live Now']), brand]);
        block(ctx, 'nav', nav);
        if (chance(random, 0.6))
          block(ctx, 'nav', [
            `${int(random, 28, 96)}°`,
            pick(random, ['Partly Cloudy', 'Clear', 'Showers', 'Mostly Sunny', 'Overcast']),
            ...(chance(random, 0.5) ? ['Weather Alert'] : []),
          ]);
        if (chance(random, 0.3)) block(ctx, 'nav', [`BREAKING NEWS: ${ctx.other()}`]);
      }
      sheet.gap();
      sheet.headline(ctx.headline);
      sheet.gap();
      const who = person(random);
      const z = zoneFor(random, ctx.when, 'us');
      const stamp = chance(random, 0.6) ? STAMPS.timeFirst(ctx.when, z) : STAMPS.at(ctx.when, z);
      const updated = STAMPS.timeFirst(later(ctx.when, int(random, 20, 300)), z);
      const form = random();
      if (form < 0.3) {
        // One line, as the station's CMS prints its article header.
        sheet.junk('byline', `Author: ${who} Published: ${stamp.text} Updated: ${updated.text}`);
      } else if (form < 0.65) {
        sheet.junk('byline', `Author: ${who}`);
        sheet.junk('timestamp', `Published: ${stamp.text}`);
        if (chance(random, 0.6)) sheet.junk('timestamp', `Updated: ${updated.text}`);
      } else {
        sheet.junk('byline', `By: ${who}`);
        sheet.junk('timestamp', `Posted: ${stamp.text}`);
        if (chance(random, 0.5)) sheet.junk('timestamp', `Updated ${int(random, 2, 9)} hours ago`);
      }
      sheet.story.byline = who;
      sheet.story.published = stamp;
      if (chance(random, 0.6))
        block(
          ctx,
          'share',
          pick(random, [
            ['Share on Facebook', 'Share on Twitter', 'Share on email'],
            ['Facebook', 'Twitter', 'Email', 'Print'],
          ]),
        );
      if (chance(random, 0.4)) block(ctx, 'nav', ['Now Playing', `Up Next: ${ctx.other()}`]);
      if (chance(random, 0.6)) sheet.caption(inserts(ctx).pictures());
      const [lead = '', ...rest] = ctx.paragraphs;
      const withDateline = chance(random, 0.6);
      const where = town();
      if (withDateline) sheet.story.dateline = `${where} (${call})`;
      const paragraphs = withDateline ? [`${where} (${call}) — ${lead}`, ...rest] : ctx.paragraphs;
      if (chance(random, 0.3)) block(ctx, 'nav', [`VIDEO ABOVE: ${ctx.other()}`]);
      printCopy(ctx, paragraphs, inserts(ctx));
      if (chance(random, 0.4))
        block(ctx, 'boilerplate', [
          `Have a news tip? Email tips@${call.toLowerCase()}.com or call the newsroom.`,
        ]);
      block(ctx, 'boilerplate', [
        pick(random, [
          `Copyright ${ctx.when.y} ${call}. All rights reserved.`,
          `Copyright ${ctx.when.y} by ${call} - All rights reserved.`,
          `Copyright ${ctx.when.y} Tri-County Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`,
        ]),
      ]);
      if (chance(random, 0.5)) block(ctx, 'nav', ['Report a typo']);
      if (ctx.full) {
        const trending = ['Trending now'];
        for (let i = 0; i < int(random, 3, 5); i++) trending.push(ctx.other());
        block(ctx, 'related', trending);
        if (chance(random, 0.6)) {
          const grid = ['Sponsored Stories'];
          const brands = list(
            'HealthyLivingDaily|Finance Buzz|SmartHomeGuide|TravelPerks|Auto Deals Today',
          );
          for (let i = 0; i < int(random, 2, 4); i++)
            grid.push(
              pick(
                random,
                list(
                  'Doctors Urge Seniors To Try This Simple Habit|The Most Comfortable Shoes Of The Year|Homeowners Are Getting A Surprise Refund|Here Is What New Roofs Should Cost In 2024|This Credit Card Pays You For Groceries',
                ),
              ),
              `${pick(random, brands)} | Sponsored`,
            );
          block(ctx, 'ad', grid);
        }
        block(ctx, 'nav', [
          ...some(
            random,
            list(
              'About Us|Contact Us|Careers|FCC Public File|EEO Report|Closed Captioning|Privacy Policy|Terms of Use|Ad Choices',
            ),
            3,
            6,
          ),
          `© ${ctx.when.y} ${brand}`,
        ]);
      }
    },
  };
  return site;
}

/**
 * The English edition of a European outlet, written after the engine was fixed on the two sites
 * above, as a holdout: German navigation, cookie banner and ad labels around English copy, `Stand:`
 * times, `Foto:` and `| Photo:` credits, `1,234 comments`, a wire's `dpa-infocom` line.
 */
export function europeSite(random: () => number): Site {
  const title = `${pick(random, list('Rhein|Elbe|Alpen|Hansa|Donau'))} ${pick(random, list('Zeitung|Kurier|Rundschau|Post'))}`;
  const nav = some(
    random,
    list(
      'Startseite|Politik|Wirtschaft|Kultur|Sport|Meinung|Wissen|Panorama|Reisen|Digital|Regional',
    ),
    5,
    9,
  );
  const forms: CreditForm[] = some(
    random,
    ['foto', 'pipe-photo', 'image-paren'] as CreditForm[],
    1,
    2,
  );
  const inserts = (ctx: PageCtx, site: Site): Inserts => ({
    ads: ['ANZEIGE', 'Anzeige', 'Werbung'],
    adEvery: chance(ctx.random, 0.6) ? int(ctx.random, 2, 4) : 0,
    links: ['Read more: ', 'Also of interest: ', 'Mehr zum Thema: '],
    promos: [
      [`Get the ${site.name} newsletter`, 'Jetzt anmelden'],
      ['Subscribe to our English edition'],
    ],
    pullQuote: 0.2,
    breaks: [],
    relatedHeading: pick(ctx.random, ['More on this topic', 'Mehr zum Thema']),
    pictures: () =>
      picture(
        ctx.random,
        pick(ctx.random, forms),
        pick(ctx.random, ['plain', 'desk']),
        ctx,
        site.name,
      ),
  });
  const site: Site = {
    name: title,
    domain: `www.${title.toLowerCase().replace(/\s+/g, '-')}.de`,
    casing: 'sentence',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        if (chance(random, 0.5))
          block(ctx, 'nav', [
            'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.',
            ...some(random, list('Alle akzeptieren|Einstellungen|Ablehnen'), 1, 3),
          ]);
        block(ctx, 'nav', [title, 'DE | EN | FR']);
        block(ctx, 'nav', [...nav, ...some(random, list('Anmelden|Abonnieren|Suche'), 1, 2)]);
      }
      if (chance(random, 0.5))
        block(ctx, 'nav', [pick(random, list('EXCLUSIVE|ANALYSIS|Europe|Brussels|Berlin'))]);
      sheet.gap();
      sheet.headline(ctx.headline);
      const [deck = '', ...rest] = ctx.paragraphs;
      const hasDeck = chance(random, 0.6) && rest.length > 0;
      if (hasDeck) sheet.para(deck);
      sheet.gap();
      const who = person(random);
      const z = zoneFor(random, ctx.when, 'eu');
      const form = random();
      if (form < 0.4) {
        const stamp = STAMPS.european(ctx.when);
        sheet.junk('timestamp', `Stand: ${stamp.text} Uhr`);
        sheet.story.published = { text: `${stamp.text} Uhr`, iso: stamp.iso };
      } else {
        const stamp = STAMPS.dotted(ctx.when, z);
        sheet.junk('timestamp', stamp.text);
        sheet.story.published = stamp;
      }
      const place = pick(random, list('Brussels|Berlin|Vienna|Strasbourg'));
      if (chance(random, 0.5)) {
        sheet.junk('byline', `By ${who}, ${place}`);
        sheet.story.byline = `${who}, ${place}`;
      } else {
        sheet.junk('byline', `${who}, ${place}`);
        sheet.story.byline = `${who}, ${place}`;
      }
      if (chance(random, 0.6))
        block(ctx, 'share', [
          pick(random, ['Teilen', 'Share']),
          `${int(random, 1, 3)},${int(random, 100, 999)} comments`,
        ]);
      if (chance(random, 0.6)) sheet.caption(inserts(ctx, site).pictures());
      printCopy(ctx, hasDeck ? rest : ctx.paragraphs, inserts(ctx, site));
      if (chance(random, 0.5))
        block(ctx, 'boilerplate', [
          `© dpa-infocom, dpa:${String(ctx.when.y).slice(2)}1120-99-${int(random, 100000, 999999)}/${int(random, 1, 4)}`,
        ]);
      if (ctx.full) {
        const more = ['Meistgelesen'];
        for (let i = 0; i < int(random, 3, 5); i++) more.push(ctx.other());
        block(ctx, 'related', more);
        block(ctx, 'nav', [
          ...some(random, list('Impressum|Datenschutz|Kontakt|AGB|Barrierefreiheit'), 3, 5),
          `© ${title} ${ctx.when.y}`,
        ]);
      }
    },
  };
  return site;
}

export const UNSEEN_SITES = {
  magazine: [magazineSite],
  localtv: [localTvSite],
  europe: [europeSite],
} as const;
