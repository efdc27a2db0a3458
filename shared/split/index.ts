// The split engine: decoded text in, stories out. Every non-blank source line ends up in exactly one
// place: a story's headline, a caption, a body paragraph, or the story's `removed` list with a reason.

import {
  LOW_CONFIDENCE,
  type Caption,
  type RemovalReason,
  type SplitResult,
  type Story,
} from '../model';
import { CAPTION_THRESHOLD, captionScore, parseCaptionDateline } from './caption';
import {
  findStoryStarts,
  isHeadlineShaped,
  isTinyToken,
  unitFacts,
  type StoryStart,
  type UnitFacts,
} from './boundaries';
import { endsSentence } from './text';
import { toUnits, type Unit } from './units';

export function splitStories(text: string): SplitResult {
  const { units, source } = toUnits(text);
  const facts = unitFacts(units);
  const starts = findStoryStarts(units, facts);
  const stories: Story[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as StoryStart;
    const end = starts[k + 1]?.unit ?? units.length;
    stories.push(buildStory(units, source, start, end, facts));
  }
  return { stories };
}

/** Assembles one story from units [start.unit, end): headline first, then captions, copy and junk. */
function buildStory(
  units: Unit[],
  source: string[],
  start: StoryStart,
  end: number,
  facts: UnitFacts,
): Story {
  const firstLine = units[start.unit]?.lines[0] ?? 1;
  const story: Story = {
    id: `story-${firstLine}`,
    headline: '',
    headlineLine: null,
    byline: null,
    published: null,
    dateline: null,
    captions: [],
    body: [],
    removed: [],
    warnings: [],
    boundary: { line: firstLine, confidence: start.confidence, signals: start.signals },
    source: { firstLine, lastLine: units[end - 1]?.lines.at(-1) ?? firstLine },
  };
  const remove = (unit: Unit, reason: RemovalReason) => {
    for (const line of unit.lines)
      story.removed.push({ line, text: source[line - 1] ?? '', reason });
  };

  let headlineText: string | null = null;
  const captionTexts = new Set<string>();
  const bodyTexts = new Set<string>();
  let inHeaderZone = true;

  for (let i = start.unit; i < end; i++) {
    const unit = units[i] as Unit;
    if (facts.junk[i]) {
      remove(unit, inHeaderZone ? 'logo-token' : 'boilerplate');
    } else if (inHeaderZone && isTinyToken(unit)) {
      remove(unit, 'logo-token');
    } else if (headlineText === null && isHeadlineShaped(unit)) {
      story.headline = unit.text;
      story.headlineLine = unit.lines[0] ?? null;
      headlineText = unit.text;
    } else if (unit.text === headlineText) {
      remove(unit, 'duplicate-headline');
    } else if (captionTexts.has(unit.text)) {
      remove(unit, 'duplicate-caption');
    } else if (bodyTexts.has(unit.text)) {
      remove(unit, 'duplicate-paragraph');
    } else if (isCaption(unit, facts.repeatsAhead[i] === true, inHeaderZone)) {
      story.captions.push(toCaption(unit));
      captionTexts.add(unit.text);
    } else {
      story.body.push({ text: unit.text, lines: unit.lines });
      bodyTexts.add(unit.text);
      inHeaderZone = false;
      headlineText ??= NO_HEADLINE;
    }
  }
  addWarnings(story);
  return story;
}

/** The headline slot was passed over: copy came first. No unit is empty, so none matches it. */
const NO_HEADLINE = '';

/**
 * Doubled lines are captions when anything else says picture: a credit, a position marker, a
 * dateline, or standing before the copy as a phrase rather than a sentence. Whole sentences repeated
 * are copy sent twice (removed later as duplicate paragraphs), not captions.
 */
function isCaption(unit: Unit, doubled: boolean, inHeaderZone: boolean): boolean {
  const { credit, positional, text } = unit.credit;
  const phraseBeforeCopy = inHeaderZone && !endsSentence(text);
  if (
    doubled &&
    (credit !== null || positional || phraseBeforeCopy || parseCaptionDateline(text) !== null)
  ) {
    return true;
  }
  return captionScore(unit.credit, { inHeaderZone }) >= CAPTION_THRESHOLD;
}

function toCaption(unit: Unit): Caption {
  const { text, credit } = unit.credit;
  return { text, credit, dateline: parseCaptionDateline(text), lines: unit.lines };
}

function addWarnings(story: Story): void {
  const at = story.boundary.line;
  if (story.headlineLine === null) {
    story.warnings.push({
      code: 'no-headline',
      message: 'No headline found at the start of this story.',
      line: at,
    });
  }
  if (story.body.length === 0) {
    story.warnings.push({ code: 'no-body', message: 'This story has no body copy.', line: at });
  }
  if (story.boundary.confidence < LOW_CONFIDENCE) {
    story.warnings.push({
      code: 'low-confidence-boundary',
      message: `Story start is uncertain (${Math.round(story.boundary.confidence * 100)}%): check it is not part of the story before.`,
      line: at,
    });
  }
  for (const caption of story.captions) {
    if (caption.credit === null) {
      story.warnings.push({
        code: 'caption-without-credit',
        message: 'Caption has no credit.',
        line: caption.lines[0],
      });
    }
  }
}
