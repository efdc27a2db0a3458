// Word pools for the web-page dumps: made-up people, invented site names and furniture wording
// written for these tests (no real site's text), so the engine cannot learn one site's phrasing.

import { pick } from '../dumps';

/** A pool written as `a|b|c` over lines: compact, and prettier leaves it alone. */
const list = (text: string) =>
  text
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export const FIRST = list(`
  Amira|Daniel|Sofia|Karim|Helen|Marek|Leila|Tomas|Grace|Yusuf|Ingrid|Rafael|Nadia|Oliver|Hana|
  Pieter|Lucia|Omar|Freya|Samir|Claire|Mateo|Rania|Jonas|Elena|Tariq|Maeve|Idris|Paula|Kenji|
  Zainab|Felix|Dalia|Hugo|Noor|Anton|Esther|Bilal|Ruth|Nikos
`);
export const LAST = list(`
  Haddad|Marlow|Okafor|Lindqvist|Benali|Carrow|Varga|Petrakis|Osei|Fairbairn|Nasser|Quintero|
  Holm|Achterberg|Salloum|Brennan|Kowalczyk|Mansour|Delacroix|Wardley|Rahimi|Ekholm|Castell|
  Abboud|Thorne|Moreau|Khalil|Dunmore|Sato|Valente|Harcourt|Yilmazer|Ferreira|Odum|Bakker|
  Tannous|Gilroy|Amrani|Steen|Coelho
`);

export const name = (random: () => number) => `${pick(random, FIRST)} ${pick(random, LAST)}`;

/** Names joined as bylines print them: `A`, `A and B`, `A, B and C`. */
export function names(random: () => number, max = 3, upper = false): string {
  const n = 1 + Math.floor(random() * random() * max);
  const all = Array.from({ length: n }, () => name(random)).map((s) =>
    upper ? s.toUpperCase() : s,
  );
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** City and country, as datelines and captions print them. */
export const CITIES = list(`
  London/England|Beirut/Lebanon|Cairo/Egypt|Baghdad/Iraq|Paris/France|Berlin/Germany|
  Kyiv/Ukraine|Jerusalem/Israel|Amman/Jordan|Dubai/United Arab Emirates|Riyadh/Saudi Arabia|
  Istanbul/Turkey|Brussels/Belgium|Madrid/Spain|Rome/Italy|Athens/Greece|Warsaw/Poland|
  Geneva/Switzerland|Nairobi/Kenya|Lagos/Nigeria|Tokyo/Japan|Seoul/South Korea|
  Sydney/Australia|Toronto/Canada|Washington/United States|Chicago/United States|
  Damascus/Syria|Doha/Qatar|Tunis/Tunisia|Rabat/Morocco|Lisbon/Portugal|Dublin/Ireland|
  Manchester/England|Vienna/Austria
`).map((s) => s.split('/') as [string, string]);

export const ROLES = list(`
  Business reporter|Middle East correspondent|Technology editor|Political correspondent|
  Economics correspondent|Health reporter|Senior reporter|Culture reporter|
  Environment correspondent|Chief international correspondent|Sports reporter|Media editor|
  Security correspondent|Staff Writer|Contributing writer
`);

export const SECTIONS = list(`
  World|UK|US|Politics|Business|Markets|Tech|Technology|Science|Health|Sport|Sports|
  Entertainment|Culture|Lifestyle|Travel|Opinion|Weather|Video|Audio|Podcasts|Climate|
  Education|Money|Arts|Books|Food|Fact Check|Photography|Investigations|Europe|Africa|Asia|
  Middle East|Economy|Energy|Local|Obituaries|Crime|Environment
`);

/** Arabic section words as English pages of Middle East sites show them in their navigation. */
export const ARABIC_SECTIONS = list(`
  الرئيسية|أخبار|سياسة|اقتصاد|رياضة|ثقافة|رأي|العالم|الشرق الأوسط|تكنولوجيا|منوعات|صحة|فيديو|
  العربية|بحث|اشترك|آخر الأخبار|مقالات
`);

export const TOPICS = list(`
  Middle East|Economy|Energy|Elections|Climate change|Football|Technology|Music|Film|Health|
  Lebanon|Iraq|UK politics|Interest rates|Banking|Oil prices|Television|Internet|Mobile phones|
  Rugby union|Tennis|Courts|Policing|Education|Trade|Labour market|Aviation|Retail|Video games
`);

export const NETWORKS = list(`
  Facebook|X|Twitter|WhatsApp|LinkedIn|Email|Reddit|Pinterest|Telegram|Bluesky|Threads|
  Flipboard|Print|Messenger
`);

export const SHARE = list(`
  Share|Save|Share this article|Share this story|Copy Link copied|Copy link|Link copied|
  Share full article|Click to share|Share via|Email this article|Gift this article|
  Save article|Bookmark|Share on social media|Print this page
`);

export const ADS = list(`
  Advertisement|ADVERTISEMENT|Story continues below advertisement|Scroll to continue|
  Scroll to continue with content|Article continues below this ad|SKIP ADVERTISEMENT|
  Advertisement - scroll to continue|Sponsored|Sponsored content|Continue reading below|AD|
  Promoted content|Ad Feedback
`);

export const PROMOS = list(`
  Sign up for our morning newsletter|Get the {site} app|Download our app for breaking news|
  Subscribe to keep reading|Subscribe for £1 a week|Get our breaking news email|
  Newsletter sign-up|Join our WhatsApp channel|Follow us on Telegram|
  Already a subscriber? Log in|Support independent journalism|Become a member today|
  Try 30 days free|Don't miss a story: turn on alerts|
  Get the latest headlines in your inbox every morning.|
  Enjoying this story? Sign up for the {site} daily briefing.|Start your free trial
`);
export const PROMO_FOLLOW = list(`
  Sign up|Enter your email address|Subscribe|No thanks|Continue
`);

export const LISTEN = list(`
  Listen to this article|Listen|5 min read|3 min read|7 min read|Reading time: 4 minutes|
  Listen (4 min)|Play audio|Listen · 6:12 min|Text size
`);

export const NAV_MISC = list(`
  Menu|Search|Sign in|Log in|Register|Subscribe|My account|Edition: UK|Live TV|Today's paper|
  Newsletters|More|Close|Search news|Open navigation|Close menu|Print edition|Account|
  Watch live|Donate
`);

export const SKIP = list(`
  Skip to main content|Skip to content|Skip to navigation|Jump to main content|
  Skip to main navigation|Accessibility help|Skip to search|Skip links
`);

export const COOKIES = list(`
  We use cookies to improve your experience on our site and to show you relevant advertising.|
  This site uses cookies. By continuing to browse you agree to our use of cookies.|
  Your privacy matters to us. We and our partners store and access information on your device.|
  We value your privacy|Cookies on this site
`);
export const COOKIE_BUTTONS = list(`
  Accept all|Reject all|Manage preferences|Cookie settings|I agree|OK|More options|
  Accept cookies|Necessary cookies only
`);

export const FOOTER = list(`
  About us|Contact us|Terms of use|Terms and conditions|Privacy policy|Cookie policy|
  Accessibility|Advertise with us|Careers|Help|Follow us|Complaints|Site map|Corrections|
  Back to top|Contact the newsroom
`);

export const RELATED_HEADINGS = list(`
  Related|Related stories|Related articles|More on this story|Most read|Most viewed|
  Most popular|Top stories|Latest news|Read next|You may also like|Recommended|Trending|
  Editor's picks|In case you missed it|More stories
`);
export const TAG_HEADINGS = list(`
  Tags|Topics|Related topics|Explore more on these topics|Filed under|Categories|Keywords|
  More about
`);
export const READ_MORE = list(`
  Read more: |READ MORE: |Also read: |Related: |Read also: |SEE ALSO: 
`);

export const SEPARATORS = list(`
  ----|* * *|====|***|________|— — —|#|-----------|+++
`);

/** Subheadings a site might put inside a story; the article's own words make the rest. */
export const SUBHEADS = list(`
  What happened|What's next|Why it matters|Background|The reaction|What we know so far|
  A long road|Mixed reactions|Looking ahead|Key questions|How it works|The numbers|
  What they said|Next steps
`);

export const QUESTIONS = list(`
  What does this mean for consumers?|Why now?|What happens next?|How did we get here?|
  Who is affected?|Is there any precedent for this?|What are critics saying?|
  How long will it take?|What was the response?|Could it happen again?
`);

const ONES = list(`
  Northern|Atlantic|Meridian|Harbour|Valley|Riverside|Lakeshore|Pine County|Crescent|Levant|
  Gulf|Sahara|Capital|Evening|Morning|Coastal|Highland
`);
const TWOS: Record<string, string[]> = {
  broadcaster: [
    'Broadcasting Service',
    'Public Radio',
    'News Channel',
    'Radio Corporation',
    'Television News',
  ],
  newspaper: ['Times', 'Courier', 'Ledger', 'Sentinel', 'Clarion', 'Herald', 'Post'],
  tabloid: ['Flash', 'Splash', 'Star-Express', 'Tattler', 'Spark'],
  mideast: ['Observer', 'Tribune', 'Post', 'Courier', 'News Network', 'Review'],
  regional: ['Gazette', 'Chronicle', 'Dispatch', 'Record', 'Herald', 'Examiner', 'Bugle'],
};

/** An invented site name and its web address. */
export function siteName(
  random: () => number,
  kind: keyof typeof TWOS,
): { name: string; domain: string } {
  const first = pick(random, ONES);
  const second = pick(random, TWOS[kind]!);
  const name =
    kind === 'newspaper' || kind === 'tabloid' ? `The ${first} ${second}` : `${first} ${second}`;
  const slug = `${first}${second}`.toLowerCase().replace(/[^a-z]/g, '');
  return {
    name,
    domain: `www.${slug}${pick(random, ['.com', '.co.uk', '.net', '.org', '.news'])}`,
  };
}

/** Some distinct items of a pool, in the pool's order. */
export function some<T>(random: () => number, pool: readonly T[], min: number, max: number): T[] {
  const n = Math.min(pool.length, min + Math.floor(random() * (max - min + 1)));
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(random() * pool.length));
  return [...chosen].sort((a, b) => a - b).map((i) => pool[i] as T);
}

export const chance = (random: () => number, p: number) => random() < p;
export const int = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
