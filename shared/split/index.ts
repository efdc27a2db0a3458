// The split engine: decoded text in, stories out. Every non-blank source line ends up in exactly one
// place: a story's headline, a caption, a body paragraph, or the story's `removed` list with a reason.
//
// Four steps, each in its own module: text to units (units.ts: lines, wrapped lines joined); what
// each unit is (classify.ts, with furniture.ts, caption.ts, byline.ts, published.ts); where stories
// start (boundaries.ts, weighing the signals of signals.ts); and each story assembled (story.ts).

import type { SplitResult, Story } from '../model';
import { findStoryStarts, type StoryStart } from './boundaries';
import { classify } from './classify';
import { buildStory } from './story';
import { toUnits, type Unit } from './units';

export function splitStories(text: string): SplitResult {
  const { units, source } = toUnits(text);
  const facts = classify(units);
  const { starts, doubts } = findStoryStarts(units, facts);
  const doubtLines = doubts.map((d) => (units[d] as Unit).firstLine);
  const stories: Story[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as StoryStart;
    const end = starts[k + 1]?.unit ?? units.length;
    stories.push(buildStory(units, source, facts, start, end, doubtLines));
  }
  return { stories };
}
