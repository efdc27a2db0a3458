// Paragraph[] <-> the Lexical body, both ways: the model stays the single story format on disk and
// the editor state is only ever built from it and read back into it.

import { $createLinkNode, $isLinkNode } from '@lexical/link';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isElementNode,
  $isTextNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { LineNumber, Paragraph, TextRun } from '../../../shared/model';
import { isSafeHref } from './url';

const NO_LINES: readonly LineNumber[] = Object.freeze([]);

/**
 * A paragraph's source lines ride on its node, so a paragraph edited in place keeps its provenance
 * and one split off by Enter starts without any.
 */
export const linesState = createState('lines', {
  parse: (json: unknown): readonly LineNumber[] =>
    Array.isArray(json) && json.length > 0 && json.every((n) => Number.isInteger(n) && n > 0)
      ? (json as LineNumber[])
      : NO_LINES,
  isEqual: (a, b) => a.length === b.length && a.every((n, i) => n === b[i]),
  resetOnCopyNode: true,
});

/** The runs to build from: the paragraph's own, unless they disagree with its text (text wins). */
function runsOf(paragraph: Paragraph): TextRun[] {
  const runs = paragraph.runs;
  if (runs && runs.map((r) => r.text).join('') === paragraph.text) return runs;
  return [{ text: paragraph.text }];
}

function $appendText(parent: ElementNode, run: TextRun): void {
  // Newlines inside a paragraph are line breaks in Lexical, never raw text.
  run.text.split('\n').forEach((part, i) => {
    if (i > 0) parent.append($createLineBreakNode());
    if (part === '') return;
    const node = $createTextNode(part);
    if (run.bold) node.toggleFormat('bold');
    if (run.italic) node.toggleFormat('italic');
    parent.append(node);
  });
}

function $paragraphToNode(paragraph: Paragraph): ElementNode {
  const node = $createParagraphNode();
  if (paragraph.dir) node.setDirection(paragraph.dir);
  if (paragraph.lines.length > 0) $setState(node, linesState, paragraph.lines);
  let link: ElementNode | null = null;
  for (const run of runsOf(paragraph)) {
    const href = run.href !== undefined && isSafeHref(run.href) ? run.href : undefined;
    if (href === undefined) link = null;
    else if (!$isLinkNode(link) || link.getURL() !== href) {
      link = $createLinkNode(href);
      node.append(link);
    }
    $appendText(link ?? node, run);
  }
  return node;
}

/** Replaces the body with the given paragraphs. Call inside `editor.update`. */
export function $paragraphsToRoot(paragraphs: readonly Paragraph[]): void {
  const root = $getRoot();
  root.clear();
  for (const paragraph of paragraphs) root.append($paragraphToNode(paragraph));
  // The caret needs somewhere to go in an empty story.
  if (root.isEmpty()) root.append($createParagraphNode());
}

function sameFormat(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function pushRun(runs: TextRun[], run: TextRun): void {
  if (run.text === '') return;
  const last = runs.at(-1);
  if (last && sameFormat(last, run)) last.text += run.text;
  else runs.push(run);
}

function $collectRuns(element: ElementNode, href: string | undefined, runs: TextRun[]): void {
  for (let child = element.getFirstChild(); child; child = child.getNextSibling()) {
    $collectRun(child, href, runs);
  }
}

function $collectRun(node: LexicalNode, href: string | undefined, runs: TextRun[]): void {
  if ($isLinkNode(node)) {
    const url = node.getURL();
    $collectRuns(node, isSafeHref(url) ? url : undefined, runs);
  } else if ($isElementNode(node)) {
    $collectRuns(node, href, runs);
  } else {
    const run: TextRun = { text: node.getTextContent() };
    if ($isTextNode(node) && node.hasFormat('bold')) run.bold = true;
    if ($isTextNode(node) && node.hasFormat('italic')) run.italic = true;
    if (href !== undefined) run.href = href;
    pushRun(runs, run);
  }
}

/** One top-level block as a Paragraph without provenance; null for a blank one. */
export function $blockToParagraph(block: LexicalNode): Omit<Paragraph, 'lines'> | null {
  const runs: TextRun[] = [];
  $collectRun(block, undefined, runs);
  const text = runs.map((r) => r.text).join('');
  if (text.trim() === '') return null;
  const paragraph: Omit<Paragraph, 'lines'> = { text };
  if (runs.some((r) => r.bold || r.italic || r.href !== undefined)) paragraph.runs = runs;
  const dir = $isElementNode(block) ? block.getDirection() : null;
  if (dir) paragraph.dir = dir;
  return paragraph;
}

/**
 * Source lines for paragraphs that do not carry their own: the previous paragraph at the same index
 * with the same text, else the first unused one with the same text, else none.
 */
export function provenance(
  texts: readonly string[],
  previous: readonly Paragraph[],
): LineNumber[][] {
  const unused = new Map<string, number[]>();
  previous.forEach((p, i) => {
    if (texts[i] !== p.text) unused.set(p.text, [...(unused.get(p.text) ?? []), i]);
  });
  return texts.map((text, i) => {
    const same = previous[i];
    if (same && same.text === text) return same.lines;
    const index = unused.get(text)?.shift();
    return index === undefined ? [] : (previous[index]?.lines ?? []);
  });
}

/**
 * The body as paragraphs. Call inside `editor.read`. Blank paragraphs are an editing artefact, not
 * copy, so they are left out; `previous` (what the editor was loaded with) supplies source lines.
 */
export function $rootToParagraphs(previous: readonly Paragraph[] = []): Paragraph[] {
  const blocks: { paragraph: Omit<Paragraph, 'lines'>; own: readonly LineNumber[] }[] = [];
  for (const block of $getRoot().getChildren()) {
    const paragraph = $blockToParagraph(block);
    if (paragraph) blocks.push({ paragraph, own: $getState(block, linesState) });
  }
  const matched = provenance(
    blocks.map((b) => b.paragraph.text),
    previous,
  );
  return blocks.map(({ paragraph, own }, i) => ({
    ...paragraph,
    lines: [...(own.length > 0 ? own : (matched[i] ?? []))],
  }));
}

function sameRuns(a: readonly TextRun[] | undefined, b: readonly TextRun[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((r, i) => {
    const s = b[i];
    return (
      !!s &&
      r.text === s.text &&
      !r.bold === !s.bold &&
      !r.italic === !s.italic &&
      r.href === s.href
    );
  });
}

/** Whether two bodies read the same: text, formatting, direction and source lines. */
export function sameParagraphs(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return (
        !!q &&
        p.text === q.text &&
        p.dir === q.dir &&
        sameRuns(p.runs, q.runs) &&
        p.lines.length === q.lines.length &&
        p.lines.every((n, j) => n === q.lines[j])
      );
    })
  );
}
