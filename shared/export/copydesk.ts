// The Copydesk document itself, lossless and re-importable (it parses with documentSchema), holding
// only the exported stories and their review states. The source text keeps its line numbering, so
// every story's provenance still points at the right lines, but only the exported stories' lines
// are kept: a per-story file does not carry the whole dump.

import type { CopydeskDocument } from '../document';
import { encodeText } from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

export function documentWith(document: CopydeskDocument, ids: Set<string>): CopydeskDocument {
  const stories = document.stories.filter((s) => ids.has(s.id));
  const lines = document.source.text.split('\n');
  const keep = new Uint8Array(lines.length + 1);
  for (const story of stories) {
    for (let n = story.source.firstLine; n <= story.source.lastLine && n <= lines.length; n++) {
      keep[n] = 1;
    }
  }
  const text = lines.map((line, i) => (keep[i + 1] ? line : '')).join('\n');
  const reviews = Object.fromEntries(
    Object.entries(document.reviews).filter(([id]) => ids.has(id)),
  );
  const selected =
    document.selectedStoryId !== null && ids.has(document.selectedStoryId)
      ? document.selectedStoryId
      : (stories[0]?.id ?? null);
  return {
    ...document,
    source: { ...document.source, text },
    stories,
    reviews,
    selectedStoryId: selected,
  };
}

export const copydeskWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.copydesk,
  write({ document, stories }, options) {
    // The stories as given (the editor's latest edits), in the order given.
    const ids = new Set(stories.map((s) => s.id));
    const base = documentWith({ ...document, stories }, ids);
    return encodeText(`${JSON.stringify(base, null, 2)}\n`, options);
  },
};
