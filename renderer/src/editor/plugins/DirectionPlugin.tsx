// Right-to-left copy: each paragraph shows the direction of its first strong character unless the
// editor overrode it. The override is the block's own Lexical direction (saved as Paragraph.dir).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { effectiveDirection, firstStrongDirection, overrideFor } from '../direction';

/** Toggles the direction override of the paragraphs in the selection. */
export const TOGGLE_DIRECTION_COMMAND = createCommand<void>('TOGGLE_DIRECTION_COMMAND');

function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Set<ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const block = $isRootNode(node) ? null : node.getTopLevelElement();
    if ($isElementNode(block)) blocks.add(block);
  }
  return [...blocks];
}

/**
 * Flips the selected paragraphs to the opposite of what the first of them shows; one for which
 * detection gives that anyway goes back to automatic. Call inside `editor.update`.
 */
export function $toggleDirection(): void {
  const blocks = $selectedBlocks();
  const first = blocks[0];
  if (!first) return;
  const next =
    effectiveDirection(first.getTextContent(), first.getDirection()) === 'rtl' ? 'ltr' : 'rtl';
  for (const block of blocks) block.setDirection(overrideFor(block.getTextContent(), next));
}

/** Shows each automatic paragraph's detected direction in the DOM; Lexical would leave `auto`. */
function showDetected(editor: LexicalEditor, block: ElementNode): void {
  const dom = editor.getElementByKey(block.getKey());
  if (!dom || block.getDirection() !== null) return;
  const dir = firstStrongDirection(block.getTextContent()) ?? 'auto';
  if (dom.getAttribute('dir') !== dir) dom.setAttribute('dir', dir);
}

export function DirectionPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const all = () =>
      editor.getEditorState().read(() => {
        for (const block of $getRoot().getChildren()) {
          if ($isElementNode(block)) showDetected(editor, block);
        }
      });
    return mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements }) =>
        editorState.read(() => {
          // Only blocks that changed, plus any the reconciler re-created with dir="auto".
          for (const block of $getRoot().getChildren()) {
            if (!$isElementNode(block)) continue;
            const key = block.getKey();
            if (dirtyElements.has(key) || editor.getElementByKey(key)?.dir === 'auto') {
              showDetected(editor, block);
            }
          }
        }),
      ),
      editor.registerRootListener(() => all()),
      editor.registerCommand(
        TOGGLE_DIRECTION_COMMAND,
        () => {
          editor.update($toggleDirection);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);

  return null;
}
