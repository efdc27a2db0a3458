// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../shared/document';
import { DocumentsPanel } from './DocumentsPanel';

afterEach(cleanup);

const doc = (id: string, name: string, day: number): DocumentSummary => ({
  id,
  name,
  importedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  updatedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  storyCount: 2,
  approvedCount: 0,
  captionCount: 1,
  removedCount: 0,
  uncertainCount: 0,
});

const documents = [
  doc('a', 'monday-wires.txt', 1),
  doc('b', 'harbour-and-fishermen.txt', 2),
  doc('c', 'tuesday-wires.txt', 3),
];

function setup() {
  const onRemoveSeveral = vi.fn();
  render(
    <DocumentsPanel
      listing={{ documents, problems: [] }}
      openId="b"
      onOpen={() => {}}
      onResplit={() => {}}
      onRemove={() => {}}
      onRemoveSeveral={onRemoveSeveral}
    />,
  );
  const names = () =>
    within(screen.getByRole('navigation', { name: 'Documents' }))
      .queryAllByRole('button', { name: /\.txt/ })
      .map((b) => b.querySelector('.doc-name')?.textContent);
  return { onRemoveSeveral, names };
}

it('narrows the list to the documents whose name has every word searched', () => {
  const { names } = setup();
  expect(names()).toEqual(['tuesday-wires.txt', 'harbour-and-fishermen.txt', 'monday-wires.txt']);
  const search = screen.getByRole('searchbox', { name: 'Search documents' });
  fireEvent.change(search, { target: { value: 'WIRES' } });
  expect(names()).toEqual(['tuesday-wires.txt', 'monday-wires.txt']);
  fireEvent.change(search, { target: { value: 'wires mon' } });
  expect(names()).toEqual(['monday-wires.txt']);
  fireEvent.change(search, { target: { value: 'sport' } });
  expect(names()).toEqual([]);
  expect(screen.getByText('No document’s name has “sport”.')).toBeTruthy();
});

it('removes the ticked documents together', () => {
  const { onRemoveSeveral } = setup();
  expect(screen.queryByRole('button', { name: /^Remove \d/ })).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick monday-wires.txt' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick tuesday-wires.txt' }));
  fireEvent.click(screen.getByRole('button', { name: 'Remove 2…' }));
  expect(onRemoveSeveral).toHaveBeenCalledWith([documents[2], documents[0]]);
});
