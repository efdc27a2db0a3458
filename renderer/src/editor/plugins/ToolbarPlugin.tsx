// The body's toolbar: bold, italic, link, paragraph direction and find, each also on the keyboard
// (Ctrl/Cmd+B, I, K and F).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { isModShortcut } from '../keys';
import { $toggleDirection } from './DirectionPlugin';
import { OPEN_FIND_COMMAND } from './FindReplacePlugin';
import { $selectedLinkUrl, LinkForm } from './LinkForm';

interface Formats {
  bold: boolean;
  italic: boolean;
}

// Buttons must not take focus from the editor, or the selection they act on is lost.
const keepFocus = (e: MouseEvent) => e.preventDefault();

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>({ bold: false, italic: false });
  const [link, setLink] = useState<{ selection: BaseSelection | null; url: string } | null>(null);

  const openLink = useCallback(() => {
    setLink(
      editor.getEditorState().read(() => ({
        selection: $getSelection()?.clone() ?? null,
        url: $selectedLinkUrl() ?? '',
      })),
    );
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const bold = selection.hasFormat('bold');
            const italic = selection.hasFormat('italic');
            setFormats((f) => (f.bold === bold && f.italic === italic ? f : { bold, italic }));
          }),
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isModShortcut(event, 'k')) return false;
            event.preventDefault();
            openLink();
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor, openLink],
  );

  return (
    <>
      <div className="toolbar body-toolbar" role="toolbar" aria-label="Body formatting">
        <button
          type="button"
          aria-pressed={formats.bold}
          onMouseDown={keepFocus}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          Bold
        </button>
        <button
          type="button"
          aria-pressed={formats.italic}
          onMouseDown={keepFocus}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        >
          Italic
        </button>
        <button type="button" onMouseDown={keepFocus} onClick={openLink}>
          Link
        </button>
        <button
          type="button"
          title="Switch the paragraph between left-to-right and right-to-left"
          onMouseDown={keepFocus}
          onClick={() => editor.update($toggleDirection)}
        >
          Direction
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          onClick={() => editor.dispatchCommand(OPEN_FIND_COMMAND, undefined)}
        >
          Find
        </button>
      </div>
      {link && (
        <LinkForm
          editor={editor}
          selection={link.selection}
          initial={link.url}
          onDone={() => setLink(null)}
        />
      )}
    </>
  );
}
