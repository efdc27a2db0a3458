// The Copydesk document model: what the split engine produces and every other layer consumes.
// Names follow the newsroom (and Superdesk / NITF / ninjs): story, headline, caption, credit, dateline, body.

/** 1-based line numbers in the decoded source text. */
export type LineNumber = number;

/**
 * A picture caption as found in the copy. Its dateline is held once, in `dateline`: `text` is the
 * words after it, and captionText puts the two together as the caption reads and ships.
 */
export interface Caption {
  /** The caption's words after its dateline, without the trailing parenthesised credit. */
  text: string;
  /** The credit without its parentheses (`EPA`, `AFP/Getty Images`), or null when there is none. */
  credit: string | null;
  /** The picture's dateline that opens the caption (`20 November 2024, Iraq, Baghdad`), or null. */
  dateline: string | null;
  /** Source lines this caption came from. */
  lines: LineNumber[];
}

/** A dateline that ends in its own punctuation (`BEIRUT —`, `Baghdad:`) needs no colon after it. */
const DATELINE_CLOSED = /[:–—-]$/;

/**
 * The caption as it reads and as every format ships it: the dateline, a colon, the words
 * (`20 November 2024, Iraq, Baghdad: Rescuers at work`), or either alone. The one rule joining
 * the two fields, so the Dateline field and the exported copy cannot disagree.
 */
export function captionText(caption: Pick<Caption, 'text' | 'dateline'>): string {
  const dateline = caption.dateline?.trim() ?? '';
  const text = caption.text.trim();
  if (dateline === '') return caption.text;
  if (text === '') return dateline;
  return `${dateline}${DATELINE_CLOSED.test(dateline) ? '' : ':'} ${text}`;
}

/**
 * The caption's words without a leading copy of its dateline and the colon or dash after it:
 * `text` as the caption reads (`Baghdad, 20 Nov: Rescuers at work`) in, `Rescuers at work` out.
 * Text that does not open with the dateline is returned as it is.
 */
export function captionWords(text: string, dateline: string | null): string {
  const head = dateline?.trim() ?? '';
  if (head === '' || !text.startsWith(head)) return text;
  const rest = text.slice(head.length);
  const end = /^(?:\s*[:–—]\s*|\s+-\s+|\s*$)/.exec(rest);
  if (!end && !DATELINE_CLOSED.test(head)) return text;
  return rest.slice(end?.[0].length ?? 0).trimStart();
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

/**
 * Why the cleaner took a source line out of the copy, each with the words the desk shows for it.
 * One table: the document schema, the desk and the CLI's `--help` all read it.
 */
export const REMOVAL_REASONS = {
  'duplicate-headline': 'Headline printed again',
  'duplicate-caption': 'Caption printed again',
  'duplicate-paragraph': 'Paragraph printed again',
  'logo-token': 'Logo or site mark',
  boilerplate: 'Recurring page text',
  nav: 'Navigation or page furniture',
  share: 'Share or comment buttons',
  ad: 'Advertisement',
  promo: 'Newsletter, app or subscription promotion',
  related: 'Related stories, tags or most read',
  byline: 'Byline',
  timestamp: 'Publication time',
  gallery: 'Gallery counter or image link',
  'pull-quote': 'Pull quote repeating the copy',
  separator: 'Separator line',
  'page-title': 'Page title or address',
  footer: 'Page footer',
  /** A web page's text the article extractor left out (menus, teasers, comments, forms). */
  'outside-article': 'Outside the article (web page)',
  /** A line the editor marked as junk in the Source view. */
  editor: 'Marked as junk by the editor',
} as const;
export type RemovalReason = keyof typeof REMOVAL_REASONS;

/**
 * What kind of file a document came from: copy split by the engine (`text`), or a structured source
 * whose stories were read from its markup (a web page, a wire file, Markdown, a Word file, a mail).
 */
export const SOURCE_KINDS = {
  text: 'Plain text',
  html: 'Web page (HTML)',
  nitf: 'NITF wire XML',
  ninjs: 'ninjs wire JSON',
  markdown: 'Markdown',
  docx: 'Word document',
  eml: 'E-mail',
  copydesk: 'Copydesk document',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

/** A source line the cleaner removed, kept so the editor can see and restore it. */
export interface RemovedLine {
  line: LineNumber;
  text: string;
  reason: RemovalReason;
}

export const WARNING_CODES = [
  'no-headline',
  'no-body',
  /** The start of this story is uncertain: it may belong to the story before. */
  'low-confidence-boundary',
  /** The copy seems to hold two stories: a start was found but not trusted enough to split. */
  'possible-missed-boundary',
  'caption-without-credit',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

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
  /**
   * Ids of the signals that fired (`wide-gap`, `headline-repeated`, ...): data, not display text.
   * The table in shared/split/signals.ts gives each its label and weight.
   */
  signals: string[];
}

/** When the page says the story was published or updated. */
export interface Published {
  /** As printed, without a leading `Published` or `Updated` label: `3:14 PM GMT+1, November 20, 2024`. */
  text: string;
  /**
   * ISO 8601 when the text parses: a date-time with its offset when the page gives a zone
   * (`2024-11-20T15:14:00+01:00`), without one when it does not, or a date alone; null for
   * relative times (`2 hours ago`) and anything unreadable.
   */
  iso: string | null;
}

export interface Story {
  /** Stable within one split of one text: derived from the first source line. */
  id: string;
  headline: string;
  /** Source line of the headline, null when the story has none. */
  headlineLine: LineNumber | null;
  /** Who wrote it, without a leading `By`: `Jane Doe and John Roe, Associated Press`; null if unknown. */
  byline: string | null;
  published: Published | null;
  /**
   * Where and by whom the story was filed, as printed at the start of the copy (`LONDON (AP)`,
   * `BEIRUT, Nov 20 (Reuters)`, `Cairo - Asharq Al-Awsat`), without its closing dash; the body
   * keeps it as printed too. Null when the copy has none.
   */
  dateline: string | null;
  captions: Caption[];
  body: Paragraph[];
  removed: RemovedLine[];
  warnings: SplitWarning[];
  boundary: Boundary;
  /** Source lines spanned by the story, first..last inclusive. */
  source: { firstLine: LineNumber; lastLine: LineNumber };
  /** Stories the editor merged into this one, in source order; absent when there are none. */
  joined?: JoinedStory[];
}

/**
 * What a story merged into the one before it (mergeWithNext) had that the merged story does not
 * hold, kept so that splitting at the join gives it back. Its captions and removed lines stay in the
 * merged story and go back by their source lines: every line from `firstLine` on was its own.
 */
export interface JoinedStory {
  id: string;
  /** The story's first source line: where the merged story's copy becomes this story's. */
  firstLine: LineNumber;
  headlineLine: LineNumber | null;
  byline: string | null;
  published: Published | null;
  dateline: string | null;
  warnings: SplitWarning[];
  boundary: Boundary;
}

export interface SplitResult {
  stories: Story[];
}

/**
 * Boundaries under this confidence are flagged for the editor. Set where the flag is worth reading
 * on the web-page dumps (tools/split-eval.ts): a wide gap with copy after it and nothing more
 * (0.6) is a guess on a web page, and fewer than 2% of right starts score under 0.7.
 */
export const LOW_CONFIDENCE = 0.7;

/**
 * The longest text each field of a story may hold, in characters (the document schemas enforce
 * them). Far beyond real copy, short enough that a damaged or hostile document (a 5 MB headline) is
 * refused with the field named instead of hanging the desk that tries to show it.
 */
export const TEXT_LIMITS = {
  id: 200,
  name: 255,
  headline: 2_000,
  /** Caption text, credit, dateline, byline, publication time, a warning, a link. */
  short: 5_000,
  /** One body paragraph: the split cuts a longer run of copy (one huge line) into pieces. */
  paragraph: 100_000,
  /** A removed line is kept exactly as it was in the source, however long. */
  line: 64 * 1024 * 1024,
} as const;

/** The story with every line number moved up by `by` (line `by + 1` becomes line 1). */
export function renumbered(story: Story, by: number): Story {
  if (by === 0) return story;
  const at = (line: number) => line - by;
  return {
    ...story,
    headlineLine: story.headlineLine === null ? null : at(story.headlineLine),
    captions: story.captions.map((c) => ({ ...c, lines: c.lines.map(at) })),
    body: story.body.map((p) => ({ ...p, lines: p.lines.map(at) })),
    removed: story.removed.map((r) => ({ ...r, line: at(r.line) })),
    warnings: story.warnings.map((w) => (w.line === undefined ? w : { ...w, line: at(w.line) })),
    boundary: { ...story.boundary, line: at(story.boundary.line) },
    source: { firstLine: at(story.source.firstLine), lastLine: at(story.source.lastLine) },
    ...(story.joined
      ? {
          joined: story.joined.map((j) => ({
            ...j,
            firstLine: at(j.firstLine),
            headlineLine: j.headlineLine === null ? null : at(j.headlineLine),
            warnings: j.warnings.map((w) =>
              w.line === undefined ? w : { ...w, line: at(w.line) },
            ),
            boundary: { ...j.boundary, line: at(j.boundary.line) },
          })),
        }
      : {}),
  };
}
