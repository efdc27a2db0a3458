// The signals that a story starts at a headline-shaped line, one table: each id with the words the
// desk shows for it, the weight the engine gives it, and the test that fires it on the facts gathered
// about the candidate (boundaries.ts). Stories carry the ids (data), never the display text. A new
// signal is one entry here, with a case in signals.test.ts.

export interface CandidateFacts {
  /** Widest run of blank lines between the copy before and this line (its lead-in included). */
  gap: number;
  /** The blank lines the file puts between paragraphs. */
  paragraphGap: number;
  /** Nearly every wide gap in the file opens a headline. */
  gapIsSeparator: boolean;
  /** The line is printed again a few lines below (scrapers double headlines). */
  repeated: boolean;
  /** A page-title line (`Headline | Site`) naming this headline stands before it. */
  titleLine: boolean;
  /** A page address stands before it. */
  address: boolean;
  /** A separator line (`----`, `* * *`) stands before it. */
  separator: boolean;
  /** Lines of a page's top or foot (menus, footers, the site's own lines) between the copy and it. */
  furnitureBefore: number;
  /** Lines of related lists between the copy and it: a page's foot, or a box inside a story. */
  relatedBefore: number;
  /** Lines the site prints at the top or foot of every page (learned from this file) stand before it. */
  templateBefore: boolean;
  /** A byline or a publication time between it and its copy. */
  bylineAfter: boolean;
  /** A caption between it and its copy, or a picture (caption, logo) printed just before it. */
  pictureAfter: boolean;
  pictureBefore: boolean;
  /** Copy follows it (every candidate has this; a start needs more). */
  copyFollows: boolean;
  /** The copy after it opens in lower case or with punctuation: the line is a sentence broken off. */
  copyRunsOn: boolean;
  /** The copy before it ends a sentence, or it is a short line of copy cut mid-sentence. */
  previousEnds: boolean;
  previousMidSentence: boolean;
  titleCase: boolean;
  /** Similarity of the copy before and after (0..1), null with too little copy on either side. */
  similarity: number | null;
  /** Share of its content words found in the copy after it, and in the copy before it. */
  leadOverlap: number;
  previousOverlap: number;
  /** The file has no wide gaps, no doubled headlines and no furniture: shape is all there is. */
  shapeOnly: boolean;
  words: number;
  /** It reads as a piece of a sentence: it ends on a function word, or holds a sentence's end. */
  fragment: boolean;
  /** Its words stand word for word in the copy right after it, as a subheading lifted from it. */
  liftedFromCopy: boolean;
}

export interface SignalInfo {
  /** Shown to the editor beside an uncertain story start. */
  label: string;
  /** Added to the boundary's score when the signal fires; negative signals argue against a start. */
  weight: number;
  fires: (c: CandidateFacts) => boolean;
}

/** Below this similarity the copy on either side is about different things. */
export const NEW_TOPIC = 0.04;
/** Above it, the same thing: a subheading inside one story. */
export const SAME_TOPIC = 0.12;

export const SIGNALS = {
  'start-of-text': { label: 'start of the text', weight: 0, fires: () => false },
  'editor-split': { label: 'split by the editor', weight: 0, fires: () => false },
  'wide-gap': {
    label: 'more blank lines than between paragraphs',
    weight: 2,
    fires: (c) => c.gap > c.paragraphGap && c.gap < c.paragraphGap + 2,
  },
  'very-wide-gap': {
    label: 'many more blank lines than between paragraphs',
    weight: 2.5,
    fires: (c) => c.gap >= c.paragraphGap + 2,
  },
  'gap-is-separator': {
    label: 'the file separates stories this way',
    weight: 1,
    fires: (c) => c.gap > c.paragraphGap && c.gapIsSeparator,
  },
  'no-gap-here': {
    label: 'no wide gap, where the file puts one between stories',
    weight: -2,
    fires: (c) =>
      c.gapIsSeparator &&
      c.gap <= c.paragraphGap &&
      !c.repeated &&
      c.furnitureBefore === 0 &&
      !c.separator &&
      !c.address &&
      !c.titleLine,
  },
  'headline-repeated': {
    label: 'headline repeated below',
    weight: 3,
    // Scrapers double a headline at a story's start, after the gap or with its picture.
    fires: (c) => c.repeated && (c.gap > c.paragraphGap || c.pictureAfter || c.pictureBefore),
  },
  'line-repeated': {
    label: 'the line is printed twice, with nothing else around it',
    weight: 1.5,
    // Amid copy a line printed twice may be copy printed twice: worth less, and no sign of layout.
    fires: (c) => c.repeated && c.gap <= c.paragraphGap && !c.pictureAfter && !c.pictureBefore,
  },
  'page-title': {
    label: 'the page title before it names it',
    weight: 3,
    fires: (c) => c.titleLine,
  },
  'page-address': { label: 'a page address before it', weight: 2.5, fires: (c) => c.address },
  separator: { label: 'a separator line before it', weight: 2.5, fires: (c) => c.separator },
  'furniture-before': {
    label: 'page furniture before it',
    weight: 1.5,
    fires: (c) => c.furnitureBefore >= 1,
  },
  'much-furniture-before': {
    label: 'a block of page furniture before it',
    weight: 1,
    fires: (c) => c.furnitureBefore >= 3,
  },
  'related-before': {
    label: 'a list of other stories before it',
    weight: 1,
    fires: (c) => c.relatedBefore >= 1,
  },
  'site-template-before': {
    label: "the site's page top or foot before it",
    weight: 2.5,
    fires: (c) => c.templateBefore,
  },
  'byline-follows': {
    label: 'a byline or time follows',
    weight: 2.5,
    fires: (c) => c.bylineAfter,
  },
  'picture-before': { label: 'picture before it', weight: 1, fires: (c) => c.pictureBefore },
  'caption-follows': {
    label: 'caption follows',
    weight: 1,
    fires: (c) => c.pictureAfter && !c.pictureBefore,
  },
  'copy-follows': { label: 'copy follows', weight: 0.5, fires: (c) => c.copyFollows },
  'previous-ends': {
    label: 'previous story ends cleanly',
    weight: 0.5,
    fires: (c) => c.previousEnds,
  },
  'previous-cut-off': {
    label: 'the copy before it stops mid-sentence',
    weight: -2,
    fires: (c) => c.previousMidSentence,
  },
  'copy-runs-on': {
    label: 'the copy after it carries on its sentence',
    weight: -3,
    fires: (c) => c.copyRunsOn,
  },
  'title-case': { label: 'title case', weight: 0.5, fires: (c) => c.titleCase },
  fragment: {
    label: 'it reads as a piece of a sentence',
    weight: -2,
    fires: (c) => c.fragment,
  },
  'lifted-from-copy': {
    label: 'its words are lifted from the copy under it',
    weight: -2,
    fires: (c) => c.liftedFromCopy,
  },
  'very-short': {
    label: 'two words or fewer, as subheadings are',
    weight: -1,
    fires: (c) => c.words <= 2,
  },
  'new-topic': {
    label: 'the copy after it is about something else',
    weight: 2,
    fires: (c) => c.similarity !== null && c.similarity < NEW_TOPIC,
  },
  'same-topic': {
    label: 'the copy after it carries on the same subject',
    weight: -2,
    // Only where the layout says nothing: a wire story sent again after a wide gap is two stories.
    fires: (c) =>
      c.similarity !== null &&
      c.similarity > SAME_TOPIC &&
      c.gap <= c.paragraphGap &&
      c.furnitureBefore === 0 &&
      !c.repeated,
  },
  'follows-on': {
    label: 'its words and the copy on both sides are about one thing',
    weight: -1.5,
    // A subheading after a picture or a gallery sits behind a wide gap and furniture too, but it
    // names what the copy before it was about (`What does Edwards do next?`); a new story does not.
    fires: (c) =>
      c.similarity !== null &&
      c.similarity > SAME_TOPIC &&
      c.previousOverlap >= 0.5 &&
      !c.repeated &&
      !c.titleLine &&
      !c.address &&
      !c.separator,
  },
  'headline-in-lead': {
    label: 'its words open the copy after it',
    weight: 1,
    fires: (c) => c.leadOverlap >= 0.3 && c.leadOverlap >= c.previousOverlap + 0.2,
  },
  'shape-only': {
    label: 'headline shape between copy (no other separator in this file)',
    weight: 1,
    fires: (c) => c.shapeOnly && c.words <= 15 && c.copyFollows && c.previousEnds,
  },
} as const satisfies Record<string, SignalInfo>;

export type SignalId = keyof typeof SIGNALS;

/**
 * Signals of the page's layout, as against the line's shape or the copy's subject. A start with none
 * of them rests on wording alone and is never more than a guess worth the editor's look.
 */
export const LAYOUT_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'wide-gap',
  'very-wide-gap',
  'headline-repeated',
  'page-title',
  'page-address',
  'separator',
  'furniture-before',
  'site-template-before',
  'byline-follows',
  'picture-before',
]);

export const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];

/** The signals that fire on a candidate and its score. */
export function weigh(c: CandidateFacts): { score: number; signals: SignalId[] } {
  let score = 0;
  const signals: SignalId[] = [];
  for (const id of SIGNAL_IDS) {
    const signal: SignalInfo = SIGNALS[id];
    if (!signal.fires(c)) continue;
    score += signal.weight;
    signals.push(id);
  }
  return { score, signals };
}

/** The editor's words for a signal id; an id this version does not know is shown as it is. */
export function signalLabel(id: string): string {
  return Object.hasOwn(SIGNALS, id) ? SIGNALS[id as SignalId].label : id;
}
