// The split engine: decoded text in, stories out. Every non-blank source line ends up in exactly one
// place: a story's headline, a caption, a body paragraph, or the story's `removed` list with a reason.
//
// Four steps, each in its own module: text to units (units.ts: lines, wrapped lines joined); what
// each unit is (classify.ts, with furniture.ts, caption.ts, byline.ts, published.ts); where stories
// start (boundaries.ts, weighing the signals of signals.ts); and each story assembled (story.ts).

import { TEXT_LIMITS, type Paragraph, type SplitResult, type Story } from '../model';
import { findStoryStarts, type StoryStart } from './boundaries';
import { classify } from './classify';
import { buildStory } from './story';
import { toUnits, type Unit } from './units';

export function splitStories(
  text: string,
  /** Hears how far the split is, 0 to 1: rough shares for the passes over the whole text, then
   * the share of the text's units made into stories. */
  onProgress?: (fraction: number) => void,
): SplitResult {
  const { units, source } = toUnits(text);
  onProgress?.(0.15);
  const facts = classify(units);
  onProgress?.(0.3);
  const { starts, doubts } = findStoryStarts(units, facts);
  onProgress?.(0.45);
  const doubtLines = doubts.map((d) => (units[d] as Unit).firstLine);
  const stories: Story[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as StoryStart;
    const end = starts[k + 1]?.unit ?? units.length;
    stories.push(boundParagraphs(buildStory(units, source, facts, start, end, doubtLines)));
    if (onProgress && k % 100 === 99) onProgress(0.45 + (0.55 * end) / units.length);
  }
  return { stories };
}

/**
 * A run of copy longer than a paragraph may be (one huge line, pages glued into one) is cut into
 * paragraphs at the last space before the limit, each naming the same source lines, so the desk
 * never has to lay out megabytes as one block and the document stays within the model's bounds.
 */
function boundParagraphs(story: Story): Story {
  const max = TEXT_LIMITS.paragraph;
  if (story.body.every((p) => p.text.length <= max)) return story;
  const body = story.body.flatMap((paragraph) => {
    if (paragraph.text.length <= max) return [paragraph];
    // The split makes no formatting runs; each piece keeps the paragraph's lines and direction.
    const { runs: _runs, text, ...where } = paragraph;
    const pieces: Paragraph[] = [];
    // Walks by index: slicing off the rest each time would copy megabytes per piece.
    let from = 0;
    while (text.length - from > max) {
      let cut = text.lastIndexOf(' ', from + max);
      if (cut < from + max / 2) cut = from + max;
      // Never between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
      pieces.push({ ...where, text: text.slice(from, cut).trim() });
      from = cut;
    }
    pieces.push({ ...where, text: text.slice(from).trim() });
    return pieces;
  });
  return { ...story, body };
}
