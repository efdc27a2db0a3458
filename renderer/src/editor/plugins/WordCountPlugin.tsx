// Reports the body's word count. A keystroke recounts only the paragraphs it touched, and the count
// goes out at most once a frame, so a 10,000-word story costs nothing extra to type in.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type NodeKey } from 'lexical';
import { useEffect, useRef } from 'react';
import { countWords } from '../words';

export function WordCountPlugin({ onCount }: { onCount: (words: number) => void }) {
  const [editor] = useLexicalComposerContext();
  const report = useRef(onCount);
  useEffect(() => {
    report.current = onCount;
  });

  useEffect(() => {
    let counts = new Map<NodeKey, number>();
    let total = -1;
    let frame = 0;
    const recount = (dirty: ReadonlyMap<NodeKey, unknown> | null) => {
      const next = new Map<NodeKey, number>();
      let sum = 0;
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey();
        const known = dirty === null || dirty.has(key) ? undefined : counts.get(key);
        const words = known ?? countWords(block.getTextContent());
        next.set(key, words);
        sum += words;
      }
      counts = next;
      if (sum === total) return;
      total = sum;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => report.current(total));
    };
    editor.getEditorState().read(() => recount(null));
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      if (dirtyElements.size > 0) editorState.read(() => recount(dirtyElements));
    });
    return () => {
      unregister();
      cancelAnimationFrame(frame);
    };
  }, [editor]);

  return null;
}
