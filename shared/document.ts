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
  type SplitWarning,
  type Story,
  type TextRun,
} from './model';

/**
 * Bump when the stored shape changes; the library refuses files newer than this and reads older
 * ones through documentSchema's migration. 2: a caption's `text` no longer repeats its dateline.
 */
export const DOCUMENT_SCHEMA_VERSION = 2;

const lineNumber = z.number().int().positive();

export const textRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z.string().optional(),
});

export const captionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable(),
  dateline: z.string().nullable(),
  lines: z.array(lineNumber),
});

export const paragraphSchema = z.object({
  text: z.string(),
  lines: z.array(lineNumber),
  runs: z.array(textRunSchema).optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
});

export const removedLineSchema = z.object({
  line: lineNumber,
  text: z.string(),
  reason: z.enum(Object.keys(REMOVAL_REASONS) as [RemovalReason, ...RemovalReason[]]),
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  line: lineNumber.optional(),
});

export const boundarySchema = z.object({
  line: lineNumber,
  confidence: z.number().min(0).max(1),
  signals: z.array(z.string()),
});

export const publishedSchema = z.object({ text: z.string(), iso: z.string().nullable() });

export const joinedStorySchema = z.object({
  id: z.string().min(1),
  firstLine: lineNumber,
  headlineLine: lineNumber.nullable(),
  byline: z.string().nullable(),
  published: publishedSchema.nullable(),
  dateline: z.string().nullable(),
  warnings: z.array(warningSchema),
  boundary: boundarySchema,
});

export const storySchema = z.object({
  id: z.string().min(1),
  headline: z.string(),
  headlineLine: lineNumber.nullable(),
  // Documents written before stories had metadata load with none.
  byline: z.string().nullable().default(null),
  published: publishedSchema.nullable().default(null),
  dateline: z.string().nullable().default(null),
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
  id: z.string().min(1),
  name: z.string().min(1),
  importedAt: isoDate,
  /** Kept whole so the split can always be re-run from what the editor imported. */
  source: z.object({ text: z.string(), encoding: z.string(), lineEndings: lineEndingsSchema }),
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

/**
 * What the editor changes, and so what autosave sends: the source text (megabytes, never edited)
 * stays in the library.
 */
export const documentEditsSchema = currentDocumentSchema.pick({
  id: true,
  stories: true,
  reviews: true,
  selectedStoryId: true,
});
export type DocumentEdits = z.infer<typeof documentEditsSchema>;

/** The document as the UI holds it: everything but the source text, which it fetches on demand. */
export type OpenedDocument = Omit<CopydeskDocument, 'source'> & {
  source: Omit<CopydeskDocument['source'], 'text'>;
  /**
   * Set when only the first stories came (so the first screen shows at once on a big document):
   * how many there are in all. The rest follows; a partial document is never saved.
   */
  partial?: { storyCount: number };
};

export function withoutSourceText(doc: CopydeskDocument): OpenedDocument {
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
  /** The decoded file: text with LF line endings, and what was detected. */
  decoded: { text: string; encoding: string; lineEndings: LineEndings };
  stories: Story[];
  now: Date;
}

/** A freshly imported document: every story `new`, the first one selected. */
export function createDocument({
  id,
  name,
  decoded,
  stories,
  now,
}: CreateDocumentInput): CopydeskDocument {
  const at = now.toISOString();
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    name,
    importedAt: at,
    source: { text: decoded.text, encoding: decoded.encoding, lineEndings: decoded.lineEndings },
    stories,
    reviews: Object.fromEntries(stories.map((s) => [s.id, 'new' as const])),
    selectedStoryId: stories[0]?.id ?? null,
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
