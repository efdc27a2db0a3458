// The stored document: what the library writes to disk for one imported file, with its zod schemas.

import { z } from 'zod';
import {
  captionWords,
  REMOVAL_REASONS,
  WARNING_CODES,
  type Boundary,
  type Caption,
  type JoinedStory,
  type Paragraph,
  type Published,
  type RemovalReason,
  type RemovedLine,
  SOURCE_KINDS,
  type SourceKind,
  type SplitWarning,
  type Story,
  type TextRun,
  TEXT_LIMITS,
} from './model';

/**
 * Bump when the stored shape changes; the library refuses files newer than this and reads older
 * ones through documentSchema's migration. 2: a caption's `text` no longer repeats its dateline.
 */
export const DOCUMENT_SCHEMA_VERSION = 2;

const lineNumber = z.number().int().positive();

const text = (max: number) =>
  z.string().max(max, {
    error: (issue) =>
      `is ${String((issue.input as string).length)} characters long; the limit is ${max}`,
  });

export const textRunSchema = z.object({
  text: text(TEXT_LIMITS.paragraph),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: text(TEXT_LIMITS.short).optional(),
});

export const captionSchema = z.object({
  text: text(TEXT_LIMITS.short),
  credit: text(TEXT_LIMITS.short).nullable(),
  dateline: text(TEXT_LIMITS.short).nullable(),
  lines: z.array(lineNumber),
});

export const paragraphSchema = z.object({
  text: text(TEXT_LIMITS.paragraph),
  lines: z.array(lineNumber),
  runs: z.array(textRunSchema).optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
});

export const removedLineSchema = z.object({
  line: lineNumber,
  text: text(TEXT_LIMITS.line),
  reason: z.enum(Object.keys(REMOVAL_REASONS) as [RemovalReason, ...RemovalReason[]]),
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: text(TEXT_LIMITS.short),
  line: lineNumber.optional(),
});

export const boundarySchema = z.object({
  line: lineNumber,
  confidence: z.number().min(0).max(1),
  signals: z.array(text(100)).max(100),
});

export const publishedSchema = z.object({
  text: text(TEXT_LIMITS.short),
  iso: text(100).nullable(),
});

export const joinedStorySchema = z.object({
  id: text(TEXT_LIMITS.id).min(1),
  firstLine: lineNumber,
  headlineLine: lineNumber.nullable(),
  byline: text(TEXT_LIMITS.short).nullable(),
  published: publishedSchema.nullable(),
  dateline: text(TEXT_LIMITS.short).nullable(),
  warnings: z.array(warningSchema),
  boundary: boundarySchema,
});

export const storySchema = z.object({
  id: text(TEXT_LIMITS.id).min(1),
  headline: text(TEXT_LIMITS.headline),
  headlineLine: lineNumber.nullable(),
  // Documents written before stories had metadata load with none.
  byline: text(TEXT_LIMITS.short).nullable().default(null),
  published: publishedSchema.nullable().default(null),
  dateline: text(TEXT_LIMITS.short).nullable().default(null),
  captions: z.array(captionSchema),
  body: z.array(paragraphSchema),
  removed: z.array(removedLineSchema),
  warnings: z.array(warningSchema),
  boundary: boundarySchema,
  source: z.object({ firstLine: lineNumber, lastLine: lineNumber }),
  joined: z.array(joinedStorySchema).optional(),
});

export const reviewStateSchema = z.enum(['new', 'reviewed', 'approved', 'spiked']);
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const lineEndingsSchema = z.enum(['LF', 'CRLF', 'CR', 'mixed', 'none']);
export type LineEndings = z.infer<typeof lineEndingsSchema>;

const isoDate = z.iso.datetime({ offset: true });

/** The document as this version writes it. */
export const currentDocumentSchema = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  id: text(TEXT_LIMITS.id).min(1),
  name: text(TEXT_LIMITS.name).min(1),
  importedAt: isoDate,
  /** Kept whole so the split can always be re-run from what the editor imported. */
  source: z.object({
    text: z.string(),
    encoding: z.string(),
    lineEndings: lineEndingsSchema,
    /** How sure the decoding was of the encoding: 1 for a BOM or valid UTF-8, less for a guess. */
    confidence: z.number().min(0).max(1).default(1),
    /** What the decoding reported, naming the lines: bytes replaced, an encoding guessed. */
    warnings: z.array(text(TEXT_LIMITS.short)).max(100).default([]),
    /**
     * What kind of file it was. A structured source (web page, wire file) keeps as `text` its text
     * rendering, one block a line, which the stories' line numbers refer to; Markdown keeps itself.
     */
    kind: z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]).default('text'),
  }),
  stories: z.array(storySchema),
  /** Keyed by story id; a story missing here is `new`. */
  reviews: z.record(z.string(), reviewStateSchema),
  selectedStoryId: z.string().nullable(),
  updatedAt: isoDate,
});

export type CopydeskDocument = z.infer<typeof currentDocumentSchema>;

/**
 * Format 1 kept a caption's dateline twice: in `dateline` and again at the start of `text`. Read
 * now, the text loses that copy, so editing the Dateline field changes the copy that ships.
 */
function fromVersion1(doc: Omit<CopydeskDocument, 'schemaVersion'>): CopydeskDocument {
  const stories = doc.stories.map((story) =>
    story.captions.some((c) => c.dateline !== null)
      ? {
          ...story,
          captions: story.captions.map((c) => ({ ...c, text: captionWords(c.text, c.dateline) })),
        }
      : story,
  );
  return { ...doc, schemaVersion: DOCUMENT_SCHEMA_VERSION, stories };
}

/**
 * A stored document or a Copydesk export, of this format or an older one, read as this version
 * writes it: what the library and the import of `*.copydesk.json` files validate with.
 */
export const documentSchema = currentDocumentSchema
  .extend({ schemaVersion: z.union([z.literal(1), z.literal(DOCUMENT_SCHEMA_VERSION)]) })
  .transform(({ schemaVersion, ...doc }): CopydeskDocument =>
    schemaVersion === 1 ? fromVersion1(doc) : { ...doc, schemaVersion },
  );

/** The parts of a document the editor changes: the source text (megabytes, never edited) is not one. */
export const documentEditsSchema = currentDocumentSchema.pick({
  id: true,
  stories: true,
  reviews: true,
  selectedStoryId: true,
});
export type DocumentEdits = z.infer<typeof documentEditsSchema>;

/**
 * What autosave sends: what changed since the revision the desk last saved, never the whole
 * document. A one-word edit in a 4,000-story document is one story, not ten megabytes.
 */
export const documentChangesSchema = z.object({
  id: text(TEXT_LIMITS.id).min(1),
  /**
   * The stored revision these changes were made on. The library refuses them when it holds another
   * (a second window or machine saved meanwhile), rather than silently losing either side's edits.
   */
  revision: z.number().int().nonnegative(),
  /** Stories new or changed since that revision, whole. */
  stories: z.array(storySchema).max(100_000),
  /** Every story id in order, sent when the order or the set of stories changed; one left out is gone. */
  order: z.array(text(TEXT_LIMITS.id)).max(100_000).optional(),
  /** The review states that changed. */
  reviews: z.record(text(TEXT_LIMITS.id), reviewStateSchema),
  selectedStoryId: text(TEXT_LIMITS.id).nullable(),
});
export type DocumentChanges = z.infer<typeof documentChangesSchema>;

/**
 * The changes that turn `saved` into `next`, or null when there are none. Edits are pure, so an
 * unchanged story is the same object in both: comparing identities costs nothing per story.
 */
export function documentChanges(
  saved: DocumentEdits,
  next: DocumentEdits,
  revision: number,
): DocumentChanges | null {
  const reordered =
    saved.stories.length !== next.stories.length ||
    next.stories.some((s, i) => saved.stories[i]?.id !== s.id);
  // In the same order (every keystroke's save), story i is compared with story i: no map to build.
  let stories: Story[];
  if (reordered) {
    const before = new Map(saved.stories.map((s) => [s.id, s]));
    stories = next.stories.filter((s) => before.get(s.id) !== s);
  } else {
    stories = next.stories.filter((s, i) => saved.stories[i] !== s);
  }
  const reviews: Record<string, ReviewState> = {};
  // Edits that review nothing keep the reviews object, so most saves skip the walk over it.
  if (saved.reviews !== next.reviews) {
    for (const id in next.reviews) {
      const state = next.reviews[id] as ReviewState;
      if (saved.reviews[id] !== state) reviews[id] = state;
    }
  }
  const selectionMoved = saved.selectedStoryId !== next.selectedStoryId;
  if (!stories.length && !reordered && !Object.keys(reviews).length && !selectionMoved) return null;
  return {
    id: next.id,
    revision,
    stories,
    ...(reordered ? { order: next.stories.map((s) => s.id) } : {}),
    reviews,
    selectedStoryId: next.selectedStoryId,
  };
}

/**
 * `doc` with `changes` made: the stories in the new order (or the old one), the changed ones
 * replaced. Refuses an order naming a story that neither side has: nothing would fill its place.
 */
export function applyChanges<D extends DocumentEdits>(doc: D, changes: DocumentChanges): D {
  const byId = new Map(doc.stories.map((s) => [s.id, s]));
  for (const story of changes.stories) byId.set(story.id, story);
  const order = changes.order ?? doc.stories.map((s) => s.id);
  if (new Set(order).size !== order.length) throw new Error('The story order names a story twice.');
  const stories = order.map((id) => {
    const story = byId.get(id);
    if (!story)
      throw new Error(`The story order names story ${id}, which the document does not have.`);
    return story;
  });
  // Reviews of stories gone are kept, as the desk keeps them: an undo may bring the story back.
  const reviews = { ...doc.reviews, ...changes.reviews };
  return { ...doc, stories, reviews, selectedStoryId: changes.selectedStoryId };
}

/** The document as the UI holds it: everything but the source text, which it fetches on demand. */
export type OpenedDocument = Omit<StoredDocument, 'source'> & {
  source: Omit<CopydeskDocument['source'], 'text'>;
  /**
   * Set when only the first stories came (so the first screen shows at once on a big document):
   * how many there are in all. The rest follows; a partial document is never saved.
   */
  partial?: { storyCount: number };
};

/** A document as the library holds it: with the revision its next save must be made on. */
export type StoredDocument = CopydeskDocument & { revision: number };

export function withoutSourceText(doc: StoredDocument): OpenedDocument {
  const { text: _text, ...source } = doc.source;
  return { ...doc, source };
}

// Type-level guard: the schemas must describe the model exactly, so a model change that the schemas
// miss fails the type check instead of silently dropping a field on save.
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type _SchemasMatchModel = [
  Assert<Equal<z.infer<typeof textRunSchema>, TextRun>>,
  Assert<Equal<z.infer<typeof captionSchema>, Caption>>,
  Assert<Equal<z.infer<typeof paragraphSchema>, Paragraph>>,
  Assert<Equal<z.infer<typeof removedLineSchema>, RemovedLine>>,
  Assert<Equal<z.infer<typeof warningSchema>, SplitWarning>>,
  Assert<Equal<z.infer<typeof boundarySchema>, Boundary>>,
  Assert<Equal<z.infer<typeof publishedSchema>, Published>>,
  Assert<Equal<z.infer<typeof joinedStorySchema>, JoinedStory>>,
  Assert<Equal<z.infer<typeof storySchema>, Story>>,
];

export interface CreateDocumentInput {
  id: string;
  name: string;
  /** The decoded file: text with LF line endings, and what was detected (confidence 1 if not said). */
  decoded: {
    text: string;
    encoding: string;
    lineEndings: LineEndings;
    confidence?: number;
    warnings?: string[];
    kind?: SourceKind;
  };
  stories: Story[];
  now: Date;
}

/** A freshly imported document: every story `new`, the first one selected. */
export function createDocument(input: CreateDocumentInput): CopydeskDocument {
  const { reviews, selectedStoryId, updatedAt, ...head } = newDocumentHead({
    ...input,
    storyIds: input.stories.map((s) => s.id),
  });
  // In the order a Copydesk export has always written: the stories before their reviews.
  return { ...head, stories: input.stories, reviews, selectedStoryId, updatedAt };
}

/** A freshly imported document without its stories, which are known by their ids only. */
export function newDocumentHead({
  id,
  name,
  decoded,
  storyIds,
  now,
}: Omit<CreateDocumentInput, 'stories'> & { storyIds: string[] }): Omit<
  CopydeskDocument,
  'stories'
> {
  const at = now.toISOString();
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    name,
    importedAt: at,
    source: {
      text: decoded.text,
      encoding: decoded.encoding,
      lineEndings: decoded.lineEndings,
      confidence: decoded.confidence ?? 1,
      warnings: decoded.warnings ?? [],
      kind: decoded.kind ?? 'text',
    },
    reviews: Object.fromEntries(storyIds.map((storyId) => [storyId, 'new' as const])),
    selectedStoryId: storyIds[0] ?? null,
    updatedAt: at,
  };
}

/** What the library lists: enough for the documents panel without loading each document. */
export interface DocumentSummary {
  id: string;
  name: string;
  importedAt: string;
  updatedAt: string;
  storyCount: number;
  approvedCount: number;
  captionCount: number;
  /** Lines the cleaner took out, over all stories. */
  removedCount: number;
  /** Stories whose start the split is unsure of. */
  uncertainCount: number;
  /** The encoding the file was decoded from, how sure that was (0-1), and what the decoding reported. */
  encoding: string;
  confidence: number;
  warnings: string[];
  /** What kind of file it was (plain text, a web page, a wire file…). */
  kind: SourceKind;
}

/** A document in the library's trash: removed from the list, still stored until deleted for ever. */
export interface TrashedDocument extends DocumentSummary {
  trashedAt: string;
}

/** A version of a document kept when its stories were replaced (a re-split, a restored version). */
export interface DocumentVersion {
  /** Names the version for restoreVersion. */
  id: number;
  /** When it was replaced. */
  savedAt: string;
  /** When it was last changed before that. */
  updatedAt: string;
  storyCount: number;
  approvedCount: number;
}

export interface LibraryProblem {
  /** The document file as it was named in the library, e.g. `<id>.json`. */
  file: string;
  /** Written for the editor: what happened and where the file is now. */
  message: string;
}

export interface LibraryListing {
  documents: DocumentSummary[];
  problems: LibraryProblem[];
}
