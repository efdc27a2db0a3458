// The Copydesk document model: what the split engine produces and every other layer consumes.
// Names follow the newsroom (and Superdesk / NITF / ninjs): story, headline, caption, credit, dateline, body.

/** 1-based line numbers in the decoded source text. */
export type LineNumber = number;

/** A picture caption as found in the copy. */
export interface Caption {
  /** The caption as it reads, a leading dateline included, without the trailing parenthesised credit. */
  text: string;
  /** The credit without its parentheses (`EPA`, `AFP/Getty Images`), or null when there is none. */
  credit: string | null;
  /** A leading dateline (`20 November 2024, Iraq, Baghdad`) repeated alone, or null. */
  dateline: string | null;
  /** Source lines this caption came from. */
  lines: LineNumber[];
}

/** A stretch of a paragraph with the same inline formatting, as the editor produces it. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A link target: only http(s) and mailto are ever kept. */
  href?: string;
}

/** One body paragraph; hard-wrapped source lines are joined into one. */
export interface Paragraph {
  /** The paragraph as plain text. */
  text: string;
  /** Source lines it came from (empty for a paragraph the editor wrote). */
  lines: LineNumber[];
  /** Inline formatting, when the editor added some; the runs' text joined is always `text`. */
  runs?: TextRun[];
  /** Writing direction when the editor overrode the one detected from the first strong character. */
  dir?: 'ltr' | 'rtl';
}

/** Why the cleaner took a source line out of the copy. */
export type RemovalReason =
  'duplicate-headline' | 'duplicate-caption' | 'duplicate-paragraph' | 'logo-token' | 'boilerplate';

/** A source line the cleaner removed, kept so the editor can see and restore it. */
export interface RemovedLine {
  line: LineNumber;
  text: string;
  reason: RemovalReason;
}

export type WarningCode =
  'no-headline' | 'no-body' | 'low-confidence-boundary' | 'caption-without-credit';

export interface SplitWarning {
  code: WarningCode;
  message: string;
  line?: LineNumber;
}

/** Why the engine believes a story starts where it does. */
export interface Boundary {
  /** First source line of the story. */
  line: LineNumber;
  /** 0..1; below LOW_CONFIDENCE the editor is asked to look. */
  confidence: number;
  /** Human-readable signals that fired, e.g. `3 blank lines before`, `headline repeated`. */
  signals: string[];
}

export interface Story {
  /** Stable within one split of one text: derived from the first source line. */
  id: string;
  headline: string;
  /** Source line of the headline, null when the story has none. */
  headlineLine: LineNumber | null;
  captions: Caption[];
  body: Paragraph[];
  removed: RemovedLine[];
  warnings: SplitWarning[];
  boundary: Boundary;
  /** Source lines spanned by the story, first..last inclusive. */
  source: { firstLine: LineNumber; lastLine: LineNumber };
}

export interface SplitResult {
  stories: Story[];
}

/** Boundaries under this confidence are flagged for the editor. */
export const LOW_CONFIDENCE = 0.6;
