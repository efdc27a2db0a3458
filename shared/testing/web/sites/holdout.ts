// Two more sites the split engine was never tuned on, written as a holdout after the three of
// unseen.ts were fixed: a business news network (ticker strips, `Key Points`, `Published Tue, Nov 19
// 2024 6:15 PM EST`, `Share Article via …`, video cards, `Name | Bloomberg | Getty Images` credits,
// `Correction:` notes) and a South Asian English-language daily (`Last Updated: 20 Nov 2024 | 06:15
// PM IST`, `New Delhi, Nov 20 (IANS)` wire datelines, `[Photo: PTI]` and `(File Photo)` credits,
// one-sentence paragraphs, `Also Read` links mid-copy, `Trending Topics`, `Follow us on`). Their
// wording is their own; nothing here is a real site's text.

import { pick } from '../../dumps';
import { sentences } from '../body';
import { captionWords } from '../captions';
import { later, wireDate, type Stamp, type When } from '../dates';
import { block, type PageCtx, type Site } from '../page';
import type { PrintedCaption } from '../sheet';
import { chance, int, some } from '../words';

const list = (text: string) => text.split('|');
const two = (n: number) => String(n).padStart(2, '0');
const MONTHS = list(
  'January|February|March|April|May|June|July|August|September|October|November|December',
);
const MON = MONTHS.map((m) => m.slice(0, 3));
const ROLES = list('Markets Reporter|Senior Economics Reporter|Tech Correspondent|Retail Reporter');
const DAY = list('Sun|Mon|Tue|Wed|Thu|Fri|Sat');
const h12 = (w: When) => `${w.h % 12 || 12}:${two(w.mi)}`;
const ampm = (w: When) => (w.h < 12 ? 'AM' : 'PM');
const weekday = (w: When) => DAY[new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()]!;
function iso(w: When, offset: number): string {
  const a = Math.abs(offset);
  return `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}:00${offset < 0 ? '-' : '+'}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}
/** US Eastern, clear of the weeks the clocks change (see makeWhen). */
const eastern = (w: When) =>
  w.mo >= 4 && w.mo <= 10 ? { label: 'EDT', offset: -240 } : { label: 'EST', offset: -300 };

const FIRST = list(
  'Arjun|Kavya|Nikhil|Shreya|Farhan|Meera|Vikram|Ananya|Rahul|Tanvi|Sandeep|Ishaan|Brooke|Garrett|Whitney|Conor|Lauren|Trevor|Madison|Spencer',
);
const LAST = list(
  'Iyer|Bhattacharya|Kulkarni|Menon|Siddiqui|Chaudhary|Rao|Banerjee|Deshpande|Qureshi|Kellerman|Ostrowski|Pierce|Lundquist|Maddox|Hollis|Ashcroft|Barrington',
);
const person = (random: () => number) => `${pick(random, FIRST)} ${pick(random, LAST)}`;

/** Inserts between paragraphs: each a function of the slot, so a site decides what goes where. */
function printParagraphs(
  ctx: PageCtx,
  paragraphs: string[],
  between: (at: number, slots: number) => void,
) {
  paragraphs.forEach((p, i) => {
    ctx.sheet.para(p);
    if (i < paragraphs.length - 1) between(i + 1, paragraphs.length - 1);
  });
}

// ---------------------------------------------------------------------------------------------
// A business news network

const TICKERS = list(
  'AAPL|MSFT|NVDA|AMZN|TSLA|JPM|XOM|WMT|GS|BA|DIS|INTC|PFE|KO|META|NFLX|F|GM|BAC|CVX',
);
const COMPANIES = list(
  'Apple Inc|Microsoft Corp|Nvidia Corp|Amazon.com Inc|Tesla Inc|JPMorgan Chase & Co|Exxon Mobil Corp|Walmart Inc|Goldman Sachs Group Inc|Boeing Co',
);
const pctMove = (random: () => number) =>
  `${chance(random, 0.5) ? '+' : '-'}${int(random, 0, 4)}.${two(int(random, 0, 99))}%`;
const price = (random: () => number) =>
  `${int(random, 12, 980).toLocaleString('en-US')}.${two(int(random, 0, 99))}`;

/** `Caption. Name | Bloomberg | Getty Images`, `Caption. Photographer: Name/Bloomberg`, … */
function financePicture(ctx: PageCtx, site: string): PrintedCaption {
  const { random } = ctx;
  const words = captionWords(random, pick(random, ['plain', 'plain', 'ap'] as const), ctx.when);
  const t = words.text;
  const stop = `${t}.`;
  const one = (printed: string, text: string, credit: string): PrintedCaption => ({
    lines: [{ text: printed, role: 'caption' }],
    gold: { text, credit, dateline: words.dateline },
  });
  const agency = pick(random, list('Bloomberg|Reuters|AFP|Anadolu|NurPhoto|SOPA Images'));
  const pipes = `${person(random)} | ${agency} | Getty Images`;
  switch (int(random, 0, 3)) {
    case 0:
      return one(`${stop} ${pipes}`, stop, pipes);
    case 1:
      return one(`${t} | Photo: ${pipes}`, t, pipes);
    case 2: {
      const c = `${person(random)}/Bloomberg`;
      return one(`${stop} Photographer: ${c}`, stop, c);
    }
    default: {
      const who = `${person(random)} | ${site}`;
      return chance(random, 0.5)
        ? one(`${stop} Source: ${site} staff`, stop, `${site} staff`)
        : one(`${stop} Photo: ${who}`, stop, who);
    }
  }
}

/** A business news network's page: ticker strips, Key Points, video cards, `Share Article via`. */
export function financeSite(random: () => number): Site {
  const name = `${pick(random, list('Ticker|Bourse|Capital|Ledger|Bullion|Margin'))}${pick(random, list('line| Street| Daily| Wire| Desk'))}`;
  const domain = `www.${name.toLowerCase().replace(/\s+/g, '')}.com`;
  const nav = some(
    random,
    list(
      'Markets|Business|Investing|Tech|Politics|Video|Watchlist|PRO|Personal Finance|Earnings|Economy|Crypto|Real Estate|Small Business',
    ),
    5,
    10,
  );
  const casing = chance(random, 0.6) ? 'sentence' : 'title';
  const inlineShare = chance(random, 0.4);
  const site: Site = {
    name,
    domain,
    casing,
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [
          name,
          ...some(
            random,
            list('Sign In|Create free account|Subscribe|Search quotes, news & videos|Livestream'),
            1,
            3,
          ),
        ]);
        block(ctx, 'nav', nav);
        if (chance(random, 0.7)) {
          const quotes = some(
            random,
            list('DOW|S&P 500|NASDAQ|RUSSELL 2000|VIX|GOLD|WTI|US 10-YR|BTC/USD'),
            3,
            6,
          ).map((q) => `${q} ${price(random)} ${pctMove(random)}`);
          block(ctx, 'nav', chance(random, 0.5) ? quotes : [quotes.join(' | ')]);
        }
      }
      if (chance(random, 0.6))
        block(ctx, 'nav', [
          pick(
            random,
            list('MARKETS|EARNINGS|TECH|ECONOMY|Markets|Earnings|Economy|Investing|Retail'),
          ),
        ]);
      sheet.gap();
      sheet.headline(ctx.headline);
      let paragraphs = ctx.paragraphs;
      // Key Points: the first paragraphs, one short line each, under their label.
      if (chance(random, 0.5) && paragraphs.length > 4) {
        const n = int(random, 2, 3);
        const points = paragraphs.slice(0, n).map((p) => sentences(p)[0] ?? p);
        sheet.gap();
        sheet.junk('nav', 'Key Points');
        points.forEach((p) => sheet.para(p, { tight: true }));
        paragraphs = paragraphs.slice(n);
      }
      sheet.gap();
      const z = eastern(ctx.when);
      const stampOf = (w: When): Stamp => ({
        text: `${weekday(w)}, ${MON[w.mo - 1]} ${w.d} ${w.y} ${h12(w)} ${ampm(w)} ${z.label}`,
        iso: iso(w, z.offset),
      });
      const stamp = stampOf(ctx.when);
      const updated = stampOf(later(ctx.when, int(random, 20, 400)));
      const who = person(random);
      const byForm = random();
      if (byForm < 0.5) {
        sheet.junk('timestamp', `Published ${stamp.text}`);
        if (chance(random, 0.6)) sheet.junk('timestamp', `Updated ${updated.text}`);
        sheet.junk('byline', who);
        if (chance(random, 0.5)) sheet.junk('byline', `@${who.replace(' ', '').toLowerCase()}`);
        sheet.story.byline = who;
        sheet.story.published = stamp;
      } else if (byForm < 0.8) {
        const at: Stamp = {
          text: `${MONTHS[ctx.when.mo - 1]} ${ctx.when.d}, ${ctx.when.y} at ${h12(ctx.when)} ${ampm(ctx.when)} ${z.label}`,
          iso: iso(ctx.when, z.offset),
        };
        sheet.junk('byline', `By ${who}`);
        sheet.junk('timestamp', at.text);
        sheet.story.byline = who;
        sheet.story.published = at;
      } else {
        const role = pick(random, ROLES);
        sheet.junk('byline', `${who}, ${role}`);
        sheet.junk('timestamp', `Updated ${stamp.text}`);
        sheet.story.byline = `${who}, ${role}`;
        sheet.story.published = stamp;
      }
      if (chance(random, 0.7)) {
        const nets = some(random, list('Facebook|Twitter|LinkedIn|Email'), 2, 4);
        block(
          ctx,
          'share',
          inlineShare
            ? [`Share Share Article via ${nets.join(' Share Article via ')}`]
            : ['Share', ...nets.map((n) => `Share Article via ${n}`)],
        );
      }
      if (chance(random, 0.35))
        block(ctx, 'related', [
          'WATCH NOW',
          `VIDEO${chance(random, 0.5) ? ' ' : ''}${two(int(random, 0, 9))}:${two(int(random, 0, 59))}`,
          ctx.other(),
          ...(chance(random, 0.5)
            ? [
                pick(
                  random,
                  list('Squawk Street|Closing Bell|The Exchange|Power Lunch|Money Movers'),
                ),
              ]
            : []),
        ]);
      if (chance(random, 0.65)) {
        sheet.gap();
        sheet.caption(financePicture(ctx, name));
      }
      // Quote chips and pictures between paragraphs, at a few of the slots.
      const slots = (max: number) =>
        new Set(
          Array.from({ length: int(random, 0, max) }, () =>
            int(random, 1, Math.max(1, paragraphs.length - 1)),
          ),
        );
      const chipAt = slots(2);
      const picAt = slots(1);
      const missAt = chance(random, 0.3) ? int(random, 2, Math.max(2, paragraphs.length - 1)) : -1;
      const adAt = chance(random, 0.5) ? int(random, 2, 4) : 0;
      printParagraphs(ctx, paragraphs, (at) => {
        if (chipAt.has(at)) {
          const i = int(random, 0, COMPANIES.length - 1);
          const chip = chance(random, 0.5)
            ? [`${TICKERS[i]} ${pctMove(random)}`]
            : [TICKERS[i]!, COMPANIES[i]!, `${price(random)} ${pctMove(random)}`];
          sheet.junk('related', ...chip);
        }
        if (adAt > 0 && at % (adAt * 2) === 0) sheet.junk('ad', 'ADVERTISEMENT');
        if (picAt.has(at)) sheet.caption(financePicture(ctx, name));
        if (missAt === at)
          sheet.junk(
            'related',
            `Don't miss these insights from ${name}:`,
            ...Array.from({ length: int(random, 2, 4) }, ctx.other),
          );
      });
      if (chance(random, 0.35))
        block(ctx, 'nav', [
          chance(random, 0.5)
            ? 'Market data delayed 15 minutes'
            : '*Data is delayed at least 15 minutes. Quotes powered by a third-party provider.',
        ]);
      if (chance(random, 0.25))
        block(ctx, 'boilerplate', [
          `Correction: An earlier version of this story misstated the ${pick(random, list('size of the deal|company’s revenue|date of the filing|name of the chief executive'))}.`,
        ]);
      if (chance(random, 0.3))
        block(ctx, 'promo', [
          `Subscribe to ${name} PRO for exclusive insights and analysis, and live business day programming from around the world.`,
        ]);
      if (chance(random, 0.25))
        block(ctx, 'boilerplate', [`Disclosure: ${name} is owned by Halvard Media Group.`]);
      if (ctx.full) {
        const trending = ['Trending Now'];
        for (let i = 1; i <= int(random, 3, 5); i++) trending.push(`${i}`, ctx.other());
        block(ctx, 'related', trending);
        block(ctx, 'nav', [
          ...some(
            random,
            list(
              'Contact|Careers|Ad Choices|Help|Privacy Policy|Terms of Service|Do Not Sell or Share My Personal Information|News Releases|Internships|Corrections',
            ),
            3,
            6,
          ),
          `© ${ctx.when.y} ${name} LLC. All Rights Reserved.`,
        ]);
      }
    },
  };
  return site;
}

// ---------------------------------------------------------------------------------------------
// A South Asian English-language daily

const IST = 330;
const DESK = list('PTI|IANS|ANI|Reuters|AFP|X/@handle|Special Arrangement|Getty Images');

/** `Caption. (Photo: PTI)`, `Caption [Photo: ANI]`, `Caption. (File Photo)`, `Caption | Photo Credit: IANS`. */
function dailyPicture(ctx: PageCtx): PrintedCaption {
  const { random } = ctx;
  const words = captionWords(random, 'plain', ctx.when);
  const t = words.text;
  const stop = `${t}.`;
  const one = (printed: string, text: string, credit: string): PrintedCaption => ({
    lines: [{ text: printed, role: 'caption' }],
    gold: { text, credit, dateline: words.dateline },
  });
  const c = pick(random, DESK);
  switch (int(random, 0, 4)) {
    case 0:
      return one(`${stop} (Photo: ${c})`, stop, c);
    case 1:
      return one(`${t} [Photo: ${c}]`, t, c);
    case 2:
      return one(`${stop} (File Photo)`, stop, 'File Photo');
    case 3:
      return one(`${t} | Photo Credit: ${c}`, t, c);
    default:
      return one(`${stop} (Image: ${c})`, stop, c);
  }
}

/** A South Asian English-language daily: wire datelines, IST stamps, `Also Read`, Trending Topics. */
export function dailySite(random: () => number): Site {
  const name = `The ${pick(random, list('Deccan|Indus|Ganges|Malabar|Himalayan|Coromandel|Bengal'))} ${pick(random, list('Chronicle|Express|Standard|Sentinel|Mail|Tribune'))}`;
  const domain = `www.${name.toLowerCase().replace(/^the /, '').replace(/\s+/g, '')}.in`;
  const nav = some(
    random,
    list(
      'Home|India|World|Cities|Business|Sports|Cricket|Entertainment|Opinion|Lifestyle|Tech|Videos|Photos|Web Stories|Education|Astrology',
    ),
    6,
    11,
  );
  const topics = list(
    'Assembly Polls 2024|Cricket Series|Monsoon Update|Stock Market Today|Gold Rate Today|Air Quality Index|Bypoll Results|Budget Session|Weather Today|Cyclone Alert',
  );
  const splitSentences = chance(random, 0.7);
  const alsoForm = pick(random, ['Also Read: ', 'ALSO READ | ', 'Also Read', 'READ | ']);
  const site: Site = {
    name,
    domain,
    casing: 'title',
    render(ctx: PageCtx) {
      const { sheet, random } = ctx;
      if (ctx.full) {
        block(ctx, 'nav', [
          ...some(random, list('e-Paper|Subscribe|Sign In|Choose Language|Download App'), 1, 3),
          name,
        ]);
        block(ctx, 'nav', nav);
        if (chance(random, 0.7))
          block(
            ctx,
            'nav',
            chance(random, 0.5)
              ? ['Trending Topics', ...some(random, topics, 3, 5)]
              : [`Trending Topics: ${some(random, topics, 3, 5).join(' | ')}`],
          );
        block(ctx, 'nav', [
          pick(random, [
            'Home / India',
            'Home » National',
            'Home > News > India',
            'News / Cities / Mumbai',
          ]),
        ]);
      }
      if (chance(random, 0.3))
        block(ctx, 'nav', [pick(random, list('EXCLUSIVE|BREAKING|BIG STORY|WATCH'))]);
      sheet.gap();
      sheet.headline(ctx.headline);
      let paragraphs = ctx.paragraphs;
      if (chance(random, 0.5) && paragraphs.length > 3) {
        // The summary under the headline: the first sentence of the copy, printed apart.
        sheet.para(paragraphs[0]!);
        paragraphs = paragraphs.slice(1);
      }
      sheet.gap();
      const who = person(random);
      const agency = pick(random, list('IANS|PTI|ANI'));
      const form = random();
      if (form < 0.3) {
        sheet.junk('byline', 'By Staff Reporter');
        sheet.story.byline = 'Staff Reporter';
      } else if (form < 0.5) {
        sheet.junk('byline', `${who} | TNN`);
        sheet.story.byline = `${who} | TNN`;
      } else if (form < 0.75) {
        sheet.junk('byline', `Written By: ${who}`);
        sheet.story.byline = who;
        if (chance(random, 0.5)) sheet.junk('byline', `Edited By: ${person(random)}`);
      } else {
        sheet.junk('byline', agency);
        sheet.story.byline = agency;
      }
      const w = ctx.when;
      const stamp: Stamp = pick(random, [
        {
          text: `${two(w.d)} ${MON[w.mo - 1]} ${w.y} | ${two(w.h % 12 || 12)}:${two(w.mi)} ${ampm(w)} IST`,
          iso: iso(w, IST),
        },
        {
          text: `${MONTHS[w.mo - 1]} ${w.d}, ${w.y} ${two(w.h)}:${two(w.mi)} IST`,
          iso: iso(w, IST),
        },
      ]);
      const label = pick(random, ['Last Updated: ', 'Updated: ', 'Published on: ']);
      sheet.junk('timestamp', `${label}${stamp.text}`);
      sheet.story.published = stamp;
      if (chance(random, 0.6))
        block(ctx, 'share', [
          pick(random, ['Follow us on', 'Follow Us', 'Share Via']),
          ...some(random, list('Facebook|Twitter|WhatsApp|Google News|Telegram'), 2, 4),
          ...(chance(random, 0.5) ? [`Comments (${int(random, 0, 180)})`] : []),
        ]);
      if (chance(random, 0.2)) block(ctx, 'nav', ['Font Size: A- A+']);
      if (chance(random, 0.7)) {
        sheet.gap();
        sheet.caption(dailyPicture(ctx));
      }
      // Wire copy opens on its dateline; the paper's own on the city in capitals.
      const [lead = '', ...rest] = paragraphs;
      const city = pick(
        random,
        list('New Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lucknow|Karachi|Dhaka|Colombo|Kathmandu'),
      );
      const dl = random();
      let opened = lead;
      if (dl < 0.35) {
        sheet.story.dateline = `${city}, ${wireDate(w)} (${agency})`;
        opened = `${city}, ${wireDate(w)} (${agency}) ${lead}`;
      } else if (dl < 0.6) {
        sheet.story.dateline = city.toUpperCase();
        opened = `${city.toUpperCase()}: ${lead}`;
      }
      let copy = [opened, ...rest];
      if (splitSentences) copy = copy.flatMap((p) => (/"|“/.test(p) ? [p] : sentences(p)));
      const alsoAt = new Set(
        Array.from({ length: int(random, 0, 2) }, () =>
          int(random, 2, Math.max(2, copy.length - 2)),
        ),
      );
      const adEvery = chance(random, 0.6) ? int(random, 3, 6) : 0;
      const picAt = copy.length > 6 && chance(random, 0.3) ? int(random, 3, copy.length - 2) : -1;
      printParagraphs(ctx, copy, (at) => {
        if (adEvery > 0 && at % adEvery === 0)
          sheet.junk('ad', pick(random, ['Advertisement', 'Story continues below Advertisement']));
        if (alsoAt.has(at)) {
          const other = ctx.other();
          if (alsoForm === 'Also Read') sheet.junk('related', 'Also Read', other);
          else sheet.junk('related', `${alsoForm}${other}`);
        }
        if (picAt === at) sheet.caption(dailyPicture(ctx));
      });
      if (chance(random, 0.3))
        sheet.para(`(With inputs from ${pick(random, ['PTI', 'agencies', 'IANS'])})`);
      if (chance(random, 0.3))
        block(ctx, 'boilerplate', [
          `(This story has not been edited by ${name} staff and is auto-generated from a syndicated feed.)`,
        ]);
      if (chance(random, 0.5))
        block(ctx, 'related', [
          chance(random, 0.5)
            ? `Tags: ${some(random, topics, 2, 4).join(', ')}`
            : `Tags : ${some(random, topics, 2, 4).join(' | ')}`,
        ]);
      if (chance(random, 0.4))
        block(ctx, 'promo', [
          `Get Latest News Live on ${name}. Download the ${name.replace(/^The /, '')} app for the latest updates.`,
        ]);
      if (ctx.full) {
        const top = ['Top Stories'];
        for (let i = 0; i < int(random, 3, 5); i++) top.push(ctx.other());
        block(ctx, 'related', top);
        if (chance(random, 0.5))
          block(ctx, 'share', [
            `${int(random, 0, 200)} Comments`,
            'Post a comment',
            'Disclaimer: Comments reflect users’ views, not the paper’s.',
          ]);
        block(ctx, 'nav', [
          ...some(
            random,
            list(
              'About Us|Contact Us|Advertise|Privacy Policy|Terms & Conditions|Careers|Sitemap|RSS',
            ),
            3,
            6,
          ),
          `Copyright © ${w.y} ${name.replace(/^The /, '')} Publications Pvt Ltd. All rights reserved.`,
        ]);
      }
    },
  };
  return site;
}
