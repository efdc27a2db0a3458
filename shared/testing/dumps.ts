// Builds scraped-style dumps from clean stories, with the expected split, for tests and the benchmark.
// Layouts vary the way real scrapes do: doubled headlines and captions, logo tokens, wide gaps holding
// spaces, hard wrapping, captions between paragraphs, wire marks such as `(Reuters)` and `BEIRUT (AFP) -`.

export interface CleanCaption {
  text: string;
  credit: string | null;
  dateline: string | null;
}

export interface CleanStory {
  headline: string;
  captions: CleanCaption[];
  body: string[];
}

export interface Layout {
  /** Headline and captions printed twice, as in the seed dump. */
  doubled: boolean;
  /** Each caption line printed twice in a row. */
  doubledCaptions: boolean;
  /** Logo token on its own line after the first caption block, or null. */
  logo: string | null;
  /** Blank lines between stories (2..5); some hold spaces. */
  storyGap: number;
  /** Hard-wrap body paragraphs at this width, or null. */
  wrap: number | null;
  /** Where single captions go: after the headline, or between body paragraphs. */
  captionPlacement: 'header' | 'between';
  /** The picture (captions and logo) printed before the headline, as some sites lay it out. */
  picturesFirst?: boolean;
  eol: '\n' | '\r\n';
}

/** The seed dump's layout. */
export const SEED_LAYOUT: Layout = {
  doubled: true,
  doubledCaptions: true,
  logo: 'TT',
  storyGap: 3,
  wrap: null,
  captionPlacement: 'header',
  eol: '\n',
};

/** Deterministic PRNG (mulberry32): the same seed always builds the same dump. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function captionLine(c: CleanCaption): string {
  return c.credit === null ? c.text : `${c.text} (${c.credit})`;
}

function wrapParagraph(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders one story in the layout: a list of lines, '' for a blank line. */
export function renderStory(story: CleanStory, layout: Layout): string[] {
  const out: string[] = [];
  const captionBlock = (captions: CleanCaption[]) =>
    captions.flatMap((c) =>
      layout.doubledCaptions ? [captionLine(c), captionLine(c)] : [captionLine(c)],
    );
  const header = layout.captionPlacement === 'header' || layout.doubled ? story.captions : [];
  const between = header === story.captions ? [] : story.captions;

  const picture = [...captionBlock(header), ...(layout.logo ? [layout.logo] : [])];
  if (layout.picturesFirst) {
    if (picture.length > 0) out.push(...picture, '');
    out.push(story.headline, '');
  } else {
    out.push(story.headline, '');
    if (picture.length > 0) out.push(...picture, '');
  }
  if (layout.doubled) {
    out.push(story.headline, '');
    if (header.length > 0) out.push(...captionBlock(header), '');
  }
  story.body.forEach((paragraph, i) => {
    out.push(...(layout.wrap ? wrapParagraph(paragraph, layout.wrap) : [paragraph]), '');
    const caption = between[i];
    if (caption && i < story.body.length - 1) out.push(...captionBlock([caption]), '');
  });
  // Captions that did not fit between paragraphs go after the copy.
  const placed = Math.max(0, story.body.length - 1);
  for (const caption of between.slice(placed)) out.push(...captionBlock([caption]), '');
  out.pop();
  return out;
}

/** Joins rendered stories with the layout's gap; some gap lines hold spaces, as scrapes do. */
export function renderDump(
  stories: CleanStory[],
  layout: Layout,
  random: () => number = rng(1),
): string {
  const lines: string[] = [];
  stories.forEach((story, i) => {
    if (i > 0)
      for (let g = 0; g < layout.storyGap; g++)
        lines.push(random() < 0.3 ? ' '.repeat(1 + Math.floor(random() * 4)) : '');
    lines.push(...renderStory(story, layout));
  });
  return lines.join(layout.eol) + layout.eol;
}

// Caption parts written for these tests: generic newsroom picture language.
const SUBJECTS = [
  'A protester',
  'Firefighters',
  'The prime minister',
  'Residents',
  'A woman',
  'Rescue workers',
  'Supporters',
  'Police officers',
  'The minister',
  'Children',
];
const ACTIONS = [
  'walk past a damaged building',
  'gather outside parliament',
  'speaks during a news conference',
  'look on as water rises',
  'wave flags at a rally',
  'inspect the site of an explosion',
  'queue for bread',
  'attend a memorial service',
];
const PLACES = [
  'in Kyiv',
  'in central London',
  'near the border',
  'in Sochi',
  'in the old city',
  'outside the court',
  'at the port',
];
const CREDITS = [
  'EPA',
  'AFP',
  'dpa',
  'Reuters',
  'AP Photo',
  'AFP/Getty Images',
  'File photo: AFP',
  'EPA-EFE',
  'Anadolu Agency',
  'Xinhua',
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const DATELINE_PLACES = [
  'Iraq, Baghdad',
  'Germany, Berlin',
  'Ukraine, Kyiv',
  'Lebanon, Beirut',
  'France, Paris',
];
const POSITIONS = ['(L)', '(R)', '(C)', '(2nd R)', '(3rd L)'];

/** A made-up caption with a credit, and sometimes a dateline or position marker. */
export function makeCaption(random: () => number): CleanCaption {
  const style = random();
  if (style < 0.3) {
    const dateline = `${1 + Math.floor(random() * 28)} ${pick(random, MONTHS)} 202${Math.floor(random() * 6)}, ${pick(random, DATELINE_PLACES)}`;
    const text = `${dateline}: ${pick(random, SUBJECTS)} ${pick(random, ACTIONS)} ${pick(random, PLACES)}.`;
    return { text, credit: pick(random, ['dpa', 'EPA', 'AFP']), dateline };
  }
  const subject = pick(random, SUBJECTS);
  const marker = style < 0.45 ? ` ${pick(random, POSITIONS)}` : '';
  return {
    text: `${subject}${marker} ${pick(random, ACTIONS)} ${pick(random, PLACES)}`,
    credit: pick(random, CREDITS),
    dateline: null,
  };
}

/** A random layout; `single` captions appear once when not doubled. */
export function makeLayout(random: () => number): Layout {
  const doubled = random() < 0.5;
  return {
    doubled,
    doubledCaptions: doubled || random() < 0.3,
    logo: random() < 0.5 ? pick(random, ['TT', 'AP', 'N24', 'NEWS']) : null,
    storyGap: 2 + Math.floor(random() * 4),
    wrap: random() < 0.3 ? 60 + Math.floor(random() * 21) : null,
    captionPlacement: random() < 0.5 ? 'header' : 'between',
    eol: random() < 0.3 ? '\r\n' : '\n',
    picturesFirst: random() < 0.2,
  };
}
