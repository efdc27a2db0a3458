// Page furniture a single line gives away by itself: skip links, share bars, ad labels, promos, related
// labels, gallery counters, separators, addresses, footers. One rule per kind, each with its id, the
// removal reason it gives, why it is furniture, and lines it must and must not match (tested in
// furniture.test.ts). A site's quirk is one more entry here. Lines that are furniture only in context
// (menus, recurring lines, related lists, lines in another script) are read in classify.ts.

import type { RemovalReason } from '../model';
import { SHARE_TARGETS } from './lexicon';
import { endsSentence, wordCount } from './text';

export interface LineRule {
  id: string;
  reason: RemovalReason;
  /** The longest line, in words, the rule can match: longer lines are not tried. */
  maxWords: number;
  /** What a matching line can open with (see `openingOf`), or 'any' when its mark can stand anywhere. */
  opens: readonly string[] | 'any';
  /** Why such a line is furniture and not copy. */
  why: string;
  /** `lower` is the line in lower case, trimmed of trailing colons and spaces; `words` its words. */
  test: (line: string, lower: string, words: number) => boolean;
  /** Lines the rule must match. */
  examples: string[];
  /** Copy it must leave alone. */
  counterExamples: string[];
}

const LABEL_JOIN = /\s+[·|•–—-]\s+/;

/**
 * Exact labels, case-insensitive, alone or several on one line between dots, bars or dashes
 * (`Advertisement · Scroll to continue`): `...oneOf('share', 'save')`, its openings taken from
 * the labels.
 */
const oneOf = (...labels: string[]) => {
  const set = new Set(labels);
  return {
    test: (_line: string, lower: string) =>
      set.has(lower) ||
      (LABEL_JOIN.test(lower) && lower.split(LABEL_JOIN).every((part) => set.has(part))),
    opens: [...new Set(labels.map(openingOf))],
  };
};

/**
 * What a line opens with, as rules are filed under it: its first word in lower case, `#` for a
 * digit, `` for a mark (a dash, a bracket, a symbol). Most lines then meet only the few rules that
 * could match them, and the many lines of a dump are read quickly.
 */
export function openingOf(lower: string): string {
  const first = lower.charAt(0);
  if (first >= '0' && first <= '9') return '#';
  const m = FIRST_WORD.exec(lower);
  return m ? m[0] : '';
}

const FIRST_WORD = /^\p{L}[\p{L}\p{M}'’-]*/u;

/** Section names of news sites: a line of nothing else is a menu or a section label. */
const SECTIONS: ReadonlySet<string> = new Set(
  `news, world, uk, us, u.s., business, politics, sport, sports, tech, technology, science, health,
  entertainment, arts, culture, travel, opinion, opinions, lifestyle, life, video, videos, live, weather,
  money, markets, economy, africa, asia, europe, americas, australia, climate, education, environment,
  media, style, food, books, music, film, tv, games, podcasts, newsletters, obituaries, local, national,
  international, gulf, features, analysis, innovation, earth, latest, homepage, magazine,
  investigations, fact check, fact-check, reality check, middle east, in pictures, photos,
  science & tech, sci-tech, world news, uk news, us news, business news, comment, columnists,
  editorial, editorials, letters, region, regions, arab world, the arab world, iran, iraq, syria,
  lebanon, egypt, saudi arabia, israel, palestine, gaza, yemen, turkey, russia, ukraine, china, india,
  asia pacific, latin america, north america, war in ukraine, elections, crime, justice, society,
  personal finance, property, motoring, jobs, puzzles, crosswords, weekend, review, interviews,
  special reports, explainers, coronavirus, covid-19, climate crisis, in brief, news in brief, briefs,
  briefly`
    .split(',')
    .map((s) => s.trim()),
);

/** Consent banners that never say `cookie`: the wording of consent platforms. */
const CONSENT =
  /^(?:we value your privacy|your privacy (?:matters|is important)\b)|\bwe and our (?:\d+ )?(?:partners|vendors) (?:store|access|use|process)\b/;

/** The buttons of a cookie banner. */
const COOKIE_BUTTONS: ReadonlySet<string> = new Set([
  'accept',
  'accept all',
  'accept cookies',
  'accept all cookies',
  'reject all',
  'manage cookies',
  'manage preferences',
  'manage settings',
  'manage consent',
  'cookie settings',
  'i agree',
  'i accept',
  'got it',
  'agree and close',
  // European sites' banners keep their own language on English pages.
  'alle akzeptieren',
  'akzeptieren',
  'ablehnen',
  'alle ablehnen',
  'einstellungen',
  'tout accepter',
  'tout refuser',
  'accepter',
  'refuser',
  'aceptar',
  'rechazar',
  'accetta',
  'rifiuta',
]);

/** The links at a page's foot. */
const FOOTER_LINKS: ReadonlySet<string> = new Set(
  `terms, terms of use, terms of service, terms and conditions, terms & conditions, privacy,
  privacy policy, privacy notice, privacy settings, cookie policy, contact, contact us, about,
  about us, accessibility, accessibility statement, advertise, advertise with us, careers, help,
  sitemap, site map, corrections, the thomson reuters trust principles, do not sell my info,
  do not sell my information, do not sell my personal information,
  do not sell or share my personal information, ad choices, adchoices, your privacy choices,
  news releases, internships, feedback, rss, archive,
  work with us, press office, impressum, datenschutz, datenschutzerklärung, kontakt, agb,
  barrierefreiheit, mentions légales, politique de confidentialité, aviso legal, privacidad`
    .split(',')
    .map((s) => s.trim()),
);

/** Buttons that sit in a menu row with the sections. */
const MENU_WORDS: ReadonlySet<string> = new Set(
  'home search subscribe menu login register account more showbiz celebrity femail shopping deals puzzles tv radio'.split(
    ' ',
  ),
);

/**
 * Three words or more, all sections or menu buttons but one at most. Read a word at a time up to the
 * second stray word: most lines asked are headlines, settled by their first two words.
 */
function isMenuRow(lower: string): boolean {
  let words = 0;
  let stray = 0;
  for (let from = 0; from <= lower.length; words++) {
    const space = lower.indexOf(' ', from);
    const to = space < 0 ? lower.length : space;
    const word = lower.slice(from, to);
    if (!SECTIONS.has(word) && !MENU_WORDS.has(word) && ++stray > 1) return false;
    from = to + 1;
  }
  return words - stray >= 3;
}

function isSectionName(lower: string): boolean {
  return SECTIONS.has(lower);
}

// The patterns of the rules every line meets (those filed under any opening) are made here, once:
// a pattern written in a rule's test is a new RegExp object each time the line is tried.
/** The bars and bullets between the entries of a menu row, and a row split at them. */
const MENU_BAR = /[|•·/]/;
const MENU_BAR_JOIN = /\s*[|•·/]\s*/;
/** What joins the parts of a breadcrumb trail: `Home › Business`, `Home / Politics`. */
const BREADCRUMB_MARK = /[›»>]| \/ /;
const BREADCRUMB_JOIN = /\s*[›»>]\s*|\s+\/\s+/;
/** How a page's foot opens: `Copyright …`, `Powered by …`, `Our standards`, `Learn how we …`. */
const FOOTER_OPENING =
  /^(?:copyright\b|(?:proudly )?powered by\b|our standards\b|(?:find out|read about|learn) (?:more )?(?:about )?(?:how we|our approach)\b)/;
/** A form's field label: `Email *`. */
const FORM_FIELD = /^[\p{L} ]{2,25}\s?\*$/u;

/** The words share buttons print around a network's name: `Share Article via Facebook`, `Share on X`. */
const BUTTON_WORDS = new Set(['share', 'this', 'article', 'story', 'via', 'on']);

/**
 * One quote: a symbol or index in capitals (`AAPL`, `S&P 500`, `US 10-YR`) or none, a price or
 * none, and a signed move with its per cent (`+1.2%`, `▲0.3%`, `+2.71 (+1.20%)`).
 */
const MARKET_QUOTE =
  /^(?:[A-Z][A-Z0-9&./-]{0,9}(?: [A-Z0-9&./-]{1,9}){0,2} )?(?:[\d,]+(?:\.\d+)? )?(?:[-+▲▼][\d,.]+ )?\(?[-+▲▼][\d,.]+%\)?$/;
const QUOTE_JOIN = / [|·•] /;

export const LINE_RULES: LineRule[] = [
  {
    id: 'skip-link',
    opens: ['skip', 'jump'],
    maxWords: 8,
    reason: 'nav',
    why: 'Accessibility links at the top of every page.',
    test: (line, lower) =>
      /^(?:(?:skip|jump) to (?:the )?(?:main |primary )?(?:content|navigation|search|menu|footer|article|site index)|skip links?$)/.test(
        lower,
      ),
    examples: [
      'Skip to main content',
      'Skip to content',
      'Jump to navigation',
      'Skip to site index',
      'Skip links',
    ],
    counterExamples: ['Skip to the end: the council voted against the plan.'],
  },
  {
    id: 'site-chrome',
    maxWords: 12,
    reason: 'nav',
    why: 'Buttons and links of the site itself, never copy.',
    ...oneOf(
      'home',
      'menu',
      'search',
      'sign in',
      'log in',
      'login',
      'register',
      'close',
      'open menu',
      'close menu',
      'toggle navigation',
      'back to top',
      'main menu',
      'more',
      'sections',
      'all sections',
      'navigation',
      'account',
      'my account',
      'settings',
      'accessibility help',
      'watch live',
      'edition',
      'change edition',
      'english',
      'العربية',
      'français',
      'español',
      'deutsch',
      'menu close',
      'search menu',
      'show more',
      'load more',
      'see all',
      'view all',
      'the latest',
      'breaking news',
      'go to',
      'continue',
      'continue reading',
      'navigation menu',
      'primary menu',
      'no thanks',
      'maybe later',
      'dismiss',
      'learn more',
      'read full article',
      'الرئيسية',
    ),
    examples: ['Home', 'Menu', 'Sign in', 'Back to top', 'Show more'],
    counterExamples: ['Home truths about the housing market'],
  },
  {
    id: 'section-name',
    opens: 'any',
    maxWords: 12,
    reason: 'nav',
    why: 'A section name alone, or a row of them: a menu, or the label above a headline.',
    test: (line, lower) => {
      if (endsSentence(line)) return false;
      if (isSectionName(lower)) return true;
      const parts = MENU_BAR.test(lower) ? lower.split(MENU_BAR_JOIN).filter(Boolean) : [lower];
      if (parts.length >= 2 && parts.every(isSectionName)) return true;
      // A row of short entries between bars is a menu, whatever its sections are called: four or
      // more, or three names each opening with a capital (`Order Reprints | Today's Paper |
      // Subscribe`; a list in one, `Tagged film, banking`, is the post's tags).
      if (
        parts.length >= 3 &&
        line.includes('|') &&
        parts.every((p) => wordCount(p, 4) <= 3) &&
        (parts.length >= 4 ||
          (!line.includes(',') && line.split(MENU_BAR_JOIN).every((p) => /^\p{Lu}/u.test(p))))
      )
        return true;
      if (parts.length >= 2) return false;
      // A menu pasted as one line: `Home News Sport Business Culture Subscribe`, nearly every word a
      // section or a button of the site.
      return isMenuRow(lower);
    },
    examples: [
      'Business',
      'Middle East',
      'News Sport Business Culture',
      'World | Business | Tech',
      'Home News Showbiz Sport Money Subscribe',
      'Order Reprints | Today’s Paper | Subscribe',
    ],
    counterExamples: [
      'Business leaders warn of a slowdown',
      'Sport stars back charity',
      'Ceasefire holds | Aid trucks enter Gaza | Talks resume',
      'Rates | inflation | jobs',
    ],
  },
  {
    id: 'kicker',
    maxWords: 12,
    reason: 'nav',
    why: 'A label the page sets above or beside a headline: BREAKING, EXCLUSIVE, LIVE.',
    ...oneOf(
      'breaking',
      'breaking news',
      'exclusive',
      'live',
      'live updates',
      'updated',
      'developing',
      'developing story',
      'just in',
      'watch',
      'explainer',
      'analysis',
      'opinion',
      'comment',
      'feature',
      'interview',
      'video',
      'new',
      'premium',
      'subscriber only',
      'subscribers only',
      'paywall',
    ),
    examples: ['BREAKING', 'Exclusive', 'Live updates'],
    counterExamples: ['Breaking the deadlock in Brussels'],
  },
  {
    id: 'breadcrumb',
    opens: 'any',
    maxWords: 14,
    reason: 'nav',
    why: 'The trail of sections above a headline: short parts joined by › » > or /.',
    test: (line) => {
      if (endsSentence(line) || !BREADCRUMB_MARK.test(line)) return false;
      const parts = line.split(BREADCRUMB_JOIN);
      return parts.length >= 2 && parts.every((p) => p.length > 0 && wordCount(p) <= 4);
    },
    examples: ['Home › Business', 'News > World > Middle East', 'Home / Politics'],
    counterExamples: ['Profits > forecasts for the third year running, the firm said.'],
  },
  {
    id: 'reading-aid',
    opens: [
      'listen',
      'this',
      'play',
      'reading',
      'est',
      'estimated',
      'text',
      'font',
      'print',
      'audio',
      'pause',
      '#',
    ],
    // `Listen to this story. Enjoy more audio and podcasts on iOS or Android.`: an audio player's
    // line runs a little longer than a label.
    maxWords: 16,
    reason: 'nav',
    why: 'Audio players and reading times offered above the copy.',
    test: (line, lower) =>
      /^(?:listen to (?:this|the) (?:article|story)\b.*|this (?:article|story) is more than \d+ (?:years?|months?) old|listen(?: to (?:this|the) (?:article|story))?(?:\s*[·|(-]?\s*\d+(?:[:.]\d+)?\s*(?:min(?:ute)?s?)?\)?)?|play (?:audio|video|podcast)|\d+\s*min(?:ute)?s?\s*(?:read|listen)|(?:est(?:imated)?\.?\s+)?reading time:?.*|listen \d+ min|(?:text|font) size(?::?(?:\s*a[-+−]?)+)?|print(?: this)?(?: article| page)?|audio|play|pause|\d+:\d+)$/.test(
        lower,
      ),
    examples: [
      'Listen to this article',
      '5 min read',
      'Listen · 5 min',
      'Text size',
      '3:41',
      'Listen · 6:12 min',
      'Listen (4 min)',
      'Play audio',
      'Listen to this story. Enjoy more audio and podcasts on iOS or Android.',
      'Est. reading time: 14 minutes',
      'Font Size: A- A+',
    ],
    counterExamples: ['Listen to the people, the mayor said.'],
  },
  {
    id: 'video-card',
    opens: ['video', 'watch', 'play', 'now'],
    maxWords: 4,
    reason: 'nav',
    why: 'A video player set into the page: its label and running time (the title under it is placed by context).',
    test: (_line, lower) =>
      /^(?:(?:video|watch|play(?: video)?)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?|watch now|now playing)$/.test(
        lower,
      ),
    examples: ['VIDEO 02:31', 'VIDEO02:31', 'Watch 3:05', 'WATCH NOW', 'Now Playing'],
    counterExamples: ['Watch now as the storm arrives', 'Video 2024 awards'],
  },
  {
    id: 'delayed-data',
    opens: 'any',
    maxWords: 20,
    reason: 'nav',
    why: 'The notice under market quotes that they run late: `Market data delayed 15 minutes`.',
    test: (_line, lower) =>
      lower.includes('delayed') &&
      /^\W*(?:market )?(?:data|quotes?|prices?)(?: (?:is|are))? delayed (?:by |at least |up to )?\d+ ?min/.test(
        lower,
      ),
    examples: [
      'Market data delayed 15 minutes',
      '*Data is delayed at least 15 minutes. Quotes powered by a third-party provider.',
      'Quotes delayed by 20 minutes',
    ],
    counterExamples: ['Prices delayed the recovery, the minister said.', 'Data delayed'],
  },
  {
    id: 'market-quote',
    opens: 'any',
    maxWords: 24,
    reason: 'nav',
    why: 'Market quotes on business pages: a symbol or an index, its price and its move (AAPL +1.2%), alone or in a strip.',
    test: (line) => {
      // Every quote ends on its move in per cent: most lines are settled by their last character.
      const last = line.charCodeAt(line.length - 1);
      if (last !== 37 /* % */ && last !== 41 /* ) */) return false;
      return line.split(QUOTE_JOIN).every((part) => MARKET_QUOTE.test(part));
    },
    examples: [
      'AAPL +1.2%',
      'TSLA -4.59%',
      'S&P 500 5,916.98 -0.13%',
      '642.52 +3.77%',
      '+2.71 (+1.20%)',
      'DOW 43,408.47 +0.32% | NASDAQ 18,987.47 +0.11%',
      'BTC/USD 94,120.50 ▲2.10%',
    ],
    counterExamples: ['Inflation rose to 3.2%', 'GDP grew 0.3%', 'Turnout was 64%', '(up 5%)'],
  },
  {
    id: 'cookie-banner',
    opens: 'any',
    maxWords: 60,
    reason: 'nav',
    why: 'Consent banners about cookies and personal data, however politely worded.',
    test: (line, lower, words) =>
      COOKIE_BUTTONS.has(lower) ||
      CONSENT.test(lower) ||
      (lower.includes('cookie') &&
        /\bcookies?\b/.test(lower) &&
        ((words <= 6 && !endsSentence(line)) ||
          /\b(?:we use|uses|accept|consent|policy|settings|preferences|agree|manage|verwenden|nutzen|utilisons|utilise|usamos|utilizamos|utilizziamo)\b/.test(
            lower,
          ))),
    examples: [
      'We use cookies to improve your experience. By continuing, you agree to our cookie policy.',
      'Accept all cookies',
      'Manage preferences',
      'Cookies on this site',
      'Your privacy matters to us. We and our partners store and access information on your device.',
      'We value your privacy',
      'We and our partners use technologies such as cookies to store information on your device.',
      'We and our 143 partners store and access personal data, like browsing data.',
      'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.',
      'Alle akzeptieren',
    ],
    counterExamples: [
      'The bakery sold 2,000 cookies on Saturday, its owner said.',
      'Privacy campaigners said your privacy matters less to the firm than its profits.',
      'We and our partners will build the bridge by 2026, the minister said.',
    ],
  },
  {
    id: 'share-bar',
    opens: [
      ...SHARE_TARGETS,
      'share',
      'copied',
      'save',
      'saved',
      'comments',
      'comment',
      'leave',
      'post',
      'view',
      'show',
      'join',
      'like',
      'loading',
      'gift',
      'follow',
      'following',
      'bookmark',
      'add',
      'give',
      'teilen',
      'partager',
      'compartir',
      'condividi',
      '#',
    ],
    maxWords: 24,
    reason: 'share',
    why: 'Share, save and comment buttons, or a row of social networks.',
    test: (line, lower) => {
      if (
        /^(?:share(?: this)?(?: article| story| page| post)?(?: on \w+)?|copy link(?: copied)?|link copied|copied|save(?: article| story)?|saved|comments?|\d[\d,.]* comments?|teilen|partager|compartir|condividi|leave a (?:comment|reply)|view comments|post a comment|show comments|join the conversation|like this|like|loading\.*|share via|share full article|(?:gift|give) (?:this )?article|add to (?:saved|my) (?:stories|articles|list)|save (?:for|to read) later|follow|following|bookmark)$/.test(
          lower,
        )
      )
        return true;
      // One network alone on its line is one button of the bar.
      if (SHARE_TARGETS.has(lower) && lower !== 'line' && lower !== 'copy' && lower !== 'link')
        return true;
      const tokens = lower
        .replace(/^share(?: this)?(?: on)?:?\s*/, '')
        .split(/[\s,|•·]+/)
        .filter(Boolean);
      if (tokens.length >= 2 && tokens.every((t) => SHARE_TARGETS.has(t))) return true;
      // Each button's own label run on (`Share Article via Facebook Share Article via X`): the
      // networks with nothing between them but the buttons' words.
      return (
        tokens.some((t) => SHARE_TARGETS.has(t)) &&
        tokens.every((t) => SHARE_TARGETS.has(t) || BUTTON_WORDS.has(t))
      );
    },
    examples: [
      'Share',
      'Copy Link copied',
      'Facebook Twitter WhatsApp Email',
      'Share this: Facebook X',
      '12 Comments',
      'Like this:',
      'Give this article',
      'Add to saved stories',
      'Save for later',
      '1,234 comments',
      'Teilen',
      'Share Article via Facebook',
      'Share Share Article via Facebook Share Article via Twitter Share Article via LinkedIn',
    ],
    counterExamples: [
      'Share prices fell sharply on Monday.',
      'Share this story with Facebook friends',
      'Facebook fined over data breach',
      'Add to the list of winners the youngest player',
    ],
  },
  {
    id: 'ad-label',
    maxWords: 12,
    reason: 'ad',
    why: 'Advertising slots and the labels around them.',
    ...oneOf(
      'advertisement',
      'advertisements',
      'advert',
      'ad',
      'ads',
      'sponsored',
      'sponsored content',
      'promoted',
      'promoted content',
      'paid post',
      'paid content',
      'partner content',
      'scroll to continue',
      'scroll to continue with content',
      'scroll down to continue',
      'story continues below',
      'story continues below advertisement',
      'story continues below this ad',
      'article continues below advertisement',
      'article continues below',
      'article continues below this ad',
      'article continues after advertisement',
      'continue reading below',
      'continue reading the main story',
      'content continues below',
      'ad feedback',
      'report this ad',
      'advertising',
      'skip advertisement',
      'skip ad',
      'إعلان',
      // The same labels on European sites' English editions.
      'anzeige',
      'werbung',
      'publicité',
      'publicidad',
      'pubblicità',
    ),
    examples: [
      'Advertisement',
      'Scroll to continue',
      'Story continues below advertisement',
      'Sponsored',
      'Advertisement · Scroll to continue',
      'Advertisement - scroll to continue',
      'ANZEIGE',
    ],
    counterExamples: ['Advertisement spending rose by a tenth last year.'],
  },
  {
    id: 'promo',
    opens: [
      'sign',
      'sign-up',
      'subscribe',
      'get',
      'download',
      'follow',
      'join',
      'don’t',
      "don't",
      'never',
      'stay',
      'want',
      'support',
      'already',
      'become',
      'click',
      'tap',
      'try',
      'read',
      'enjoying',
      'like',
      'enter',
      'your',
      'enable',
      'turn',
      'newsletter',
      'free',
      'the',
      'you',
      'you’ve',
      "you've",
    ],
    maxWords: 45,
    reason: 'promo',
    why: 'Calls to sign up, subscribe, download the app or follow the site, and paywall meters.',
    test: (line, lower) =>
      /^(?:sign up|sign-up|subscribe|get (?:our|the|breaking|free|unlimited)|download (?:the|our)|follow (?:us|our)|join (?:us|our)|don['’]t miss|never miss|stay (?:informed|up to date|updated|in the know)|want (?:more|to get|the latest)|support (?:our|independent|quality)|already a (?:subscriber|member)|become a (?:member|subscriber|supporter)|click here|tap here|enjoying this|like this story|try (?:it )?free|read (?:the|our) (?:latest|full) (?:newsletter|edition)|get alerts|enter your email|your email address|enable notifications|turn on notifications|newsletter\b|free newsletter|the (?:morning|evening|daily|weekly) (?:briefing|newsletter)|you have (?:\d+|one|two|three) free (?:articles?|stories|reads?) (?:left|remaining)|you['’]ve read (?:\d+|all) (?:of (?:\d+|your) )?free (?:articles?|stories))\b/.test(
        lower,
      ),
    examples: [
      'Sign up for our daily newsletter to get the news in your inbox.',
      'Download the app',
      'Follow us on Telegram',
      'Get breaking news alerts',
      'You have 2 free articles left this month.',
      'You’ve read 3 of 5 free articles this month.',
    ],
    counterExamples: [
      'Subscribers to the service rose by a third, the company said.',
      'You have two free hours left, the coach told the players.',
    ],
  },
  {
    id: 'related-label',
    opens: [
      'related',
      'more',
      'most',
      'suggested',
      'list',
      'you',
      'may',
      'might',
      'recommended',
      'top',
      'latest',
      "editor's",
      'editor’s',
      "editors'",
      'editors’',
      'editors',
      'trending',
      'tags',
      'topics',
      'explore',
      'see',
      'further',
      'what',
      'read',
      'up',
      'popular',
      'in',
      'categories',
      'filed',
      'around',
      'from',
      'elsewhere',
      'also',
      'must',
      'mehr',
      'meistgelesen',
      'à',
      'lire',
      'le',
      'lo',
      'più',
      "don't",
      'don’t',
    ],
    maxWords: 8,
    reason: 'related',
    why: 'The heading of a list of other stories or of tags.',
    test: (line, lower) =>
      /^(?:related(?: stories| articles| topics| content| coverage| links| news| reading)?|more on this (?:story|topic)|more (?:stories|news|coverage)|more from [\p{L}\s.'’&-]+|more in [\p{L}\s.'’&-]+|most (?:read|viewed|popular|shared|watched|commented)(?: [\p{L}\s]+)?|more about(?: [\p{L}\s]+)?|suggested (?:topics|stories|reading|articles|for you)|list of \d+ items?|(?:you )?(?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading)?|top stories|latest (?:news|stories|headlines|videos)|editor['’]?s['’]? (?:picks|choice)|trending(?: now| stories)?|tags|topics|explore more on these topics|see also|further reading|what to read next|read next|up next|popular now|in other news|categories|filed under|around the (?:web|site|bbc)|from our partners|elsewhere on [\p{L}\s.]+|more headlines|also in [\p{L}\s]+|related topics|must read|don['’]t miss|mehr zum thema|meistgelesen|(?:à )?lire aussi|le plus lu|lo más leído|più letti)$/u.test(
        lower,
      ),
    examples: [
      'Related',
      'Most read',
      'More on this story',
      'Related Topics',
      'Tags:',
      'You may also like',
      'Mehr zum Thema',
      'Meistgelesen',
    ],
    counterExamples: ['Related charges were dropped on Tuesday.'],
  },
  {
    id: 'inline-related',
    opens: [
      'read',
      'related',
      'see',
      'more',
      'watch',
      'listen',
      'recommended',
      'background',
      'explainer',
      'opinion',
      'analysis',
      'live',
      'video',
      'in',
      'also',
    ],
    maxWords: 30,
    reason: 'related',
    why: 'A link to another story set in the copy: `Read more: headline`.',
    test: (line, lower) => {
      const m =
        /^(?:read more|read also|also read|related|see also|also|more|read|watch|listen|recommended|background|explainer|opinion|analysis|live|video|in pictures)\s*[:|–—»›]\s*/.exec(
          lower,
        );
      // What follows is another story's headline: a capital, and no full stop at the end.
      const rest = m ? line.slice(m[0].length) : '';
      return /^["'“‘]?[\p{Lu}\d]/u.test(rest) && !/\.$/.test(rest);
    },
    examples: [
      'Read more: Bank raises rates again',
      'READ MORE: Storm closes ports',
      'Related: Talks stall',
      'ALSO: Council backs bus lanes',
    ],
    counterExamples: ['Read: the council said it would appeal.'],
  },
  {
    id: 'list-marker',
    opens: ['list', 'end', 'in'],
    maxWords: 12,
    reason: 'related',
    why: "Screen-reader markers around a list of other stories set in the copy, and a post's category.",
    test: (_line, lower) => /^(?:list \d+ of \d+|end of list|in ["“][^"”]{1,40}["”])$/.test(lower),
    examples: ['list 2 of 4', 'end of list', 'In "News"'],
    counterExamples: ['In the end, the list was long.'],
  },
  {
    id: 'tags-line',
    opens: [
      'tags',
      'topics',
      'categories',
      'keywords',
      'subjects',
      'filed',
      'posted',
      'see',
      'more',
    ],
    maxWords: 40,
    reason: 'related',
    why: 'Tags and categories listed after the copy.',
    test: (line, lower) =>
      /^(?:(?:tags|topics|categories|keywords|subjects|(?:see )?more (?:on|about))\s*:|filed under:?|posted in:?)\s*\S/.test(
        lower,
      ),
    examples: [
      'Tags: Iran, Israel, Gaza',
      'Posted in World News',
      'Categories: Local',
      'See more on: Paris, Climate',
      'More about: Elections',
    ],
    counterExamples: ['Topics for the summit include trade and climate.'],
  },
  {
    id: 'gallery',
    opens: [
      '#',
      '',
      'image',
      'photo',
      'picture',
      'slide',
      'gallery',
      'photograph',
      'read',
      'license',
      'buy',
      'purchase',
      'view',
      'open',
      'enlarge',
      'expand',
      'full',
      'fullscreen',
      'enter',
      'exit',
      'see',
      'previous',
      'next',
      'hide',
      'toggle',
      'show',
      'caption',
    ],
    maxWords: 8,
    reason: 'gallery',
    why: 'Gallery counters and image buttons around pictures.',
    test: (line, lower) =>
      /^(?:\d{1,3}\s*(?:of|\/)\s*\d{1,3}|(?:image|photo|picture|slide|gallery|photograph)\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}|read more|license this (?:image|photo)|buy (?:this )?(?:image|photo|print)|(?:purchase|buy) (?:image|photo|licensing|reprint) rights|view (?:gallery|images|photos|slideshow)|open (?:gallery|image)(?: in (?:full ?screen|a new (?:tab|window)))?|(?:view (?:image |photo )?in |enter |exit )?full ?screen|enlarge(?: this image| image)?|expand(?: image)?|see all (?:photos|images)|\d+ (?:photos|images|pictures)|view \d+ (?:photos|images)|\(\d+ (?:photos|images)\)|(?:previous|next) (?:image|photo|slide)|hide caption|toggle caption|show caption|caption|image|photo|picture|photograph)$/.test(
        lower,
      ),
    examples: [
      '1 of 5',
      'Image 2/4',
      'Read More',
      'View gallery',
      '12 photos',
      'Open image in fullscreen',
      'Expand image',
      'Full screen',
      'Exit fullscreen',
    ],
    counterExamples: [
      '1 of 5 adults are now vaccinated, officials said.',
      'Open image files with care',
    ],
  },
  {
    id: 'separator',
    opens: [''],
    maxWords: 12,
    reason: 'separator',
    why: 'A rule between stories or sections: dashes, stars, equals signs, dingbats, or a lone hash or star.',
    // Magazines break long pieces with a dingbat or two: `◆`, `⁂`, `◆ ◆ ◆`.
    test: (line) =>
      (line.length >= 3 || /^[#*+~◆◇♦■□●○⁂※❖]$/.test(line)) &&
      /^[\s\-–—=_*~•·#+.◆◇♦■□●○⁂※❖]+$/.test(line) &&
      /[-–—=_*~•·#+◆◇♦■□●○⁂※❖]/.test(line),
    examples: ['----', '* * *', '====', '___', '#', '*', '◆', '⁂', '◆ ◆ ◆'],
    counterExamples: ['- 5 degrees'],
  },
  {
    id: 'link-line',
    opens: 'any',
    maxWords: 14,
    reason: 'promo',
    why: 'A line that only points elsewhere: a label, then an address (`More sports: https://…`).',
    test: (line) =>
      (line.includes('http') || line.includes('www.')) &&
      /^(?:[^:]{1,60}:\s*|.{1,80}\s(?:at|on|here|via)\s+)(?:https?:\/\/|www\.)\S+$/i.test(line),
    examples: [
      'More AP sports: https://apnews.com/sports',
      'Pictures of the day: https://example.com/gallery',
      'Full coverage of the storm at www.example.org/storm',
    ],
    counterExamples: [
      'The report is at www.example.org/report and runs to 200 pages.',
      'Prices rose: see https://example.com/data for the figures.',
    ],
  },
  {
    id: 'wire-slug',
    opens: 'any',
    maxWords: 2,
    reason: 'nav',
    why: "A wire story's slug, its keyword line (`BC-EU-Ferry-Strike`): the desk's label, not copy.",
    // One token of three or more hyphened parts (two when it opens with a wire's code), perhaps a
    // word count or a version after a comma.
    test: (line) =>
      !line.includes(' ') &&
      line.includes('-') &&
      /^(?:\p{Lu}{2,4}-[\p{L}\d]+|[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+)(?:-[\p{L}\d]+)*(?:,\d{1,4})?$/u.test(
        line,
      ) &&
      /\p{Lu}/u.test(line),
    examples: ['BC-EU-Ferry-Strike', 'Spain-Olive-Oil', 'BC-Weather', 'AP-Sports-Marathon,0456'],
    counterExamples: ['Well-being', 'Follow-up', 'well-to-do-people', 'Harbour bridge reopens'],
  },
  {
    id: 'address',
    opens: ['https', 'http', 'www'],
    maxWords: 12,
    reason: 'page-title',
    why: "A page's address pasted with its copy.",
    test: (line) => /^(?:https?:\/\/|www\.)\S+$/i.test(line),
    examples: ['https://www.example.com/news/world-12345', 'www.example.org/story'],
    counterExamples: ['The site www.example.com went down on Monday.'],
  },
  {
    id: 'footer',
    opens: 'any',
    maxWords: 25,
    reason: 'footer',
    why: 'Copyright, legal and contact links at the foot of a page.',
    test: (line, lower) =>
      FOOTER_LINKS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) ||
      lower.startsWith('©') ||
      lower.startsWith('(c)') ||
      lower.includes('all rights reserved') ||
      FOOTER_OPENING.test(lower),
    examples: [
      '© 2024 The Example Times',
      'All rights reserved.',
      'Privacy Policy',
      'Contact us',
      'Powered by PressKit | Theme: Newsline',
      'Impressum',
      'Do Not Sell or Share My Personal Information',
      'Ad Choices',
    ],
    counterExamples: ['Copyrighted music was played at the rally, organisers said.'],
  },
  {
    id: 'language-link',
    opens: ['leer', 'lire', 'auf', 'read', 'lesen', 'اقرأ'],
    maxWords: 4,
    reason: 'nav',
    why: 'Links to the page in another language: `Leer en español`, `Read in Arabic`.',
    test: (line, lower) =>
      /^(?:leer en|lire en|auf deutsch|read (?:this )?in|lesen auf|اقرأ) ?\S*/.test(lower) &&
      !endsSentence(line),
    examples: ['Leer en español', 'Read in Arabic', 'Lire en français'],
    counterExamples: ['Read in full, the report is damning.'],
  },
  {
    id: 'form-field',
    opens: 'any',
    maxWords: 12,
    reason: 'promo',
    why: 'The fields of a sign-up or comment form: `Email *`, `Name *`.',
    test: (line) => line.endsWith('*') && FORM_FIELD.test(line),
    examples: ['Email *', 'Name *', 'Full name *'],
    counterExamples: ['A * B'],
  },
  {
    id: 'source-line',
    opens: ['source', 'sources'],
    maxWords: 12,
    reason: 'boilerplate',
    why: "Where the page's copy came from, set after it: `Source: Al Example and news agencies`.",
    test: (line, lower) => /^sources?:\s+\S/.test(lower) && !endsSentence(line),
    examples: ['Source: The Example Times and news agencies', 'Source: News agencies'],
    counterExamples: ['Sources: the minister will resign, aides say it is over.'],
  },
  {
    id: 'print-edition',
    opens: ['a', 'this'],
    maxWords: 60,
    reason: 'boilerplate',
    why: 'The note of where the story ran in print, set after the copy by papers and magazines.',
    test: (_line, lower) =>
      /^(?:a version of )?this (?:article|story|essay|review) (?:appears|appeared|will appear) in (?:print|the\b.{0,60}\b(?:edition|issue))/.test(
        lower,
      ),
    examples: [
      'A version of this article appears in print on Nov. 21, 2024, Section A, Page 8 of the New York edition with the headline: Talks Stall.',
      'This article appears in the December 2024 print edition with the headline “Talks Stall.”',
      'This story appeared in the spring issue.',
    ],
    counterExamples: ['This article appears to have been written before the vote.'],
  },
  {
    id: 'affiliate-note',
    opens: ['when', 'we', 'if', 'this', 'our'],
    maxWords: 40,
    reason: 'boilerplate',
    why: 'The disclosure that links on the page earn the site a commission.',
    test: (_line, lower) =>
      /\b(?:we|site) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|affiliate commission)\b/.test(
        lower,
      ),
    examples: [
      'When you buy a book using a link on this page, we receive a commission.',
      'We may earn a commission when you buy through links on our site.',
    ],
    counterExamples: ['Agents said they would earn a commission on every sale, the court heard.'],
  },
  {
    id: 'prev-next',
    opens: ['', 'previous', 'next', 'prev', 'older', 'newer'],
    maxWords: 25,
    reason: 'nav',
    why: 'Links to the previous and next post of a blog or CMS.',
    test: (line, lower) =>
      /^(?:[«‹←]\s*)?(?:previous|next|prev|older|newer)(?: post| article| story| entry)?\s*(?:[:»›→]|$)/.test(
        lower,
      ),
    examples: ['Previous Post', 'Next article: Storm closes ports', '« Previous'],
    counterExamples: ['Next year the council will review the plan.'],
  },
];

/**
 * What a line of more than twelve words must hold for one of the rules that take long lines (a
 * cookie notice, a promotion, tags, a link set in the copy, a footer, a trail of sections) to match.
 */
const LONG_RULE_HINT =
  /cookie|appear|commission|article via|share on|share via|newsletter|subscri|sign[ -]?up|download|follow|join|miss|stay|want|support|member|click|tap|try|enjoying|like this|alerts|notifications|email|tags|topics|categor|keywords|subjects|filed|posted|read|watch|listen|related|see also|more|recommended|background|explainer|opinion|analysis|live|video|pictures|©|\(c\)|copyright|rights reserved|powered by|find out|learn|terms|privacy|partners|contact|about|previous|next|prev|older|newer|[›»>]|\s\/\s/i;

/** The first rule a line matches, or null. */
export function lineFurniture(line: string): LineRule | null {
  // Every rule wants a short line (the longest, a cookie notice, sixty words): copy is skipped whole.
  if (line.length > 400) return null;
  const words = wordCount(line, 61);
  if (words > 60 || (words > 12 && !LONG_RULE_HINT.test(line))) return null;
  let lower = line.toLowerCase();
  // Only a line ending in a colon or a space has anything to trim (cleaned lines end in neither).
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 58 || last <= 32 || last > 127) lower = lower.replace(/[\s:]+$/, '');
  for (const rule of rulesFor(lower))
    if (words <= rule.maxWords && rule.test(line, lower, words)) return rule;
  return null;
}

/** The rules filed under each opening, in the table's order, with the rules that take any opening. */
const BY_OPENING = new Map<string, LineRule[]>();
const ANY_OPENING = LINE_RULES.filter((rule) => rule.opens === 'any');
for (const rule of LINE_RULES) {
  if (rule.opens === 'any') continue;
  for (const opening of rule.opens) if (!BY_OPENING.has(opening)) BY_OPENING.set(opening, []);
}
for (const [opening, rules] of BY_OPENING)
  rules.push(...LINE_RULES.filter((r) => r.opens === 'any' || r.opens.includes(opening)));

/** The rules that could match a line, lower-cased. */
export function rulesFor(lower: string): readonly LineRule[] {
  return BY_OPENING.get(openingOf(lower)) ?? ANY_OPENING;
}

export { isSectionName };
