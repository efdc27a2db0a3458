// The status line for document actions: what the last one did ("Merged 2 stories into …"), with an
// Undo button (Redo once undone). A polite live region: it is read out, and never takes the focus.

import { IS_APPLE } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { LastAction } from '../state/useDocument';

/** How long the line stays once nobody is looking at it. Ctrl+Z and Edit > Undo work after too. */
export const ACTION_STATUS_MS = 10_000;

const UNDO_KEYS = IS_APPLE ? 'Meta+Z' : 'Control+Z';
const REDO_KEYS = IS_APPLE ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y';

export interface ActionStatusProps {
  last: LastAction | null;
  onUndo: () => void;
  onRedo: () => void;
}

export function ActionStatus({ last, onUndo, onRedo }: ActionStatusProps) {
  const [hiddenSeq, setHiddenSeq] = useState<number | null>(null);
  const [held, setHeld] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seq = last?.seq ?? null;

  // Each new action shows for a while; hovering or focusing the line keeps it.
  useEffect(() => {
    if (seq === null || held) return;
    timer.current = setTimeout(() => setHiddenSeq(seq), ACTION_STATUS_MS);
    return () => clearTimeout(timer.current);
  }, [seq, held]);

  const visible = last !== null && hiddenSeq !== last.seq;
  const undone = last?.kind === 'undone';
  const text = last === null ? '' : last.kind === 'undone' ? `Undone: ${last.label}` : last.label;
  return (
    <div
      className="action-status"
      role="status"
      aria-live="polite"
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false);
      }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      {visible && (
        <>
          <span>{text}</span>{' '}
          <button
            type="button"
            onClick={undone ? onRedo : onUndo}
            aria-keyshortcuts={undone ? REDO_KEYS : UNDO_KEYS}
          >
            {undone ? 'Redo' : 'Undo'}
          </button>
        </>
      )}
    </div>
  );
}
