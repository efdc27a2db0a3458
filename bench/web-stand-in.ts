// A stand-in for shared/testing/webpages.ts (on another branch): copy as pasted from news web pages,
// with page furniture around each story, so the bench can time the split on that shape of input.
// Same call as makeWebDump; delete this file once that one is merged.

import { pick, type CleanStory } from '../shared/testing/dumps';

const SECTIONS = ['World', 'Business', 'Politics', 'Tech', 'Science', 'Sport', 'Culture'];
const NAMES = ['Jane Doe', 'John Roe', 'Amira Haddad', 'Tom Baker', 'Lena Fischer', 'Omar Said'];
const SHARE = ['Share', 'Copy Link copied', 'Facebook Twitter WhatsApp Email', 'Save'];
const ADS = ['Advertisement', 'Scroll to continue', 'Story continues below advertisement'];

/** The lines one page gives when selected and copied: furniture, then the story, then more. */
function page(story: CleanStory, others: CleanStory[], random: () => number): string[] {
  const section = pick(random, SECTIONS);
  const hour = 1 + Math.floor(random() * 12);
  const minute = String(Math.floor(random() * 60)).padStart(2, '0');
  const lines = [
    'Skip to main content',
    `Home | ${SECTIONS.join(' | ')}`,
    `Home › ${section}`,
    section.toUpperCase(),
    story.headline,
    random() < 0.5 ? `By ${pick(random, NAMES)}, Staff reporter` : `By ${pick(random, NAMES)}`,
    random() < 0.5
      ? `Updated ${hour}:${minute} PM GMT+1, November 20, 2024`
      : `Published ${hour} hours ago`,
    'Listen to this article',
    `${2 + Math.floor(random() * 8)} min read`,
    ...SHARE.slice(0, 1 + Math.floor(random() * SHARE.length)),
  ];
  // Paragraphs on consecutive lines, no blank line between them, an ad block now and then.
  story.body.forEach((paragraph, i) => {
    lines.push(paragraph);
    if (i % 4 === 2) lines.push(pick(random, ADS));
  });
  lines.push('Related stories', ...pickSome(others, 3, random).map((s) => s.headline));
  lines.push('Most read', ...pickSome(others, 5, random).map((s, i) => `${i + 1} ${s.headline}`));
  return lines;
}

function pickSome<T>(items: T[], count: number, random: () => number): T[] {
  return Array.from({ length: count }, () => pick(random, items));
}

/** Pages for `stories` corpus stories in turn, 0 to 2 blank lines or the next page's URL apart. */
export function standInWebDump(
  corpus: CleanStory[],
  random: () => number,
  options: { stories?: number } = {},
): { text: string } {
  const count = options.stories ?? 24;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const story = corpus[i % corpus.length] as CleanStory;
    if (i > 0) {
      const gap = Math.floor(random() * 4);
      if (gap === 3) lines.push(`https://news.example.com/${i}`);
      else for (let g = 0; g < gap; g++) lines.push('');
    }
    lines.push(...page(story, corpus, random));
  }
  return { text: lines.join('\n') + '\n' };
}
