// Between Lexical points and plain offsets in a paragraph's text, which is how the model, find and
// "split at cursor" all address a position.

import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';

/** Offset of a point within the text of its top-level block, and that block. */
export function $pointToBlockOffset(
  point: PointType,
): { block: ElementNode; offset: number } | null {
  const node = point.getNode();
  let from: LexicalNode | null;
  let offset: number;
  if (point.type === 'text') {
    from = node;
    offset = point.offset;
  } else if ($isElementNode(node)) {
    const child = node.getChildAtIndex(point.offset);
    // Past the last child: everything in the element comes before the point.
    from = child ?? node;
    offset = child ? 0 : node.getTextContentSize();
  } else return null;
  if ($isRootNode(from)) return null;
  let block: LexicalNode = from;
  for (let n: LexicalNode | null = from; n && !$isRootNode(n.getParent()); n = n.getParent()) {
    for (let s = n.getPreviousSibling(); s; s = s.getPreviousSibling()) {
      offset += s.getTextContentSize();
    }
    block = n.getParentOrThrow();
  }
  return $isElementNode(block) ? { block, offset } : null;
}

/**
 * The Lexical point at a text offset in a block. `bias` picks the side of a boundary between two
 * text nodes: a start belongs to the node after it, so a replacement takes the matched text's format.
 */
export function $blockOffsetToPoint(
  block: ElementNode,
  offset: number,
  bias: 'start' | 'end',
): { key: string; offset: number; type: 'text' | 'element' } {
  let position = 0;
  for (const leaf of leavesOf(block)) {
    const size = leaf.getTextContentSize();
    const inside = bias === 'start' ? offset < position + size : offset <= position + size;
    if ($isTextNode(leaf) && inside) {
      return { key: leaf.getKey(), offset: offset - position, type: 'text' };
    }
    position += size;
  }
  return { key: block.getKey(), offset: block.getChildrenSize(), type: 'element' };
}

function* leavesOf(element: ElementNode): Generator<LexicalNode> {
  for (let child = element.getFirstChild(); child; child = child.getNextSibling()) {
    if ($isElementNode(child)) yield* leavesOf(child);
    else yield child;
  }
}

const blank = (node: LexicalNode) => !/\S/.test(node.getTextContent());

/**
 * Where the caret is in model terms: the index among non-blank paragraphs (blank ones are not in
 * the model) and the offset in its text. A caret on a blank paragraph counts as the end of the one
 * before it.
 */
export function $cursorInModel(): { paragraph: number; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  const at = $pointToBlockOffset(start);
  if (!at) return null;
  let index = 0;
  for (let s = at.block.getPreviousSibling(); s; s = s.getPreviousSibling()) {
    if (!blank(s)) index++;
  }
  if (!blank(at.block)) return { paragraph: index, offset: at.offset };
  for (let s = at.block.getPreviousSibling(); s; s = s.getPreviousSibling()) {
    if (!blank(s)) return { paragraph: index - 1, offset: s.getTextContentSize() };
  }
  return { paragraph: 0, offset: 0 };
}

/** The text of every top-level block, blank ones included, indexed like the root's children. */
export function $blockTexts(): string[] {
  return $getRoot()
    .getChildren()
    .map((block) => block.getTextContent());
}
