// The Copydesk document itself, lossless and re-importable (it parses with documentSchema), holding
// only the exported stories and their review states. Its source text is the excerpt that runs from
// the first exported story's first line to the last one's last line (other stories' lines in between
// left blank), and every line reference is renumbered to match, so provenance still points at the
// right lines. A per-story file costs the story's own lines: exporting every story of a big dump one
// file each is linear in the dump, where carrying the whole numbering in each file was quadratic.

import type { CopydeskDocument } from '../document';
import { renumbered, type Story } from '../model';
import { encodeText } from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

// The source split into lines once per document, however many files are written from it.
const LINES = new WeakMap<CopydeskDocument['source'], string[]>();

function linesOf(source: CopydeskDocument['source']): string[] {
  let lines = LINES.get(source);
  if (!lines) {
    lines = source.text.split('\n');
    LINES.set(source, lines);
  }
  return lines;
}

/** Every line a story refers to, so none is renumbered off the excerpt's start. */
function referencedLines(story: Story): number[] {
  return [
    story.source.firstLine,
    story.source.lastLine,
    story.boundary.line,
    ...(story.headlineLine === null ? [] : [story.headlineLine]),
    ...story.captions.flatMap((c) => c.lines),
    ...story.body.flatMap((p) => p.lines),
    ...story.removed.map((r) => r.line),
    ...story.warnings.flatMap((w) => (w.line === undefined ? [] : [w.line])),
    ...(story.joined ?? []).flatMap((j) => [
      j.firstLine,
      j.boundary.line,
      ...(j.headlineLine === null ? [] : [j.headlineLine]),
      ...j.warnings.flatMap((w) => (w.line === undefined ? [] : [w.line])),
    ]),
  ];
}

export function documentWith(document: CopydeskDocument, ids: Set<string>): CopydeskDocument {
  const chosen = document.stories.filter((s) => ids.has(s.id));
  const lines = linesOf(document.source);
  let first = Infinity;
  let last = 0;
  for (const story of chosen) {
    for (const line of referencedLines(story)) {
      first = Math.min(first, line);
      last = Math.max(last, Math.min(line, lines.length));
    }
  }
  const offset = chosen.length === 0 ? 0 : first - 1;
  const excerpt: string[] = new Array<string>(Math.max(0, last - offset)).fill('');
  for (const story of chosen) {
    const end = Math.min(story.source.lastLine, lines.length);
    for (let n = story.source.firstLine; n <= end; n++)
      excerpt[n - 1 - offset] = lines[n - 1] ?? '';
  }
  const reviews = Object.fromEntries(
    Object.entries(document.reviews).filter(([id]) => ids.has(id)),
  );
  const selected =
    document.selectedStoryId !== null && ids.has(document.selectedStoryId)
      ? document.selectedStoryId
      : (chosen[0]?.id ?? null);
  return {
    ...document,
    source: { ...document.source, text: excerpt.join('\n') },
    stories: chosen.map((story) => renumbered(story, offset)),
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
