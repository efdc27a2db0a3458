import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreBounds } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('restoreBounds', () => {
  it('opens at the default size the first time', () => {
    expect(restoreBounds(null, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('restores saved bounds that are on a screen', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700 }, [screen])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });

  it('keeps the size but lets the OS place a window whose screen is gone', () => {
    expect(restoreBounds({ x: 3000, y: 50, width: 1000, height: 700 }, [screen])).toEqual({
      width: 1000,
      height: 700,
    });
  });

  it('never restores a window too small to use', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, [screen])).toMatchObject({
      width: 640,
      height: 480,
    });
  });
});
