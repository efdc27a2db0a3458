// The handle on a side panel's inner edge: drag it, or focus it and press the arrow keys (Home and
// End for the narrowest and widest), to make the panel narrower or wider. A window splitter, as the
// ARIA pattern has it: a focusable separator whose value is the panel's width.

import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  /** Names the separator: "Resize the stories panel". */
  label: string;
  /** The panel's id, which the separator controls. */
  controls: string;
  /** As the editor set it; until then, as the style sheet lays it out. */
  width: number | undefined;
  min: number;
  max: number;
  /** Which way the panel grows: `right` for the left-hand panel, `left` for the right-hand one. */
  grows: 'right' | 'left';
  onResize: (width: number) => void;
}

const STEP = 16;

export function Splitter({
  label,
  controls,
  width: set,
  min,
  max,
  grows,
  onResize,
}: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const handle = useRef<HTMLDivElement>(null);
  // The panel's width as laid out, for the separator's value before the editor has set one.
  const [laidOut, setLaidOut] = useState<number | null>(null);
  useLayoutEffect(() => {
    const panel = handle.current?.parentElement;
    if (!panel) return;
    const measure = () => setLaidOut(Math.round(panel.getBoundingClientRect().width));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const width = set ?? laidOut ?? min;
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  const sign = grows === 'right' ? 1 : -1;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const by: Record<string, number | undefined> = {
      ArrowRight: sign * step,
      ArrowLeft: -sign * step,
    };
    let next: number | null = null;
    if (by[event.key] !== undefined) next = width + (by[event.key] ?? 0);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(clamp(next));
  };

  return (
    <div
      ref={handle}
      className={`splitter grows-${grows}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(e: PointerEvent<HTMLDivElement>) => {
        drag.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e: PointerEvent<HTMLDivElement>) => {
        const from = drag.current;
        if (from) onResize(clamp(from.width + sign * (e.clientX - from.x)));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    />
  );
}
