// The story's original lines from the imported text, removed lines marked, so the editor can see
// exactly what the split did.

import { useEffect, useMemo, useState } from 'react';
import type { Story } from '../../../shared/model';
import { call } from '../state/api';

export interface SourceViewProps {
  story: Story;
  documentId: string;
}

/** The imported text is fetched when first shown (it can be megabytes), then kept per document. */
function useSourceLines(documentId: string): string[] | { error: string } | null {
  const [loaded, setLoaded] = useState<{ id: string; lines: string[] | { error: string } } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    call('loadSource', { id: documentId }).then(
      ({ text }) => current && setLoaded({ id: documentId, lines: text.split('\n') }),
      (err: Error) => current && setLoaded({ id: documentId, lines: { error: err.message } }),
    );
    return () => {
      current = false;
    };
  }, [documentId]);
  return loaded?.id === documentId ? loaded.lines : null;
}

export function SourceView({ story, documentId }: SourceViewProps) {
  const all = useSourceLines(documentId);
  const lines = useMemo(
    () => (Array.isArray(all) ? all.slice(story.source.firstLine - 1, story.source.lastLine) : []),
    [all, story.source.firstLine, story.source.lastLine],
  );
  if (all === null) return <p role="status">Loading the source…</p>;
  if (!Array.isArray(all)) return <p role="alert">{all.error}</p>;
  const removed = new Map(story.removed.map((r) => [r.line, r.reason]));
  return (
    <ol className="source-view" aria-label="Source" start={story.source.firstLine}>
      {lines.map((text, i) => {
        const line = story.source.firstLine + i;
        const reason = removed.get(line);
        return (
          <li
            key={line}
            className={reason ? 'removed' : undefined}
            title={reason ? `Removed: ${reason}` : undefined}
            dir="auto"
          >
            {reason && <span className="visually-hidden">Removed ({reason}): </span>}
            {text || '\u00a0'}
          </li>
        );
      })}
    </ol>
  );
}
