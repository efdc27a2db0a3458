// After an import, before anything else: what the split proposes, per file, and what was refused.

import { useEffect, useRef } from 'react';
import type { ImportFilesResult } from '../../../shared/api';
import type { OpenedDocument } from '../../../shared/document';
import { LOW_CONFIDENCE } from '../../../shared/model';

export function summarise(doc: OpenedDocument) {
  const stories = doc.stories.length;
  const captions = doc.stories.reduce((n, s) => n + s.captions.length, 0);
  const removed = doc.stories.reduce((n, s) => n + s.removed.length, 0);
  const uncertain = doc.stories.filter((s) => s.boundary.confidence < LOW_CONFIDENCE).length;
  return { stories, captions, removed, uncertain };
}

export interface ImportSummaryProps {
  result: ImportFilesResult;
  /** The first imported document, loaded: its split is what the editor accepts. */
  doc: OpenedDocument | null;
  onAccept: () => void;
}

export function ImportSummary({ result, doc, onAccept }: ImportSummaryProps) {
  const accept = useRef<HTMLButtonElement>(null);
  useEffect(() => accept.current?.focus(), []);
  const counts = doc ? summarise(doc) : null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="import-summary-title">
        <h2 id="import-summary-title">Import</h2>
        {counts && (
          <p>
            <strong>{doc?.name}</strong>: {counts.stories} stories, {counts.captions} captions,{' '}
            {counts.removed} lines removed, {counts.uncertain} low-confidence boundaries
            {counts.uncertain > 0 ? ' (marked ⚠ in the list: check them)' : ''}.
          </p>
        )}
        {result.documents.length > 1 && <p>{result.documents.length} files imported.</p>}
        {result.errors.length > 0 && (
          <ul className="errors" aria-label="Files not imported">
            {result.errors.map((e) => (
              <li key={e.name} role="alert">
                {e.message}
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
