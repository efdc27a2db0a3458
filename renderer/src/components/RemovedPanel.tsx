// Every line the cleaner removed from this story, with its reason; each can go back into the copy.

import { REMOVAL_REASONS, type Story } from '../../../shared/model';

export interface RemovedPanelProps {
  story: Story;
  onRestore: (line: number, as: 'body' | 'caption') => void;
}

export function RemovedPanel({ story, onRestore }: RemovedPanelProps) {
  if (story.removed.length === 0)
    return <p className="muted">Nothing was removed from this story.</p>;
  return (
    <ul className="removed-list" aria-label="Removed lines">
      {story.removed.map((r) => (
        <li key={r.line}>
          <span className="line-number">Line {r.line}</span>
          <span className="reason">{REMOVAL_REASONS[r.reason]}</span>
          <span className="removed-text">{r.text}</span>
          <span className="actions">
            <button
              type="button"
              onClick={() => onRestore(r.line, 'body')}
              aria-label={`Restore line ${r.line} to the body`}
            >
              To the body
            </button>
            <button
              type="button"
              onClick={() => onRestore(r.line, 'caption')}
              aria-label={`Restore line ${r.line} as a caption`}
            >
              As a caption
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
