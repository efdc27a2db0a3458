// After an import, before anything else: what the split proposes, per file, and what was refused.

import { useEffect, useRef } from 'react';
import type { ImportFilesResult } from '../../../shared/api';

export interface ImportSummaryProps {
  result: ImportFilesResult;
  onAccept: () => void;
}

export function ImportSummary({ result, onAccept }: ImportSummaryProps) {
  const accept = useRef<HTMLButtonElement>(null);
  useEffect(() => accept.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="import-summary-title">
        <h2 id="import-summary-title">Import</h2>
        {result.documents.map((d) => (
          <p key={d.id}>
            <strong>{d.name}</strong>: {d.storyCount} stories, {d.captionCount} captions,{' '}
            {d.removedCount} lines removed, {d.uncertainCount} low-confidence boundaries
            {d.uncertainCount > 0 ? ' (marked ⚠ in the list: check them)' : ''}.
          </p>
        ))}
        {result.documents.length > 1 && <p>{result.documents.length} files imported.</p>}
        {result.errors.length > 0 && (
          <ul className="errors" aria-label="Files not imported">
            {result.errors.map((e) => (
              <li key={e.name}>
                <span role="alert">{e.message}</span>
              </li>
            ))}
          </ul>
        )}
        <button ref={accept} type="button" onClick={onAccept}>
          {result.documents.length > 0 ? 'Review the split' : 'Close'}
        </button>
      </div>
    </div>
  );
}
