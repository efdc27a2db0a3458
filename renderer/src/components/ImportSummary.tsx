// After an import, before anything else: what the split proposes, per file, and what was refused.

import type { ImportFilesResult } from '../../../shared/api';
import { encodingLine, kindLine, splitCounts } from '../../../shared/wording';
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
        <div key={d.id} className="import-file">
          <p>
            <strong>{d.name}</strong>: {splitCounts(d)}
            {d.uncertainCount > 0 ? ' (marked ⚠ in the list: check them)' : ''}.
          </p>
          <p className="source-kind">{kindLine(d.kind)}</p>
          <p className="encoding">{encodingLine(d.encoding, d.confidence)}</p>
          {d.warnings.length > 0 && (
            <ul className="decode-warnings" aria-label={`Decoding warnings for ${d.name}`}>
              {d.warnings.map((w) => (
                <li key={w}>⚠ {w}</li>
              ))}
            </ul>
          )}
        </div>
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
