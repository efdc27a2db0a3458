// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Splitter } from './Splitter';

afterEach(cleanup);

function setup(grows: 'left' | 'right', width = 300) {
  const onResize = vi.fn();
  render(
    <Splitter
      label="Resize the panel"
      controls="panel"
      grows={grows}
      width={width}
      min={200}
      max={480}
      onResize={onResize}
    />,
  );
  return { onResize, handle: screen.getByRole('separator', { name: 'Resize the panel' }) };
}

it('is a focusable separator whose value is the width, resized with the arrow keys', () => {
  const { onResize, handle } = setup('right');
  expect(handle.getAttribute('aria-valuenow')).toBe('300');
  expect(handle.tabIndex).toBe(0);
  fireEvent.keyDown(handle, { key: 'ArrowRight' });
  expect(onResize).toHaveBeenLastCalledWith(316);
  fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
  expect(onResize).toHaveBeenLastCalledWith(236);
  fireEvent.keyDown(handle, { key: 'Home' });
  expect(onResize).toHaveBeenLastCalledWith(200);
  fireEvent.keyDown(handle, { key: 'End' });
  expect(onResize).toHaveBeenLastCalledWith(480);
});

it('grows a right-hand panel leftwards, and keeps within its bounds', () => {
  const { onResize, handle } = setup('left', 470);
  fireEvent.keyDown(handle, { key: 'ArrowLeft' });
  expect(onResize).toHaveBeenLastCalledWith(480);
  fireEvent.keyDown(handle, { key: 'ArrowRight' });
  expect(onResize).toHaveBeenLastCalledWith(454);
});
