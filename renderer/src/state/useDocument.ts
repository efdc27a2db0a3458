// The open document: loaded from the library, changed only through pure edits, saved within a
// second of any change. Document-level actions (merge, split, spike, approve, restore, caption
// fixes, re-split, reorder) have one history: undo and redo, each saying what it did.

import { useCallback, useEffect, useRef, useState } from 'react';
import { FIRST_STORIES } from '../../../shared/api';
import type { OpenedDocument } from '../../../shared/document';
import { call } from './api';
import { DocumentSaver, type SaveState } from './saver';

export { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, type SaveState } from './saver';
const UNDO_LIMIT = 100;

type Edit = (doc: OpenedDocument) => OpenedDocument;

/** What an action did, worded for the editor; worked out from the document before and after. */
export type ActionLabel = string | ((before: OpenedDocument, after: OpenedDocument) => string);

export interface ApplyOptions {
  /** A document action (merge, split, spike, caption fix) that undo() takes back. */
  undoable?: boolean;
  /** For an undoable action: what it did ("Merged 2 stories"), shown with an Undo button. */
  label?: ActionLabel;
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
  label: string;
}

/**
 * One undone action, for redo: the document as it was with the action, and the edits made since
 * the undo, which redo replays so that it never takes back the words typed after the undo either.
 */
interface RedoStep {
  after: OpenedDocument;
  since: Map<string | symbol, Edit>;
  label: string;
}

/** The last thing done to the document's history, for the status line: done, undone or redone. */
export interface LastAction {
  label: string;
  kind: 'done' | 'undone' | 'redone';
  /** Counts up with each, so the same words twice still read as news. */
  seq: number;
}

export interface OpenDocument {
  doc: OpenedDocument | null;
  loadError: string | null;
  saveState: SaveState;
  /** Applies an edit; `undoable` ones can be taken back with undo(). */
  apply: (edit: Edit, options?: ApplyOptions) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** The action last done, undone or redone, until the document changes. */
  lastAction: LastAction | null;
  /** Saves any pending change now (before an export reads the stored document). */
  flush: () => Promise<void>;
  /**
   * Replaces the document wholesale with one the backend has already stored (after a re-split).
   * With a label it is an action undo takes back (by saving the document as it was).
   */
  replace: (doc: OpenedDocument, label?: string) => void;
}

function replay(doc: OpenedDocument, edits: Map<string | symbol, Edit>): OpenedDocument {
  let next = doc;
  for (const edit of edits.values()) {
    try {
      next = edit(next);
    } catch {
      // An edit of what the undone action made (a story it split off) goes with it.
    }
  }
  return next;
}

const resolveLabel = (
  label: ActionLabel | undefined,
  before: OpenedDocument,
  after: OpenedDocument,
) => (typeof label === 'function' ? label(before, after) : (label ?? 'Changed the document'));

export function useDocument(id: string | null): OpenDocument {
  // Each piece of state remembers which document it belongs to, so switching documents needs no
  // synchronous reset: what belongs to another id simply reads as empty.
  const [shown, setShown] = useState<{
    doc: OpenedDocument | null;
    canUndo: boolean;
    canRedo: boolean;
    last: LastAction | null;
  }>({ doc: null, canUndo: false, canRedo: false, last: null });
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // The latest document and undo stack, read by edits without waiting for a render; state mirrors
  // them so the UI renders. Updaters stay pure (React may run them twice).
  const latest = useRef<OpenedDocument | null>(null);
  const stack = useRef<UndoStep[]>([]);
  const redoStack = useRef<RedoStep[]>([]);
  const seq = useRef(0);
  // Autosave of the whole document once it is here (never of a partial one).
  const saver = useRef<DocumentSaver | null>(null);
  // While only the first stories are here: the edits made so far, to replay on the whole document.
  const pending = useRef<{ edit: Edit; options: ApplyOptions | undefined }[] | null>(null);

  /** Keeps the undo history up to date with an edit just made on `before`. */
  const record = useCallback(
    (before: OpenedDocument, after: OpenedDocument, edit: Edit, options?: ApplyOptions) => {
      if (options?.undoable) {
        const label = resolveLabel(options.label, before, after);
        stack.current = [
          ...stack.current.slice(-UNDO_LIMIT + 1),
          { before, since: new Map(), label },
        ];
        // A new action: what was undone before it can no longer be redone.
        redoStack.current = [];
        return label;
      }
      const key = options?.key ?? Symbol('edit');
      const top = stack.current.at(-1);
      for (const step of top ? [top, ...redoStack.current] : redoStack.current) {
        step.since.delete(key);
        step.since.set(key, edit);
      }
      return null;
    },
    [],
  );

  const show = useCallback((next: OpenedDocument | null, did?: Omit<LastAction, 'seq'>) => {
    latest.current = next;
    const last = did ? { ...did, seq: ++seq.current } : undefined;
    setShown((prev) => ({
      doc: next,
      canUndo: stack.current.length > 0,
      canRedo: redoStack.current.length > 0,
      // Another document, or none: what was done to the last one is no news here.
      last: last ?? (next !== null && prev.doc?.id === next.id ? prev.last : null),
    }));
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
    redoStack.current = [];
    latest.current = null;
    pending.current = null;
    saver.current = null;
    const fail = (err: Error) => current && id !== null && setFailed({ id, message: err.message });
    if (id !== null) {
      // The first stories, then the whole document: edits made meanwhile are kept and replayed.
      call('loadDocument', { id, first: FIRST_STORIES }).then((first) => {
        if (!current) return;
        if (!first.partial) {
          track(first);
          return show(first);
        }
        pending.current = [];
        show(first);
        // The rest once the first stories are painted: reading and checking thousands of stories
        // in the backend would otherwise compete with that first frame for the machine.
        afterPaint(() => call('loadDocument', { id })).then((whole) => {
          const edits = pending.current;
          if (!current || edits === null) return;
          pending.current = null;
          track(whole);
          let doc = whole;
          for (const { edit, options } of edits) {
            const next = edit(doc);
            record(doc, next, edit, options);
            doc = next;
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
      const did = options?.undoable
        ? { label: resolveLabel(options.label, previous, next), kind: 'done' as const }
        : undefined;
      if (pending.current) {
        // Only the first stories are here: show the edit now, save it once the rest has come.
        pending.current.push({ edit, options: did ? { ...options, label: did.label } : options });
        show(next, did);
        return;
      }
      record(previous, next, edit, did ? { ...options, label: did.label } : options);
      show(next, did);
      schedule(next);
    },
    [record, schedule, show],
  );

  const undo = useCallback(() => {
    // Undo starts once the whole document is here (well under a second on the largest).
    if (pending.current) return;
    const step = stack.current.pop();
    const current = latest.current;
    if (!step || !current) return;
    const doc = replay(step.before, step.since);
    // Those edits now follow the action before: undoing that one replays them too.
    const below = stack.current.at(-1);
    for (const [key, edit] of step.since) {
      below?.since.delete(key);
      below?.since.set(key, edit);
    }
    redoStack.current = [
      ...redoStack.current.slice(-UNDO_LIMIT + 1),
      { after: current, since: new Map(), label: step.label },
    ];
    show(doc, { label: step.label, kind: 'undone' });
    schedule(doc);
  }, [schedule, show]);

  const redo = useCallback(() => {
    if (pending.current) return;
    const step = redoStack.current.pop();
    const current = latest.current;
    if (!step || !current) return;
    const doc = replay(step.after, step.since);
    stack.current = [
      ...stack.current.slice(-UNDO_LIMIT + 1),
      { before: current, since: new Map(), label: step.label },
    ];
    show(doc, { label: step.label, kind: 'redone' });
    schedule(doc);
  }, [schedule, show]);

  const replace = useCallback(
    (next: OpenedDocument, label?: string) => {
      const before = latest.current;
      pending.current = null;
      // The backend stored it already: autosave goes on from its revision.
      if (saver.current) saver.current.reset(next);
      else track(next);
      redoStack.current = [];
      if (label !== undefined && before !== null && before.id === next.id) {
        stack.current = [
          ...stack.current.slice(-UNDO_LIMIT + 1),
          { before, since: new Map(), label },
        ];
        show(next, { label, kind: 'done' });
      } else {
        stack.current = [];
        show(next);
      }
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
    redo,
    canUndo: doc !== null && shown.canUndo,
    canRedo: doc !== null && shown.canRedo,
    lastAction: doc !== null ? shown.last : null,
    replace,
    flush: save,
  };
}

/** Runs `work` once the next frame has been painted (a message posted from rAF arrives after it). */
function afterPaint<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<void>((painted) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => painted();
      channel.port2.postMessage(null);
    }),
  ).then(work);
}
