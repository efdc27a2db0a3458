// Edit > Undo and Redo from the application menu: the desk relays them as a window event, and the
// body editor takes them when it has focus (its history is Lexical's, not the browser's).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect } from 'react';

export const HISTORY_EVENT = 'copydesk:history';

export type HistoryRequest = CustomEvent<'undo' | 'redo'>;

export function MenuHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onRequest = (event: Event) => {
      const root = editor.getRootElement();
      if (!root || !root.contains(document.activeElement)) return;
      const { detail } = event as HistoryRequest;
      editor.dispatchCommand(detail === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
      event.preventDefault();
    };
    window.addEventListener(HISTORY_EVENT, onRequest);
    return () => window.removeEventListener(HISTORY_EVENT, onRequest);
  }, [editor]);
  return null;
}
