// After an import, before anything else: what the split proposes, per file, and what was refused.

import type { ImportFilesResult } from '../../../shared/api';
import { SOURCE_KINDS } from '../../../shared/model';
import { Modal } from './Modal';
import { count } from '../count';

export interface ImportSummaryProps {
  result: ImportFilesResult;
  onAccept: () => void;
  /** Where focus goes after: the stories the summary was about. */
  returnFocus?: () => HTMLElement | null;
}

/** "Read as UTF-8 (certain)." or "Read as windows-1252 (a guess, 67% sure)." */
export function encodingLine(encoding: string, confidence: number): string {
  if (confidence >= 1) return `Read as ${encoding} (certain).`;
  return `Read as ${encoding} (a guess, ${Math.round(confidence * 100)}% sure).`;
}

export function ImportSummary({ result, onAccept, returnFocus }: ImportSummaryProps) {
  return (
    <Modal title="Import" onClose={onAccept} {...(returnFocus ? { returnFocus } : {})}>
      {result.documents.map((d) => (
        <div key={d.id} className="import-file">
          <p>
            <strong>{d.name}</strong>: {count(d.storyCount, 'story', 'stories')},{' '}
            {count(d.captionCount, 'caption')}, {count(d.removedCount, 'line')} removed,{' '}
            {count(d.uncertainCount, 'low-confidence boundary', 'low-confidence boundaries')}
            {d.uncertainCount > 0 ? ' (marked ⚠ in the list: check them)' : ''}.
          </p>
          <p className="source-kind">
            {/* Older listings may lack the kind: they were plain text. */}
            {SOURCE_KINDS[d.kind ?? 'text']}
            {d.kind === 'text' || d.kind === undefined
              ? ', split into stories.'
              : ', read for its structure.'}
          </p>
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
