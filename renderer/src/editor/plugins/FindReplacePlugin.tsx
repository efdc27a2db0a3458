// Find and replace in the story: Ctrl/Cmd+F anywhere on the desk (or OPEN_FIND_COMMAND) opens the
// bar. It searches the story's fields (headline, captions, credits) and then the body, as one list
// of texts: Next and Previous go from field to field and on through the body. Body matches are
// highlighted without moving the caret; the current match in a field is outlined, and selected
// there when the bar closes. Each replace, one or all, is a single undo step in the body, and one
// in the document for the fields.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  getDOMTextNode,
  HISTORY_PUSH_TAG,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FindField } from '../../findFields';
import {
  findMatches,
  matchLabel,
  nextMatchIndex,
  replaceMatches,
  type FindOptions,
  type Match,
} from '../find';
import { isModShortcut } from '../keys';
import { $blockOffsetToPoint, $blockTexts, $pointToBlockOffset } from '../offsets';
import { FindReplaceBar } from './FindReplaceBar';

export const OPEN_FIND_COMMAND = createCommand<void>('OPEN_FIND_COMMAND');

/**
 * Dispatched on window by the desk when Edit > Find… or Replace… is chosen: in the desktop app the
 * menu's accelerator takes Ctrl/Cmd+F before the editor sees the key.
 */
export const FIND_EVENT = 'copydesk:find';

/** Selects a match (paragraph = index among the root's blocks). Call inside `editor.update`. */
export function $selectMatch(match: Match): RangeSelection | null {
  const block = $getRoot().getChildAtIndex(match.paragraph);
  if (!$isElementNode(block)) return null;
  const start = $blockOffsetToPoint(block, match.start, 'start');
  const end = $blockOffsetToPoint(block, match.end, 'end');
  const selection = $createRangeSelection();
  selection.anchor.set(start.key, start.offset, start.type);
  selection.focus.set(end.key, end.offset, end.type);
  $setSelection(selection);
  return selection;
}

/** Replaces the matches, last first so earlier offsets hold. Call inside `editor.update`. */
export function $replaceMatches(matches: readonly Match[], replacement: string): void {
  for (const match of matches.toReversed()) $selectMatch(match)?.insertText(replacement);
  // The caret stays where the editor left it, not on the last replacement.
  $setSelection(null);
}

function $caret(): { paragraph: number; offset: number } {
  const selection = $getSelection();
  const at = $isRangeSelection(selection) ? $pointToBlockOffset(selection.anchor) : null;
  return at
    ? { paragraph: at.block.getIndexWithinParent(), offset: at.offset }
    : { paragraph: 0, offset: 0 };
}

function domRange(editor: LexicalEditor, match: Match): Range | null {
  const block = $getRoot().getChildAtIndex(match.paragraph);
  if (!$isElementNode(block)) return null;
  const range = document.createRange();
  for (const [bias, offset] of [
    ['start', match.start],
    ['end', match.end],
  ] as const) {
    const point = $blockOffsetToPoint(block, offset, bias);
    const node = $getNodeByKey(point.key);
    const text = $isTextNode(node) ? getDOMTextNode(editor.getElementByKey(point.key)) : null;
    if (!text) return null;
    if (bias === 'start') range.setStart(text, point.offset);
    else range.setEnd(text, point.offset);
  }
  return range;
}

const HIGHLIGHT = 'copydesk-find';
const CURRENT = 'copydesk-find-current';

/** Paints matches with the CSS Custom Highlight API, which leaves the DOM and selection alone. */
function paint(editor: LexicalEditor, matches: readonly Match[], current: number): Range | null {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  return editor.getEditorState().read(() => {
    const ranges = matches.map((m) => domRange(editor, m));
    if (registry && typeof Highlight !== 'undefined') {
      registry.set(HIGHLIGHT, new Highlight(...ranges.filter((r): r is Range => r !== null)));
      const now = ranges[current];
      if (now) registry.set(CURRENT, new Highlight(now));
      else registry.delete(CURRENT);
    }
    return ranges[current] ?? null;
  });
}

export interface FindReplacePluginProps {
  /** The story's fields, searched before the body, in page order. */
  fields?: readonly FindField[];
  /** The fields' texts after a replace (same order), and how many matches were replaced. */
  onReplaceFields?: (texts: string[], replaced: number) => void;
}

const NO_FIELDS: readonly FindField[] = [];

/** A text field's element, by id, when it is one Find can select in. */
function fieldElement(field: FindField | undefined): HTMLInputElement | HTMLTextAreaElement | null {
  const element = field ? document.getElementById(field.id) : null;
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    ? element
    : null;
}

export function FindReplacePlugin({
  fields = NO_FIELDS,
  onReplaceFields,
}: FindReplacePluginProps = {}) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<FindOptions>({});
  const [replacement, setReplacement] = useState('');
  const [texts, setTexts] = useState<string[]>([]);
  const [current, setCurrent] = useState(-1);
  const findRef = useRef<HTMLInputElement>(null);
  // Where Ctrl+F was pressed outside the body (the headline, a caption): Escape goes back there.
  const opener = useRef<HTMLElement | null>(null);
  // The fields' texts first, then the body's paragraphs: a match's paragraph below `k` is a field.
  const fieldTexts = useMemo(() => fields.map((f) => f.text), [fields]);
  const k = fieldTexts.length;
  const all = useMemo(() => [...fieldTexts, ...texts], [fieldTexts, texts]);
  const matches = useMemo(() => findMatches(all, query, options), [all, query, options]);
  const index = Math.min(current, matches.length - 1);
  const currentMatch = matches[index];
  const inField =
    currentMatch && currentMatch.paragraph < k ? fields[currentMatch.paragraph] : null;
  const toBody = (m: Match): Match => ({ ...m, paragraph: m.paragraph - k });
  const bodyMatches = useMemo(
    () =>
      matches.filter((m) => m.paragraph >= k).map((m) => ({ ...m, paragraph: m.paragraph - k })),
    [matches, k],
  );
  const bodyIndex = inField || !currentMatch ? -1 : index - (matches.length - bodyMatches.length);

  /**
   * Opens the bar and puts the focus in its Find field before returning: the bar is rendered
   * synchronously (flushSync), so the very next key already goes to the field. Focusing a frame
   * later let the first keys typed after Ctrl+F land in the story.
   */
  const openBar = useCallback(() => {
    const root = editor.getRootElement();
    const active = document.activeElement;
    const inBar = findRef.current?.closest('.find-bar')?.contains(active) ?? false;
    if (!inBar) {
      const fromBody = root !== null && root.contains(active);
      opener.current = !fromBody && active instanceof HTMLElement ? active : null;
    }
    // A selection left in the body is not what is asked for from another text field: that
    // field's own selection is.
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    const selected = typing
      ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
      : editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');
    flushSync(() => {
      if (selected !== '' && !selected.includes('\n')) setQuery(selected);
      setTexts(editor.getEditorState().read($blockTexts));
      setOpen(true);
    });
    findRef.current?.focus();
    findRef.current?.select();
  }, [editor]);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        () => {
          // Commands run inside an editor update: open once it has been committed.
          queueMicrotask(openBar);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, openBar],
  );

  useEffect(() => {
    // Capture, on the window: before the focused field (the body, the headline, a caption) sees
    // the key, so Ctrl+F from anywhere on the desk opens the bar in the same keydown.
    const onKey = (event: KeyboardEvent) => {
      if (!isModShortcut(event, 'f')) return;
      // A modal dialog keeps its keys: the bar behind it could not take the focus.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      openBar();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener(FIND_EVENT, openBar);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener(FIND_EVENT, openBar);
    };
  }, [openBar]);

  useEffect(() => {
    if (!open) return;
    return editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      if (dirtyElements.size > 0) setTexts(editorState.read($blockTexts));
    });
  }, [editor, open]);

  useEffect(() => {
    if (!open) return;
    const now = paint(editor, bodyMatches, bodyIndex);
    now?.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest' });
    return () => {
      if (typeof CSS === 'undefined' || !CSS.highlights) return;
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(CURRENT);
    };
  }, [editor, open, bodyMatches, bodyIndex]);

  // The current match in a field: the field outlined and brought into view, the focus left in Find.
  useEffect(() => {
    const element = open ? fieldElement(inField ?? undefined) : null;
    if (!element) return;
    element.dataset['findCurrent'] = '';
    element.scrollIntoView?.({ block: 'nearest' });
    return () => {
      delete element.dataset['findCurrent'];
    };
  }, [open, inField]);

  /** Where the search starts: the caret in the field Find was opened from, else in the body. */
  const fromCaret = (found: readonly Match[]) => {
    const from = opener.current;
    const field = from ? fields.findIndex((f) => f.id === from.id) : -1;
    if (field >= 0 && (from instanceof HTMLInputElement || from instanceof HTMLTextAreaElement)) {
      return nextMatchIndex(found, { paragraph: field, offset: from.selectionStart ?? 0 });
    }
    const caret = editor.getEditorState().read($caret);
    return nextMatchIndex(found, { paragraph: caret.paragraph + k, offset: caret.offset });
  };

  /** Replaces the matches, in the fields and the body; returns all the texts as they are now. */
  const replace = (which: readonly Match[]): string[] => {
    const inFields = which.filter((m) => m.paragraph < k);
    const inBody = which.filter((m) => m.paragraph >= k).map(toBody);
    let fieldsNow = fieldTexts;
    if (inFields.length > 0 && onReplaceFields) {
      fieldsNow = replaceMatches(fieldTexts, inFields, replacement);
      onReplaceFields(fieldsNow, inFields.length);
    }
    if (inBody.length > 0) {
      editor.update(() => $replaceMatches(inBody, replacement), {
        tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG],
        discrete: true,
      });
    }
    return [...fieldsNow, ...editor.getEditorState().read($blockTexts)];
  };

  return open ? (
    <FindReplaceBar
      query={query}
      replacement={replacement}
      label={
        matchLabel(matches.length, index) +
        (inField ? ` in ${inField.label}` : currentMatch && k > 0 ? ' in the body' : '')
      }
      hasMatch={matches.length > 0}
      findRef={findRef}
      options={options}
      onOptions={(next) => {
        setOptions(next);
        setCurrent(fromCaret(findMatches(all, query, next)));
      }}
      onQuery={(next) => {
        setQuery(next);
        setCurrent(fromCaret(findMatches(all, next, options)));
      }}
      onReplacement={setReplacement}
      onNext={(backwards) => {
        const n = matches.length;
        if (n === 0) return;
        setCurrent(index < 0 ? fromCaret(matches) : (index + (backwards ? n - 1 : 1)) % n);
      }}
      onReplace={() => {
        const match = matches[index < 0 ? fromCaret(matches) : index];
        if (!match) return;
        const now = replace([match]);
        const after = { paragraph: match.paragraph, offset: match.start + replacement.length };
        setCurrent(nextMatchIndex(findMatches(now, query, options), after));
      }}
      onReplaceAll={() => {
        replace(matches);
        setCurrent(-1);
      }}
      onClose={() => {
        const match = matches[index];
        setOpen(false);
        const back = opener.current;
        opener.current = null;
        // The match is in a field: there, selected, as a find leaves the found text.
        const field = match && match.paragraph < k ? fieldElement(fields[match.paragraph]) : null;
        if (match && field) {
          field.focus();
          field.setSelectionRange(match.start, match.end);
          return;
        }
        if (back?.isConnected && back !== document.body) {
          back.focus();
          return;
        }
        editor.update(() => {
          if (match) $selectMatch(toBody(match));
        });
        editor.focus();
      }}
    />
  ) : null;
}
