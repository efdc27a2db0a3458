// The open document: loaded from the library, changed only through pure edits, saved within a
// second of any change. Document-level actions (merge, split, spike, caption fixes) are undoable.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import { call } from './api';
import { DocumentSaver, type SaveState } from './saver';

export { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, type SaveState } from './saver';
const UNDO_LIMIT = 100;
/**
 * Stories asked for first: enough to fill the list, so a 5,000-story document shows at once while
 * the rest loads. Edits made meanwhile are kept and replayed on the whole document.
 */
export const FIRST_STORIES = 100;

type Edit = (doc: OpenedDocument) => OpenedDocument;

export interface ApplyOptions {
  /** A document action (merge, split, spike, caption fix) that undo() takes back. */
  undoable?: boolean;
  /**
   * For the other edits (typing): what they set, e.g. `body:<story>`. Typing sets a whole field, so
   * of the edits with one key only the last needs replaying when an earlier action is undone.
   */
  key?: string;
}

/**
 * One undoable action: the document before it, and the edits made since (typing, selection), which
 * undo replays so that taking back a merge never takes back the words typed after it.
 */
interface UndoStep {
  before: OpenedDocument;
  since: Map<string | symbol, Edit>;
}

export interface OpenDocument {
  doc: OpenedDocument | null;
  loadError: string | null;
  saveState: SaveState;
  /** Applies an edit; `undoable` ones can be taken back with undo(). */
  apply: (edit: Edit, options?: ApplyOptions) => void;
  undo: () => void;
  canUndo: boolean;
  /** Saves any pending change now (before an export reads the stored document). */
  flush: () => Promise<void>;
  /** Replaces the document wholesale (after a re-split), forgetting undo. */
  replace: (doc: OpenedDocument) => void;
}

export function useDocument(id: string | null): OpenDocument {
  // Each piece of state remembers which document it belongs to, so switching documents needs no
  // synchronous reset: what belongs to another id simply reads as empty.
  const [shown, setShown] = useState<{ doc: OpenedDocument | null; canUndo: boolean }>({
    doc: null,
    canUndo: false,
  });
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // The latest document and undo stack, read by edits without waiting for a render; state mirrors
  // them so the UI renders. Updaters stay pure (React may run them twice).
  const latest = useRef<OpenedDocument | null>(null);
  const stack = useRef<UndoStep[]>([]);
  // Autosave of the whole document once it is here (never of a partial one).
  const saver = useRef<DocumentSaver | null>(null);
  // While only the first stories are here: the edits made so far, to replay on the whole document.
  const pending = useRef<{ edit: Edit; options: ApplyOptions | undefined }[] | null>(null);

  /** Keeps the undo history up to date with an edit just made on `before`. */
  const record = useCallback((before: OpenedDocument, edit: Edit, options?: ApplyOptions) => {
    if (options?.undoable) {
      stack.current = [...stack.current.slice(-UNDO_LIMIT + 1), { before, since: new Map() }];
      return;
    }
    const top = stack.current.at(-1);
    if (!top) return;
    const key = options?.key ?? Symbol('edit');
    top.since.delete(key);
    top.since.set(key, edit);
  }, []);

  const show = useCallback((next: OpenedDocument | null) => {
    latest.current = next;
    setShown({ doc: next, canUndo: stack.current.length > 0 });
  }, []);

  const save = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);

  const schedule = useCallback((next: OpenedDocument) => saver.current?.change(next), []);

  /** From here on autosave sends what changes relative to `stored`, the library's version. */
  const track = useCallback((stored: OpenedDocument) => {
    saver.current?.dispose();
    saver.current = new DocumentSaver(stored, {
      send: (changes) => call('saveDocument', { changes }),
      onState: setSaveState,
    });
  }, []);

  useEffect(() => {
    let current = true;
    stack.current = [];
    latest.current = null;
    pending.current = null;
    saver.current = null;
    const fail = (err: Error) => current && id !== null && setFailed({ id, message: err.message });
    if (id !== null) {
      call('loadDocument', { id, first: FIRST_STORIES }).then((first) => {
        if (!current) return;
        if (!first.partial) {
          track(first);
          return show(first);
        }
        pending.current = [];
        show(first);
        call('loadDocument', { id }).then((whole) => {
          const edits = pending.current;
          if (!current || edits === null) return;
          pending.current = null;
          track(whole);
          let doc = whole;
          for (const { edit, options } of edits) {
            record(doc, edit, options);
            doc = edit(doc);
          }
          show(doc);
          if (doc !== whole) schedule(doc);
        }, fail);
      }, fail);
    }
    return () => {
      current = false;
      // The document being left keeps its own saver: what it has unsaved is sent from there.
      const leaving = saver.current;
      saver.current = null;
      void leaving?.flush().then(() => leaving.dispose());
    };
  }, [id, record, schedule, show, track]);

  // Leaving the page or hiding the window saves at once.
  useEffect(() => {
    const flush = () => void save();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [save]);

  const apply = useCallback<OpenDocument['apply']>(
    (edit, options) => {
      const previous = latest.current;
      if (!previous) return;
      const next = edit(previous);
      if (next === previous) return;
      if (pending.current) {
        // Only the first stories are here: show the edit now, save it once the rest has come.
        pending.current.push({ edit, options });
        show(next);
        return;
      }
      record(previous, edit, options);
      show(next);
      schedule(next);
    },
    [record, schedule, show],
  );

  const undo = useCallback(() => {
    // Undo starts once the whole document is here (well under a second on the largest).
    if (pending.current) return;
    const step = stack.current.pop();
    if (!step) return;
    let doc = step.before;
    for (const edit of step.since.values()) {
      try {
        doc = edit(doc);
      } catch {
        // An edit of what the undone action made (a story it split off) goes with it.
      }
    }
    // Those edits now follow the action before: undoing that one replays them too.
    const below = stack.current.at(-1);
    for (const [key, edit] of step.since) {
      below?.since.delete(key);
      below?.since.set(key, edit);
    }
    show(doc);
    schedule(doc);
  }, [schedule, show]);

  const replace = useCallback(
    (next: OpenedDocument) => {
      stack.current = [];
      pending.current = null;
      if (saver.current) saver.current.reset(next);
      else track(next);
      show(next);
    },
    [show, track],
  );

  const doc = shown.doc && shown.doc.id === id ? shown.doc : null;
  const loadError = failed && failed.id === id ? failed.message : null;
  return {
    doc,
    loadError,
    saveState,
    apply,
    undo,
    canUndo: doc !== null && shown.canUndo,
    replace,
    flush: save,
  };
}
