// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Story } from '../../../shared/model';
import { RemovedPanel } from './RemovedPanel';

afterEach(cleanup);

const story = {
  id: 's1',
  removed: [
    { line: 4, text: 'A caption (EPA)', reason: 'duplicate-caption' },
    { line: 5, text: 'TT', reason: 'logo-token' },
    { line: 9, text: 'A caption (EPA)', reason: 'duplicate-caption' },
    { line: 12, text: 'Share this', reason: 'share' },
  ],
} as unknown as Story;

function setup() {
  const onRestore = vi.fn();
  render(<RemovedPanel story={story} onRestore={onRestore} />);
  return onRestore;
}

it('groups the lines by why they were removed', () => {
  setup();
  const region = screen.getByRole('region', { name: 'Removed lines' });
  const lists = within(region).getAllByRole('list');
  expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual([
    'Caption printed again',
    'Logo or site mark',
    'Share or comment buttons',
  ]);
  expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(2);
  expect(within(region).getAllByRole('listitem')).toHaveLength(4);
});

it('gives each line one action, by its kind: a caption printed again goes back as a caption', () => {
  const onRestore = setup();
  const line4 = screen.getByRole('button', { name: 'Restore line 4 as a caption' });
  expect(screen.queryByRole('button', { name: 'Restore line 4 to the body' })).toBeNull();
  fireEvent.click(line4);
  expect(onRestore).toHaveBeenLastCalledWith([4], 'caption');
  fireEvent.click(screen.getByRole('button', { name: 'Restore line 5 to the body' }));
  expect(onRestore).toHaveBeenLastCalledWith([5], 'body');
  expect(screen.getAllByRole('button', { name: /^Restore line/ })).toHaveLength(4);
});

it('restores several ticked lines at once, either way', () => {
  const onRestore = setup();
  expect(screen.queryByRole('button', { name: 'Restore to the body' })).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick line 5' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick line 12' }));
  expect(screen.getByText('2 lines ticked')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Restore to the body' }));
  expect(onRestore).toHaveBeenLastCalledWith([5, 12], 'body');
  // Ticking a whole group, then restoring it as captions.
  fireEvent.click(screen.getByRole('button', { name: 'Tick all: Caption printed again' }));
  fireEvent.click(screen.getByRole('button', { name: 'Restore as captions' }));
  expect(onRestore).toHaveBeenLastCalledWith([4, 9], 'caption');
});
