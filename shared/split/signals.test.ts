// Every boundary signal fires on the facts it names and stays quiet on a plain candidate; the table
// as a whole has a case for each of its signals.

import { describe, expect, it } from 'vitest';
import {
  SIGNAL_IDS,
  SIGNALS,
  signalLabel,
  weigh,
  type CandidateFacts,
  type SignalId,
} from './signals';

/** A headline-shaped line between two paragraphs with nothing else to say for it. */
const PLAIN: CandidateFacts = {
  gap: 1,
  paragraphGap: 1,
  gapIsSeparator: false,
  repeated: false,
  titleLine: false,
  address: false,
  separator: false,
  furnitureBefore: 0,
  relatedBefore: 0,
  templateBefore: false,
  bylineAfter: false,
  pictureAfter: false,
  pictureBefore: false,
  copyFollows: false,
  copyRunsOn: false,
  previousEnds: false,
  previousMidSentence: false,
  titleCase: false,
  similarity: null,
  leadOverlap: 0,
  previousOverlap: 0,
  shapeOnly: false,
  words: 6,
  fragment: false,
  liftedFromCopy: false,
};

/** What makes each signal fire. Start-of-text and editor-split are set by the engine and the desk. */
const FIRES: Record<SignalId, Partial<CandidateFacts> | null> = {
  'start-of-text': null,
  'editor-split': null,
  'wide-gap': { gap: 2 },
  'very-wide-gap': { gap: 3 },
  'gap-is-separator': { gap: 3, gapIsSeparator: true },
  'no-gap-here': { gapIsSeparator: true },
  'headline-repeated': { repeated: true, gap: 3 },
  'line-repeated': { repeated: true },
  'page-title': { titleLine: true },
  'page-address': { address: true },
  separator: { separator: true },
  'furniture-before': { furnitureBefore: 1 },
  'much-furniture-before': { furnitureBefore: 3 },
  'related-before': { relatedBefore: 2 },
  'site-template-before': { templateBefore: true },
  'byline-follows': { bylineAfter: true },
  'picture-before': { pictureBefore: true },
  'caption-follows': { pictureAfter: true },
  'copy-follows': { copyFollows: true },
  'previous-ends': { previousEnds: true },
  'previous-cut-off': { previousMidSentence: true },
  'copy-runs-on': { copyRunsOn: true },
  'title-case': { titleCase: true },
  fragment: { fragment: true },
  'lifted-from-copy': { liftedFromCopy: true },
  'very-short': { words: 2 },
  'new-topic': { similarity: 0.01 },
  'same-topic': { similarity: 0.6 },
  'follows-on': { similarity: 0.6, previousOverlap: 0.5 },
  'headline-in-lead': { leadOverlap: 0.6, previousOverlap: 0.1 },
  'shape-only': { shapeOnly: true, copyFollows: true, previousEnds: true },
};

describe.each(SIGNAL_IDS.map((id) => [id] as const))('signal %s', (id) => {
  it('has a label for the editor', () => {
    expect(signalLabel(id)).toBe(SIGNALS[id].label);
    expect(SIGNALS[id].label.length).toBeGreaterThan(3);
  });
});

const weighed = SIGNAL_IDS.flatMap((id) => {
  const patch = FIRES[id];
  return patch ? [[id, patch] as const] : [];
});

describe.each(weighed)('signal %s', (id, patch) => {
  it('fires on its facts and not on a plain candidate', () => {
    expect(weigh({ ...PLAIN, ...patch }).signals).toContain(id);
    expect(weigh(PLAIN).signals).not.toContain(id);
  });
});

describe('weighing', () => {
  it('adds the weights of the signals that fire', () => {
    const { score, signals } = weigh({ ...PLAIN, repeated: true, gap: 3, bylineAfter: true });
    expect(signals).toEqual(['very-wide-gap', 'headline-repeated', 'byline-follows']);
    expect(score).toBe(
      SIGNALS['very-wide-gap'].weight +
        SIGNALS['headline-repeated'].weight +
        SIGNALS['byline-follows'].weight,
    );
  });

  it('does not argue from the subject where the layout separates the stories', () => {
    expect(weigh({ ...PLAIN, gap: 3, similarity: 0.9 }).signals).not.toContain('same-topic');
  });

  it('shows an unknown id as it is', () => {
    expect(signalLabel('from-a-newer-version')).toBe('from-a-newer-version');
  });
});
