// After an import, before anything else: what the split proposes, per file, and what was refused.

import type { ImportFilesResult } from '../../../shared/api';
import { Modal } from './Modal';

export interface ImportSummaryProps {
  result: ImportFilesResult;
  onAccept: () => void;
  /** Where focus goes after: the stories the summary was about. */
  returnFocus?: () => HTMLElement | null;
}

export function ImportSummary({ result, onAccept, returnFocus }: ImportSummaryProps) {
  return (
    <Modal title="Import" onClose={onAccept} {...(returnFocus ? { returnFocus } : {})}>
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
      <button type="button" className="primary" onClick={onAccept} autoFocus>
        {result.documents.length > 0 ? 'Review the split' : 'Close'}
      </button>
    </Modal>
  );
}
