// The platform's command key (Cmd on macOS, Ctrl elsewhere) plus one letter, and nothing else.

import { IS_APPLE } from 'lexical';

export function isModShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  key: string,
): boolean {
  const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}
