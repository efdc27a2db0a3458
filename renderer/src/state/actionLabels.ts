// What each document action did, in the words the status line shows next to its Undo button.

import type { OpenedDocument, ReviewState } from '../../../shared/document';
import { reviewOf, type LineMark, type ReviewAction } from '../../../shared/edits';
import { captionFlags, type HouseStyle } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import { captionFlagText } from '../captionFlags';
import { warningText } from '../warnings';
import { count } from '../../../shared/wording';

const LONGEST = 60;

/** A story named by its headline, quoted and cut short when long. */
export function storyName(story: Pick<Story, 'headline'> | undefined): string {
  const headline = story?.headline.trim() ?? '';
  if (headline === '') return 'the untitled story';
  const short =
    headline.length > LONGEST ? `${headline.slice(0, LONGEST - 1).trimEnd()}…` : headline;
  return `“${short}”`;
}

const headlineOf = (doc: OpenedDocument, id: string) =>
  storyName(doc.stories.find((s) => s.id === id));

export function reviewLabel(
  action: ReviewAction,
  before: ReviewState,
  story: Pick<Story, 'headline'> | undefined,
): string {
  const name = storyName(story);
  if (action === 'approve') {
    return before === 'approved' ? `Took back the approval of ${name}` : `Approved ${name}`;
  }
  if (action === 'spike') return before === 'spiked' ? `Unspiked ${name}` : `Spiked ${name}`;
  return `Marked ${name} reviewed`;
}

const stories = (n: number) => `${count(n, 'story', 'stories')}`;

/** The review keys on several stories: what changed, counted over the stories that did change. */
export const reviewStoriesLabel =
  (action: ReviewAction, storyIds: readonly string[]) =>
  (before: OpenedDocument, after: OpenedDocument): string => {
    const changed = storyIds.filter((id) => reviewOf(before, id) !== reviewOf(after, id));
    const n = stories(changed.length);
    const now = changed[0] === undefined ? null : reviewOf(after, changed[0]);
    if (action === 'approve') {
      return now === 'approved' ? `Approved ${n}` : `Took back the approval of ${n}`;
    }
    if (action === 'spike') return now === 'spiked' ? `Spiked ${n}` : `Unspiked ${n}`;
    return `Marked ${n} reviewed`;
  };

export const mergeLabel =
  (id: string) =>
  (before: OpenedDocument, after: OpenedDocument): string =>
    `Merged ${before.stories.length - after.stories.length + 1} stories into ${headlineOf(after, id)}`;

export const splitLabel =
  (id: string) =>
  (before: OpenedDocument): string =>
    `Split ${headlineOf(before, id)} in two`;

export const moveLabel =
  (id: string, delta: -1 | 1) =>
  (before: OpenedDocument): string =>
    `Moved ${headlineOf(before, id)} ${delta < 0 ? 'up' : 'down'}`;

export function restoreLabel(line: number, as: 'body' | 'caption'): string {
  return as === 'body' ? `Restored line ${line} to the body` : `Restored line ${line} as a caption`;
}

/** Lines put back from the Removed panel: one by its number, several by how many. */
export function restoreLinesLabel(lines: number[], as: 'body' | 'caption'): string {
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) return restoreLabel(only, as);
  return `Restored ${lines.length} lines ${as === 'body' ? 'to the body' : 'as captions'}`;
}

/** Fix all captions: how many captions it changed, over the whole document. */
export function fixAllLabel(before: OpenedDocument, after: OpenedDocument): string {
  let fixed = 0;
  for (const [i, story] of after.stories.entries()) {
    const old = before.stories[i];
    if (old === story) continue;
    fixed += story.captions.filter((c, j) => c !== old?.captions[j]).length;
  }
  return `Fixed ${count(fixed, 'caption', 'captions')} to house style`;
}

/**
 * What is still open on a story: the split's warnings and each caption's flags, worded as the desk
 * shows them. Approving a story with any asks first.
 */
export function openFlags(story: Story, style: HouseStyle): string[] {
  return [
    ...story.warnings.map(warningText),
    ...story.captions.flatMap((caption, i) =>
      captionFlags(caption, story.body, style).map(
        (f) => `Caption ${i + 1}: ${captionFlagText(f, caption, style)}`,
      ),
    ),
  ];
}

/** A story started from the Source view: named by its headline when it has one. */
export const startLabel =
  (line: number) =>
  (_before: OpenedDocument, after: OpenedDocument): string => {
    const added = after.stories.find((s) => s.id === after.selectedStoryId);
    return added && added.headline.trim() !== ''
      ? `Started ${storyName(added)} at line ${line}`
      : `Started a story at line ${line}`;
  };

export const joinLabel =
  (id: string) =>
  (before: OpenedDocument): string => {
    const index = before.stories.findIndex((s) => s.id === id);
    return `Joined ${storyName(before.stories[index])} to ${storyName(before.stories[index - 1])}`;
  };

const MARK_WORDS: Record<LineMark, string> = {
  headline: 'the headline',
  caption: 'a caption',
  body: 'body',
  junk: 'junk',
};

/** A line (or the lines of one paragraph) marked from the Source view. */
export function markLabel(lines: number[], mark: LineMark): string {
  const first = lines[0];
  const last = lines.at(-1);
  const which = first === last ? `line ${first}` : `lines ${first}–${last}`;
  return `Marked ${which} as ${MARK_WORDS[mark]}`;
}
