// Small made-up stories and documents for the desk's state tests: story n sits on line n.

import { createDocument, withoutSourceText, type OpenedDocument } from '../document';
import type { Story } from '../model';

/** Story n: headline `Story n`, one body paragraph, no captions, all on line n. */
export function numberedStory(n: number, changes: Partial<Story> = {}): Story {
  return {
    id: `story-${n}`,
    headline: `Story ${n}`,
    headlineLine: n,
    byline: null,
    published: null,
    dateline: null,
    captions: [],
    body: [{ text: `Body of story ${n}.`, lines: [n] }],
    removed: [],
    warnings: [],
    boundary: { line: n, confidence: 1, signals: [] },
    source: { firstLine: n, lastLine: n },
    ...changes,
  };
}

/** An opened document `dump.txt` (id `doc-1`, revision 1) holding these stories. */
export function openedDocument(stories: Story[], revision = 1): OpenedDocument {
  return withoutSourceText({
    ...createDocument({
      id: 'doc-1',
      name: 'dump.txt',
      decoded: { text: 'x', encoding: 'UTF-8', lineEndings: 'LF' },
      stories,
      now: new Date('2026-11-25T08:00:00Z'),
    }),
    revision,
  });
}
