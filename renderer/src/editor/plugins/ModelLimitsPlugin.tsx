// Keeps the editor within what a Paragraph can hold: bold and italic only, and only safe links, so
// nothing is shown that would be silently dropped on save (pasted underline, a javascript: link).

import { LinkNode } from '@lexical/link';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND, IS_BOLD, IS_ITALIC, TextNode } from 'lexical';
import { useEffect } from 'react';
import { isSafeHref } from '../url';

const KEPT_FORMATS = IS_BOLD | IS_ITALIC;

export function ModelLimitsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          FORMAT_TEXT_COMMAND,
          (format) => format !== 'bold' && format !== 'italic',
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerNodeTransform(TextNode, (node) => {
          const format = node.getFormat();
          if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
        }),
        editor.registerNodeTransform(LinkNode, (node) => {
          if (!isSafeHref(node.getURL())) $unwrapNode(node);
        }),
      ),
    [editor],
  );

  return <LinkPlugin validateUrl={isSafeHref} />;
}
