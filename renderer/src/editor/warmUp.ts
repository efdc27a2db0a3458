// The first body editor of a session costs tens of milliseconds that later ones do not: Lexical
// works out its node classes' configuration once, on the first editor made with them. Made once
// while the page is idle after it starts, so the first story opened (after an import, a 10 MB one
// too) shows without that wait.

import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { BODY_NODES } from './nodes';

/** An editor of the body's nodes, made and given a paragraph, then dropped. */
export function warmUpEditor(): void {
  const editor = createEditor({
    namespace: 'copydesk-warm-up',
    nodes: BODY_NODES,
    onError: () => {
      // Nothing shown depends on it: a failure here only means the first story pays the cost.
    },
  });
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('copy'))), {
    discrete: true,
  });
}

/** warmUpEditor when the page is idle (at the latest after a second). */
export function warmUpEditorWhenIdle(): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(warmUpEditor, { timeout: 1000 });
  else setTimeout(warmUpEditor, 0);
}
