// The open document's previous versions: what it was before each re-split or restore. Restoring one
// keeps the current stories as a version in turn, so nothing is lost either way.

import { useEffect, useState } from 'react';
import type { DocumentVersion } from '../../../shared/document';
import { call } from '../state/api';
import { Modal } from './Modal';
import { count } from '../../../shared/wording';

export interface VersionsDialogProps {
  documentId: string;
  name: string;
  onClose: () => void;
  /** Restore this version (the desk saves what is unsaved first). `when` as the dialog shows it. */
  onRestore: (version: { id: number; when: string }) => void;
}

/** `30 Nov 2026, 12:31` in the editor's locale and time zone. */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function VersionsDialog({ documentId, name, onClose, onRestore }: VersionsDialogProps) {
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('listVersions', { id: documentId }).then(setVersions, (err: Error) => {
      setError(err.message);
      setVersions([]);
    });
  }, [documentId]);

  return (
    <Modal title="Previous versions" onClose={onClose} className="versions">
      <p>
        What “{name}” was before it was split again or a version was restored. Restoring one keeps
        the current stories as a version too.
      </p>
      {versions === null ? (
        <p className="muted">Reading the versions…</p>
      ) : versions.length === 0 && !error ? (
        <p className="muted">No previous versions yet.</p>
      ) : (
        <ul className="versions-list">
          {versions.map((v) => {
            const when = shortTime(v.updatedAt);
            return (
              <li key={v.id}>
                <span>
                  <strong>{when}</strong>
                  <span className="muted">
                    {' '}
                    · {count(v.storyCount, 'story', 'stories')}, {v.approvedCount} approved ·
                    replaced {shortTime(v.savedAt)}
                  </span>
                </span>
                <button
                  type="button"
                  aria-label={`Restore the version of ${when}`}
                  onClick={() => onRestore({ id: v.id, when })}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
