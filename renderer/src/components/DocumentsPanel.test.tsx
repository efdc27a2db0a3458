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

function setup(openId: string | null = 'b') {
  const on = { removeSeveral: vi.fn(), open: vi.fn(), versions: vi.fn(), trash: vi.fn() };
  render(
    <DocumentsPanel
      listing={{ documents, problems: [] }}
      openId={openId}
      onOpen={on.open}
      onResplit={() => {}}
      onRemove={() => {}}
      onRemoveSeveral={on.removeSeveral}
      onVersions={on.versions}
      onTrash={on.trash}
    />,
  );
  const nav = () => within(screen.getByRole('navigation', { name: 'Documents' }));
  /** The documents listed, the open one included. */
  const names = () =>
    nav()
      .queryAllByRole('listitem')
      .map((li) => li.querySelector('.doc-name')?.textContent);
  return { on, names, nav };
}

it('names the open document once, as the heading, and opens the others', () => {
  const { on, nav } = setup();
  expect(screen.getAllByText('harbour-and-fishermen.txt')).toHaveLength(1);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('harbour-and-fishermen.txt');
  expect(nav().queryByRole('button', { name: /harbour/ })).toBeNull();
  fireEvent.click(nav().getByRole('button', { name: /monday-wires\.txt/ }));
  expect(on.open).toHaveBeenCalledWith('a');
  fireEvent.click(nav().getByRole('button', { name: 'Versions…' }));
  fireEvent.click(nav().getByRole('button', { name: 'Trash…' }));
  expect(on.versions).toHaveBeenCalledOnce();
  expect(on.trash).toHaveBeenCalledOnce();
});

it('narrows the list to the documents whose name has every word searched', () => {
  const { names } = setup(null);
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

it('keeps the open document listed whatever the search', () => {
  const { names } = setup('b');
  const search = screen.getByRole('searchbox', { name: 'Search documents' });
  fireEvent.change(search, { target: { value: 'mon' } });
  expect(names()).toEqual(['harbour-and-fishermen.txt', 'monday-wires.txt']);
  fireEvent.change(search, { target: { value: 'sport' } });
  expect(names()).toEqual(['harbour-and-fishermen.txt']);
  expect(screen.getByText('No document’s name has “sport”.')).toBeTruthy();
});

it('removes the ticked documents together', () => {
  const { on } = setup();
  expect(screen.queryByRole('button', { name: /^Remove \d/ })).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick monday-wires.txt' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tick tuesday-wires.txt' }));
  fireEvent.click(screen.getByRole('button', { name: 'Remove 2…' }));
  expect(on.removeSeveral).toHaveBeenCalledWith([documents[2], documents[0]]);
});
