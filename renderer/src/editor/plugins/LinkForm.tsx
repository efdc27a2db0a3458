// The link field the toolbar opens: Electron has no window.prompt, and a typed address must be
// checked (http(s) or mailto only) before it becomes a link.

import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useId, useRef, useState } from 'react';
import { toHref } from '../url';

/** The URL of the link the selection starts in, if any. Call inside `editor.read`. */
export function $selectedLinkUrl(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : null;
}

/**
 * Links the selection to `href`, or unlinks it when null. At a bare caret outside a link the address
 * itself goes in as the linked text. Call inside `editor.update`.
 */
export function $applyLink(href: string | null): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (href !== null && selection.isCollapsed() && $selectedLinkUrl() === null) {
    selection.insertNodes([$createLinkNode(href).append($createTextNode(href))]);
  } else {
    $toggleLink(href);
  }
}

export interface LinkFormProps {
  editor: LexicalEditor;
  /** The selection when the form opened: focus in the field takes it out of the editor. */
  selection: BaseSelection | null;
  initial: string;
  onDone: () => void;
}

export function LinkForm({ editor, selection, initial, onDone }: LinkFormProps) {
  const [address, setAddress] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const finish = (href: string | null) => {
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      $applyLink(href);
    });
    onDone();
    editor.focus();
  };

  return (
    <form
      className="link-form"
      aria-label="Link"
      onSubmit={(e) => {
        e.preventDefault();
        const href = toHref(address);
        if (href) finish(href);
        else {
          setError('A link must be a web address (http or https) or an email address.');
          input.current?.focus();
        }
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onDone();
        editor.focus();
      }}
    >
      <input
        ref={input}
        aria-label="Link address"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={address}
        placeholder="https://…"
        autoFocus
        onChange={(e) => {
          setAddress(e.currentTarget.value);
          setError(null);
        }}
      />
      <button type="submit">Apply link</button>
      {initial !== '' && (
        <button type="button" onClick={() => finish(null)}>
          Remove link
        </button>
      )}
      {error && (
        <p id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
