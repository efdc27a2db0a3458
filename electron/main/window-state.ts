// Where the window opens: the saved bounds when they still fit on a screen, else a default size
// centred by the OS. Pure, so it is tested without Electron.

import type { Preferences } from '../services/preferences';

export type SavedBounds = NonNullable<Preferences['windowBounds']>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 840 };
const MIN_VISIBLE = 100;

/** The saved bounds, kept only if at least a corner's worth of the title bar lands on a screen. */
export function restoreBounds(
  saved: SavedBounds | null,
  workAreas: Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const size = { width: Math.max(saved.width, 640), height: Math.max(saved.height, 480) };
  if (saved.x === undefined || saved.y === undefined) return size;
  const { x, y } = saved;
  const onScreen = workAreas.some(
    (area) =>
      x + size.width - MIN_VISIBLE >= area.x &&
      x + MIN_VISIBLE <= area.x + area.width &&
      y >= area.y &&
      y + MIN_VISIBLE <= area.y + area.height,
  );
  return onScreen ? { ...size, x, y } : size;
}
