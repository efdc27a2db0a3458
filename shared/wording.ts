// How Copydesk words what an import found, the same in the desk's import summary and the CLI's.

import type { DocumentSummary } from './document';
import { SOURCE_KINDS, type SourceKind } from './model';

/** `n` and the noun for it: the singular for exactly one, else the plural (`noun` + s unless given). */
export function count(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : nouns}`;
}

/** "Read as UTF-8 (certain)." or "Read as windows-1252 (a guess, 67% sure)." */
export function encodingLine(encoding: string, confidence: number): string {
  if (confidence >= 1) return `Read as ${encoding} (certain).`;
  return `Read as ${encoding} (a guess, ${Math.round(confidence * 100)}% sure).`;
}

/** "Plain text, split into stories." or "Web page (HTML), read for its structure." */
export function kindLine(kind: SourceKind | undefined): string {
  // Older listings may lack the kind: they were plain text.
  const read =
    kind === 'text' || kind === undefined ? 'split into stories' : 'read for its structure';
  return `${SOURCE_KINDS[kind ?? 'text']}, ${read}.`;
}

/** "2 stories, 3 captions, 5 lines removed, 1 low-confidence boundary" */
export function splitCounts(
  d: Pick<DocumentSummary, 'storyCount' | 'captionCount' | 'removedCount' | 'uncertainCount'>,
): string {
  return [
    count(d.storyCount, 'story', 'stories'),
    count(d.captionCount, 'caption'),
    `${count(d.removedCount, 'line')} removed`,
    count(d.uncertainCount, 'low-confidence boundary', 'low-confidence boundaries'),
  ].join(', ');
}
