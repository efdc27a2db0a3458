// Keeps the story model and the editor in step: edits go out as Paragraph[], and a body changed
// from outside (a restored line, a document-level undo) comes back in.

import type { HistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection, CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { Paragraph } from '../../../../shared/model';
import { $paragraphsToRoot, $rootToParagraphs, sameParagraphs } from '../convert';
import { Debounce } from '../../debounce';
import { $cursorInModel } from '../offsets';

/** Tags the update that loads a body from outside, so it is not echoed back as an edit. */
export const LOAD_TAG = 'copydesk-load';

/**
 * Makes the loaded body the state undo returns to. Lexical's history only starts at the first
 * change after a click, so without this the first edit (say, Replace all) could not be undone.
 */
function startHistoryHere(editor: LexicalEditor, history: HistoryState): void {
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  history.current = { editor, editorState: editor.getEditorState() };
}

/**
 * Takes over a history kept from an earlier editor of the same story (the desk showed another
 * story in between): its entries are made this editor's, so undo goes on where it stopped. Only
 * when the body is still the one that history ends with; changed from outside meanwhile (a
 * document undo, a merge), undo must not step back over that change, and the history is dropped.
 */
function adoptHistory(
  editor: LexicalEditor,
  history: HistoryState,
  paragraphs: readonly Paragraph[],
): boolean {
  const current = history.current;
  if (current === null) return false;
  if (current.editor === editor) return true;
  const held = current.editorState.read(() => $rootToParagraphs(paragraphs), {
    editor: current.editor,
  });
  if (!sameParagraphs(held, paragraphs)) return false;
  // HistoryPlugin sets an entry's state on the entry's own editor: the earlier one is gone.
  for (const entry of [...history.undoStack, ...history.redoStack]) entry.editor = editor;
  history.current = { editor, editorState: editor.getEditorState() };
  return true;
}

export interface ModelSyncProps {
  /**
   * The HistoryPlugin's state, so a load can be made the start of undo; one kept from an earlier
   * editor of the story carries on (see adoptHistory).
   */
  history: HistoryState;
  paragraphs: Paragraph[];
  onChange: (paragraphs: Paragraph[]) => void;
  onCursor?: (paragraph: number, offset: number) => void;
  /** How long typing may pause before the story hears of it; 0 reports every change at once. */
  syncDelayMs?: number;
}

/** Well inside the second autosave promises, and longer than the gap between two keystrokes. */
export const SYNC_DELAY_MS = 150;
/** Typing that never pauses still reaches the story (and autosave) this often. */
export const SYNC_MAX_WAIT_MS = 300;

export function ModelSyncPlugin({
  history,
  paragraphs,
  onChange,
  onCursor,
  syncDelayMs = SYNC_DELAY_MS,
}: ModelSyncProps) {
  const [editor] = useLexicalComposerContext();
  // What the editor holds in model terms, and where its source lines came from.
  const last = useRef(paragraphs);
  const base = useRef(paragraphs);
  // Every body this editor sent out: when one comes back as a prop, even late, it is an echo.
  const sent = useRef(new WeakSet<Paragraph[]>());
  const callbacks = useRef({ onChange, onCursor });
  useEffect(() => {
    callbacks.current = { onChange, onCursor };
  });

  // Read once, on mount, like the editor's first state.
  const initial = useRef(paragraphs);
  useEffect(() => {
    if (!adoptHistory(editor, history, initial.current)) startHistoryHere(editor, history);
  }, [editor, history]);

  useEffect(() => {
    let cursor = '';
    const flush = () => {
      typing.cancel();
      const next = editor.getEditorState().read(() => $rootToParagraphs(base.current));
      // A blank paragraph or a format toggled at the caret changes the editor, not the copy.
      if (sameParagraphs(next, last.current)) return;
      last.current = next;
      sent.current.add(next);
      callbacks.current.onChange(next);
    };
    // Typing fast: the story is rebuilt once the keys pause, not on every keystroke, so a
    // 10,000-word body stays as quick to type in as a short one; but at least every
    // SYNC_MAX_WAIT_MS, so a steady typist's words are saved too.
    const typing = new Debounce(flush, syncDelayMs, Math.max(syncDelayMs, SYNC_MAX_WAIT_MS));
    const unregister = editor.registerUpdateListener(
      ({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        const at = editorState.read(() => $cursorInModel());
        const key = at ? `${at.paragraph}:${at.offset}` : '';
        if (at && key !== cursor) callbacks.current.onCursor?.(at.paragraph, at.offset);
        cursor = key;
        if (tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        if (syncDelayMs === 0) return flush();
        typing.poke();
      },
    );
    // Leaving the body (to click Split at cursor, Approve, another story) hands the edit over first.
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('focusout', flush);
      root?.addEventListener('focusout', flush);
    });
    // Closing or hiding the window too (these run before the desk's own save on the same events).
    const flushPending = () => typing.pending && flush();
    window.addEventListener('pagehide', flushPending);
    document.addEventListener('visibilitychange', flushPending);
    return () => {
      unregister();
      unregisterRoot();
      window.removeEventListener('pagehide', flushPending);
      document.removeEventListener('visibilitychange', flushPending);
      flushPending();
    };
  }, [editor, syncDelayMs]);

  useEffect(() => {
    if (sent.current.has(paragraphs) || sameParagraphs(paragraphs, last.current)) return;
    last.current = base.current = paragraphs;
    // From here on a body this editor sent before is no echo: it comes back from an undo of the
    // outside change (a story dateline's), and must show again.
    sent.current = new WeakSet();
    editor.update(
      () => {
        $paragraphsToRoot(paragraphs);
        // Changed from outside while the editor works elsewhere (a story dateline field, a restored
        // line): with a selection left over, Lexical would put the caret, and the focus, back in the
        // body, and the key that made the change (Enter) would land there.
        const root = editor.getRootElement();
        if (!root?.contains(root.ownerDocument.activeElement)) $setSelection(null);
      },
      { tag: LOAD_TAG, discrete: true },
    );
    // Undo inside the editor must not step back into the body as it was before the outside change.
    startHistoryHere(editor, history);
  }, [editor, history, paragraphs]);

  return null;
}
