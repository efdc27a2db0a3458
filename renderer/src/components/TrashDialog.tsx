// The library's trash: documents removed from the list, still stored. Each can be restored as it
// was, or deleted for ever after a second, explicit question in its own row.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrashedDocument } from '../../../shared/document';
import { call } from '../state/api';
import { Modal } from './Modal';
import { shortTime } from './VersionsDialog';
import { count } from '../../../shared/wording';

export interface TrashDialogProps {
  onClose: () => void;
  /** The library changed (a document restored or deleted): the list should be read again. */
  onChanged: () => void;
}

export function TrashDialog({ onClose, onChanged }: TrashDialogProps) {
  const [documents, setDocuments] = useState<TrashedDocument[] | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const load = useCallback(
    () =>
      call('listTrash', {}).then(setDocuments, (err: Error) => {
        setError(err.message);
        setDocuments([]);
      }),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /**
   * The row's buttons leave with it: focus goes on to the next row's, else to Close, once the list
   * read again is on screen (a frame after the read could still show the row that left).
   */
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAt.current;
    if (index === null) return;
    focusAt.current = null;
    const rows = list.current?.querySelectorAll('li') ?? [];
    const row = rows[Math.min(index, rows.length - 1)];
    (row?.querySelector('button') ?? closeButton.current)?.focus();
  }, [documents]);

  const act = async (d: TrashedDocument, index: number, what: 'restore' | 'delete') => {
    setAsking(null);
    setError(null);
    try {
      if (what === 'restore') await call('restoreDocument', { id: d.id });
      else await call('deleteDocument', { id: d.id });
      setStatus(
        what === 'restore'
          ? `“${d.name}” is back in the documents list.`
          : `“${d.name}” was deleted for ever.`,
      );
      onChanged();
      focusAt.current = index;
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <Modal title="Trash" onClose={onClose} className="trash">
      {documents === null ? (
        <p className="muted">Reading the trash…</p>
      ) : documents.length === 0 ? (
        <p className="muted">The trash is empty.</p>
      ) : (
        <ul className="trash-list" ref={list}>
          {documents.map((d, index) => (
            <li key={d.id}>
              <span className="doc-name">{d.name}</span>
              <span className="muted">
                {count(d.storyCount, 'story', 'stories')}, removed {shortTime(d.trashedAt)}
              </span>
              {asking === d.id ? (
                <span className="trash-ask" role="group" aria-label={`Delete ${d.name}?`}>
                  <span>Delete for ever? It cannot be brought back.</span>
                  <button type="button" autoFocus onClick={() => setAsking(null)}>
                    Keep it
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void act(d, index, 'delete')}
                  >
                    Delete for ever
                  </button>
                </span>
              ) : (
                <span className="trash-actions">
                  <button
                    type="button"
                    aria-label={`Restore ${d.name}`}
                    onClick={() => void act(d, index, 'restore')}
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${d.name}…`}
                    onClick={() => setAsking(d.id)}
                  >
                    Delete…
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {status && (
        <p role="status" className="trash-status">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" ref={closeButton} onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
