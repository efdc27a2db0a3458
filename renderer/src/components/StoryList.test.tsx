// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../shared/document';
import { selectStory } from '../../../shared/edits';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import { numberedStory, openedDocument } from '../../../shared/testing/stories';
import { commandForKey } from '../commands';
import { triageCommands } from '../state/triageCommands';
import type { ApplyOptions } from '../state/useDocument';
import { useReview } from '../state/useReview';
import { useTriage } from '../state/useTriage';
import { StoryList } from './StoryList';
import { SelectionBar, StoryFilters } from './StoryTriage';

afterEach(cleanup);

beforeAll(() => {
  // The list's virtualiser reads its size from layout, which jsdom has none of.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 300 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, value: 56 });
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const stories: Story[] = [
  numberedStory(1),
  numberedStory(2, { body: [{ text: 'The ferry sails at noon.', lines: [2] }] }),
  // No credit: a caption to fix.
  numberedStory(3, { captions: [{ text: 'A quay.', credit: null, dateline: null, lines: [3] }] }),
  numberedStory(4, { warnings: [{ code: 'no-body', message: 'No body' }] }),
  numberedStory(5),
];

/** The list with its search, filters and selection bar, as the desk wires them. */
function Desk({ labels, exports = [] }: { labels: string[]; exports?: string[][] }) {
  const [doc, setDoc] = useState<OpenedDocument>(() => openedDocument(stories));
  const apply = (edit: (d: OpenedDocument) => OpenedDocument, options?: ApplyOptions) =>
    setDoc((before) => {
      const after = edit(before);
      const { label } = options ?? {};
      if (options?.undoable && label) {
        const text = typeof label === 'string' ? label : label(before, after);
        // React may run an updater twice: one label per action.
        if (labels.at(-1) !== text) labels.push(text);
      }
      return after;
    });
  const select = (id: string) => apply((d) => selectStory(d, id), { key: 'selection' });
  const current = doc.selectedStoryId ?? doc.stories[0]?.id ?? null;
  const triage = useTriage(doc, current, select, DEFAULT_HOUSE_STYLE);
  const { review, reviewMany, dialog } = useReview(doc, apply, DEFAULT_HOUSE_STYLE);
  const commands = triageCommands({
    doc,
    currentId: current,
    triage,
    apply,
    houseStyle: DEFAULT_HOUSE_STYLE,
    reviewMany,
    exportSelected: () => exports.push(triage.selection),
    focusSearch: () => {},
    say: (message) => labels.push(message),
  });
  return (
    <>
      <StoryFilters
        triage={triage}
        total={doc.stories.length}
        commands={commands}
        onToList={() => screen.getByRole('listbox').focus()}
      />
      <SelectionBar selected={triage.selection.length} commands={commands} />
      <StoryList
        doc={doc}
        stories={triage.visible}
        selectedId={current}
        selection={triage.selection}
        houseStyle={DEFAULT_HOUSE_STYLE}
        onPick={triage.pick}
        onPickAll={triage.pickAll}
        onClearPicked={triage.clearPicked}
        onReview={(id, action) =>
          triage.selection.length > 1 ? reviewMany(triage.selection, action) : review(id, action)
        }
        onOpen={() => {}}
      />
      <button type="button" onClick={commands['next-problem'].run}>
        F8
      </button>
      {dialog}
    </>
  );
}

const list = () => screen.getByRole('listbox', { name: 'Stories' });
const rows = () => within(list()).queryAllByRole('option');
const option = (n: number) =>
  within(list()).getByRole('option', { name: new RegExp(`^Story ${n},`) });
const selectedNames = () =>
  within(list())
    .getAllByRole('option', { selected: true })
    .map((o) => o.getAttribute('aria-label')?.split(',')[0]);
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  act(async () => {
    fireEvent.keyDown(document.activeElement ?? list(), { key: k, ...init });
  });

describe('the stories list', () => {
  it('is a multi-select listbox whose options keep their names', () => {
    render(<Desk labels={[]} />);
    expect(list().getAttribute('aria-multiselectable')).toBe('true');
    expect(rows().map((o) => o.getAttribute('aria-label'))).toEqual([
      'Story 1, New, 0 captions, 4 words',
      'Story 2, New, 0 captions, 5 words',
      'Story 3, New, 1 caption, 4 words, 1 caption to fix',
      'Story 4, New, 0 captions, 4 words, 1 warning',
      'Story 5, New, 0 captions, 4 words',
    ]);
    expect(selectedNames()).toEqual(['Story 1']);
  });

  it('selects a range with Shift and the arrows, and spikes it as one step', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    list().focus();
    await key('ArrowDown', { shiftKey: true });
    await key('ArrowDown', { shiftKey: true });
    expect(selectedNames()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(list().getAttribute('aria-activedescendant')).toBe(option(3).id);
    expect(screen.getByRole('group', { name: '3 stories selected' })).toBeTruthy();
    // Back up: the range follows from where it started.
    await key('ArrowUp', { shiftKey: true });
    expect(selectedNames()).toEqual(['Story 1', 'Story 2']);
    await key('s');
    expect(labels).toEqual(['Spiked 2 stories']);
    expect(option(1).getAttribute('aria-label')).toMatch(/, Spiked,/);
    expect(option(2).getAttribute('aria-label')).toMatch(/, Spiked,/);
    expect(option(3).getAttribute('aria-label')).toMatch(/, New,/);
    // Every one spiked already: the same key takes them all back.
    await key('s');
    expect(labels.at(-1)).toBe('Unspiked 2 stories');
  });

  it('adds and takes out stories with Ctrl/Cmd-click, Space and Ctrl+arrows; Escape, Ctrl+A', async () => {
    render(<Desk labels={[]} />);
    fireEvent.click(option(2));
    fireEvent.click(option(4), { ctrlKey: true });
    expect(selectedNames()).toEqual(['Story 2', 'Story 4']);
    fireEvent.click(option(5), { shiftKey: true });
    // A range from the last story picked.
    expect(selectedNames()).toEqual(['Story 4', 'Story 5']);
    fireEvent.click(option(1), { metaKey: true });
    expect(selectedNames()).toEqual(['Story 1', 'Story 4', 'Story 5']);

    list().focus();
    await key('Escape');
    expect(selectedNames()).toEqual(['Story 1']);
    await key('ArrowDown', { ctrlKey: true });
    await key('ArrowDown', { ctrlKey: true });
    expect(selectedNames()).toEqual(['Story 1']);
    await key(' ');
    expect(selectedNames()).toEqual(['Story 1', 'Story 3']);
    await key(' ');
    expect(selectedNames()).toEqual(['Story 1']);
    await key('a', { ctrlKey: true });
    expect(selectedNames()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);
    // A plain arrow: one story again.
    await key('ArrowDown');
    expect(selectedNames()).toEqual(['Story 4']);
  });

  it('merges stories that are not next to each other into the first', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    fireEvent.click(option(2));
    fireEvent.click(option(4), { ctrlKey: true });
    fireEvent.click(option(5), { ctrlKey: true });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Merge 3' }));
    });
    expect(labels).toEqual(['Merged 3 stories into “Story 2”']);
    expect(rows().map((o) => o.getAttribute('aria-label'))).toEqual([
      'Story 1, New, 0 captions, 4 words',
      'Story 2, New, 0 captions, 17 words',
      'Story 3, New, 1 caption, 4 words, 1 caption to fix',
    ]);
    expect(selectedNames()).toEqual(['Story 2']);
    expect(screen.queryByRole('group', { name: /selected/ })).toBeNull();
  });

  it('asks once before approving several stories when some have open flags', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    list().focus();
    await key('a', { ctrlKey: true });
    await key('a');
    const dialog = screen.getByRole('dialog', { name: 'Approve with open flags' });
    expect(dialog.textContent).toContain(
      '2 of the stories still have open flags. Approve all 5 anyway?',
    );
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['“Story 3”: 1 open flag', '“Story 4”: 1 open flag']);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Approve anyway' }));
    });
    expect(labels).toEqual(['Approved 5 stories']);
    expect(within(list()).getAllByRole('option', { name: /, Approved,/ })).toHaveLength(5);
  });

  it('hands the selection to Export', async () => {
    const exports: string[][] = [];
    render(<Desk labels={[]} exports={exports} />);
    fireEvent.click(option(1));
    fireEvent.click(option(3), { shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Export 3…' }));
    expect(exports).toEqual([['story-1', 'story-2', 'story-3']]);
  });
});

describe('search and filters above the list', () => {
  it('narrows the list to the stories matching, with how many, and goes on to the list', async () => {
    render(<Desk labels={[]} />);
    const search = screen.getByRole('searchbox', { name: 'Search stories' });
    await act(async () => {
      fireEvent.change(search, { target: { value: 'Ferry noon' } });
    });
    expect(rows().map((o) => o.getAttribute('aria-label'))).toEqual([
      'Story 2, New, 0 captions, 5 words',
    ]);
    expect(screen.getByText('1 of 5 stories')).toBeTruthy();
    // Enter: on to the list, on the first story it shows.
    await act(async () => {
      fireEvent.keyDown(search, { key: 'Enter' });
    });
    expect(document.activeElement).toBe(list());
    expect(selectedNames()).toEqual(['Story 2']);
    await act(async () => {
      fireEvent.keyDown(search, { key: 'Escape' });
    });
    expect(rows()).toHaveLength(5);
  });

  it('never reviews a story the filters hide', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    await act(async () => {
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search stories' }), {
        target: { value: 'ferry' },
      });
    });
    // Story 1 is still on screen, but not in the list.
    list().focus();
    expect(list().getAttribute('aria-activedescendant')).toBeNull();
    await key('a');
    expect(labels).toEqual([]);
    await key('ArrowDown');
    expect(selectedNames()).toEqual(['Story 2']);
    await key('a');
    expect(labels).toEqual(['Approved “Story 2”']);
  });

  it('filters by status and by problems; F8 goes round the stories with problems', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), {
        target: { value: 'approved' },
      });
    });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('0 of 5 stories')).toBeTruthy();
    // Nothing shown: no problem to go to, and it says so.
    fireEvent.click(screen.getByRole('button', { name: 'F8' }));
    expect(labels).toEqual(['No story shown has problems.']);
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), {
        target: { value: 'all' },
      });
      fireEvent.click(screen.getByRole('checkbox', { name: 'With problems' }));
    });
    expect(rows().map((o) => o.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Story 3',
      'Story 4',
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'With problems' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'F8' }));
    });
    expect(selectedNames()).toEqual(['Story 3']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next problem' }));
    });
    expect(selectedNames()).toEqual(['Story 4']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'F8' }));
    });
    expect(selectedNames()).toEqual(['Story 3']);
  });

  it('knows its window-wide keys', () => {
    const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      commandForKey(
        { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods },
        { inText: true, inBody: false },
        false,
      );
    expect(press('F8')).toBe('next-problem');
    expect(press('F8', { shiftKey: true })).toBe('previous-problem');
    expect(press('F8', { ctrlKey: true })).toBeNull();
    expect(press('F', { ctrlKey: true, shiftKey: true })).toBe('search-stories');
    expect(press('f', { ctrlKey: true })).toBeNull();
  });
});
