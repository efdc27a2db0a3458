// The desk's keys: each key the command list gives the desk runs its command, from anywhere in the
// window, text fields and the body included, so an editor can approve and go on without leaving
// the copy. In the capture phase, before the focused field or the body editor takes the key.

import { useEffect, useRef } from 'react';
import { commandForKey, type CommandActions } from '../commands';

export function useShortcuts(actions: CommandActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A dialog over the desk (the palette itself, an export) keeps its keys.
      if (target?.closest('dialog')) return;
      const id = commandForKey(event, {
        inText: target !== null && isTextField(target),
        inBody: target?.isContentEditable ?? false,
      });
      const run = id === null ? null : latest.current[id as keyof CommandActions];
      if (!run) return;
      event.preventDefault();
      // Not on to the field: Ctrl/Cmd+Enter must not also break the body's paragraph.
      event.stopPropagation();
      run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** Whether keys typed here type text (so `?` is a question mark, not the shortcut sheet). */
export function isTextField(element: HTMLElement): boolean {
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
    type,
  );
}
