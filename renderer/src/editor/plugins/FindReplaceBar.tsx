// The find and replace bar: two named fields, the match count, and the buttons, all keyboard-usable.

import type { RefObject } from 'react';
import type { FindOptions } from '../find';

export interface FindReplaceBarProps {
  query: string;
  replacement: string;
  label: string;
  hasMatch: boolean;
  findRef: RefObject<HTMLInputElement | null>;
  options: FindOptions;
  onOptions: (options: FindOptions) => void;
  onQuery: (query: string) => void;
  onReplacement: (replacement: string) => void;
  onNext: (backwards: boolean) => void;
  onReplace: () => void;
  onReplaceAll: () => void;
  onClose: () => void;
}

export function FindReplaceBar(props: FindReplaceBarProps) {
  const { query, replacement, label, hasMatch, findRef } = props;
  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace"
      onKeyDown={(e) => {
        // Ctrl/Cmd+F here selects the Find field again: FindReplacePlugin sees it first.
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <input
        ref={findRef}
        type="text"
        aria-label="Find"
        placeholder="Find"
        value={query}
        spellCheck={false}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          props.onNext(e.shiftKey);
        }}
      />
      <label className="find-option">
        <input
          type="checkbox"
          checked={!!props.options.caseSensitive}
          onChange={(e) =>
            props.onOptions({ ...props.options, caseSensitive: e.currentTarget.checked })
          }
        />
        Match case
      </label>
      <label className="find-option">
        <input
          type="checkbox"
          checked={!!props.options.wholeWord}
          onChange={(e) =>
            props.onOptions({ ...props.options, wholeWord: e.currentTarget.checked })
          }
        />
        Whole word
      </label>
      <span className="find-count" role="status">
        {query === '' ? '' : label}
      </span>
      <input
        type="text"
        aria-label="Replace"
        placeholder="Replace with"
        value={replacement}
        onChange={(e) => props.onReplacement(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          props.onReplace();
        }}
      />
      <button type="button" onClick={() => props.onNext(true)} disabled={!hasMatch}>
        Previous
      </button>
      <button type="button" onClick={() => props.onNext(false)} disabled={!hasMatch}>
        Next
      </button>
      <button type="button" onClick={props.onReplace} disabled={!hasMatch}>
        Replace
      </button>
      <button type="button" onClick={props.onReplaceAll} disabled={!hasMatch}>
        Replace all
      </button>
      <button type="button" onClick={props.onClose} aria-label="Close find">
        ×
      </button>
    </div>
  );
}
