// Keyboard shortcuts as data: matched against key events, and written for people (Ctrl+Shift+P,
// ⇧⌘P) and for assistive technology (aria-keyshortcuts), with Cmd on Apple platforms, Ctrl elsewhere.

import { IS_APPLE } from 'lexical';

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export interface Shortcut {
  /** The key as KeyboardEvent.key names it: `k`, `Enter`, `?`, `F8`, `ArrowDown`, `Escape`. */
  key: string;
  /** The platform's command key: Cmd on macOS, Ctrl elsewhere. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Ctrl itself, on every platform (Ctrl+Y redo is Windows' and Linux's, not macOS's). */
  ctrl?: boolean;
}

/** The platform's command key (Cmd on macOS, Ctrl elsewhere) plus one letter, and nothing else. */
export function isModShortcut(event: KeyEventLike, key: string): boolean {
  return matchesShortcut(event, { key, mod: true });
}

// A key that is itself a shifted character (`?`): Shift is how it is typed, not part of the chord.
const typedWithShift = (key: string) => key.length === 1 && !/[\p{L}\p{N}]/u.test(key);

export function matchesShortcut(event: KeyEventLike, s: Shortcut, apple = IS_APPLE): boolean {
  const wantMeta = apple ? !!s.mod : false;
  const wantCtrl = apple ? !!s.ctrl : !!s.mod || !!s.ctrl;
  if (event.metaKey !== wantMeta || event.ctrlKey !== wantCtrl) return false;
  if (event.altKey !== !!s.alt) return false;
  if (!typedWithShift(s.key) && event.shiftKey !== !!s.shift) return false;
  return event.key.toLowerCase() === s.key.toLowerCase();
}

const APPLE_KEYS: Record<string, string> = {
  Enter: '↩',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Backspace: '⌫',
};
const OTHER_KEYS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

const keyName = (key: string, names: Record<string, string>) =>
  names[key] ?? (key.length === 1 ? key.toUpperCase() : key);

/** As printed in menus: `⇧⌘P` on macOS, `Ctrl+Shift+P` elsewhere. */
export function shortcutLabel(s: Shortcut, apple = IS_APPLE): string {
  if (apple) {
    return [
      s.ctrl ? '⌃' : '',
      s.alt ? '⌥' : '',
      s.shift ? '⇧' : '',
      s.mod ? '⌘' : '',
      keyName(s.key, APPLE_KEYS),
    ].join('');
  }
  return [
    s.mod || s.ctrl ? 'Ctrl' : null,
    s.alt ? 'Alt' : null,
    s.shift ? 'Shift' : null,
    keyName(s.key, OTHER_KEYS),
  ]
    .filter((part) => part !== null)
    .join('+');
}

/** As aria-keyshortcuts wants it: `Meta+Shift+P`, `Control+Enter`, `?`. */
export function ariaShortcut(s: Shortcut, apple = IS_APPLE): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  return [
    (apple ? s.ctrl : s.mod || s.ctrl) ? 'Control' : null,
    apple && s.mod ? 'Meta' : null,
    s.alt ? 'Alt' : null,
    s.shift ? 'Shift' : null,
    key === ' ' ? 'Space' : key,
  ]
    .filter((part) => part !== null)
    .join('+');
}

/** Several shortcuts as one `aria-keyshortcuts` value: space-separated, '' for none. */
export function ariaShortcuts(keys: readonly Shortcut[], apple = IS_APPLE): string {
  return keys.map((k) => ariaShortcut(k, apple)).join(' ');
}
