// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { createDocument, type OpenedDocument } from '../../../shared/document';
import { splitStories } from '../../../shared/split/index';
import type { OpenDocument } from '../state/useDocument';
import { SourceLines } from './SourceView';

afterEach(cleanup);

// jsdom lays nothing out: the list gets a height and each line one, as a browser would give them,
// so the virtualiser has a window of lines to show.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 400 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('source-line') ? 20 : 0;
    },
  });
});

const TEXT = [
  'Harbour Bridge Reopens After Storm Repairs', // 1
  '',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)', // 3
  'Workers inspect the repaired deck of the bridge at dawn (EPA)', // 4
  'TT', // 5
  '',
  'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.', // 7
  '',
  'Commuters Welcome the Reopening', // 9
  '',
  'Commuters said the closure had doubled their journey times and welcomed the reopening on Monday.', // 11
  '',
  '',
  '',
  'Fishermen Protest New Quotas in Coastal Town', // 15
  '',
  'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.', // 17
].join('\n');
const LINES = TEXT.split('\n');

function opened(): OpenedDocument {
  const doc = createDocument({
    id: 'doc1',
    name: 'dump.txt',
    decoded: { text: TEXT, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(TEXT).stories,
    now: new Date('2026-11-30T08:00:00Z'),
  });
  const { text: _text, ...source } = doc.source;
  return { ...doc, source, revision: 1 };
}

/** The view over a document that the actions change, as the desk's apply does; labels recorded. */
function setup() {
  const labels: string[] = [];
  let shown: OpenedDocument = opened();
  function Desk() {
    const [doc, setDoc] = useState(shown);
    shown = doc;
    const apply: OpenDocument['apply'] = (edit, options) => {
      const next = edit(shown);
      if (next === shown) return;
      const label = options?.label;
      labels.push(typeof label === 'function' ? label(shown, next) : (label ?? ''));
      shown = next;
      setDoc(next);
    };
    const story = doc.stories.find((s) => s.id === doc.selectedStoryId) ?? doc.stories[0]!;
    return <SourceLines doc={doc} story={story} apply={apply} lines={LINES} />;
  }
  render(<Desk />);
  const list = screen.getByRole('listbox', { name: 'Source lines' });
  return { list, labels, doc: () => shown };
}

const option = (n: number) => document.getElementById(`source-line-${n}`)!;
/** What the line is called, as a screen reader says it. */
const name = (n: number) => (option(n).textContent ?? '').replace(/\s+/g, ' ').trim();
const press = (list: HTMLElement, key: string) => act(() => void fireEvent.keyDown(list, { key }));

it('shows each line with the part it went to, and how sure each story start is', () => {
  const { list } = setup();
  expect(name(1)).toBe(
    'Line 1 Headline Harbour Bridge Reopens After Storm Repairs Story 1 starts, 100% sure: start of the text.',
  );
  expect(name(3)).toMatch(/^Line 3 Caption 1 Workers inspect/);
  expect(name(4)).toMatch(/^Line 4 Removed: Caption printed again Workers inspect/);
  expect(name(5)).toBe('Line 5 Removed: Logo or site mark TT');
  expect(name(7)).toMatch(/^Line 7 Body The harbour bridge/);
  expect(name(2)).toBe('Line 2 (blank)');
  expect(name(15)).toMatch(/ Story 2 starts, \d+% sure: /);
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-1');
  expect(option(1).getAttribute('aria-selected')).toBe('true');
  // The selected story's lines stand out from the next story's.
  expect(option(11).className).toContain('in-story');
  expect(option(17).className).not.toContain('in-story');
});

it('moves along the lines with the keys, and names the focused line’s actions', () => {
  const { list } = setup();
  press(list, 'ArrowDown');
  press(list, 'ArrowDown');
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-3');
  expect(screen.getByRole('group', { name: 'Line 3: Caption 1, story 1' })).toBeTruthy();
  const marks = screen.getByRole('group', { name: 'Mark the line as' });
  expect(within(marks).getByRole('button', { name: 'Caption' }).getAttribute('aria-pressed')).toBe(
    'true',
  );
  // Nothing stands before the first line of the first story: no story starts there, none before.
  press(list, 'Home');
  expect(
    (screen.getByRole('button', { name: 'Start story here' }) as HTMLButtonElement).disabled,
  ).toBe(true);
  expect(
    (screen.getByRole('button', { name: 'Join to previous' }) as HTMLButtonElement).disabled,
  ).toBe(true);
});

it('starts a story at a line and joins it back, each said in words undo can show', () => {
  const { list, labels, doc } = setup();
  for (let i = 1; i < 9; i++) press(list, 'ArrowDown');
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-9');
  press(list, 's');
  expect(doc().stories.map((s) => s.headline)).toEqual([
    'Harbour Bridge Reopens After Storm Repairs',
    'Commuters Welcome the Reopening',
    'Fishermen Protest New Quotas in Coastal Town',
  ]);
  expect(labels.at(-1)).toBe('Started “Commuters Welcome the Reopening” at line 9');
  // The focus stays on the line, now the new story's headline and first line.
  expect(name(9)).toMatch(/ Story 2 starts, 100% sure: split by the editor\.$/);
  expect(name(9)).toMatch(/^Line 9 Headline Commuters/);
  press(list, 'j');
  expect(doc().stories).toHaveLength(2);
  expect(labels.at(-1)).toBe(
    'Joined “Commuters Welcome the Reopening” to “Harbour Bridge Reopens After Storm Repairs”',
  );
  expect(name(9)).toBe('Line 9 Body Commuters Welcome the Reopening');
});

it('marks the focused line as caption, junk, body and headline, by key and by button', () => {
  const { list, labels, doc } = setup();
  press(list, 'End');
  for (let i = 17; i > 5; i--) press(list, 'ArrowUp');
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-5');
  press(list, 'c');
  expect(doc().stories[0]!.captions.map((c) => [c.text, c.lines])).toEqual([
    ['Workers inspect the repaired deck of the bridge at dawn', [3]],
    ['TT', [5]],
  ]);
  expect(labels.at(-1)).toBe('Marked line 5 as a caption');
  expect(name(5)).toBe('Line 5 Caption 2 TT');

  press(list, 'ArrowDown');
  press(list, 'ArrowDown');
  press(list, 'Delete');
  expect(doc().stories[0]!.removed).toContainEqual({ line: 7, text: LINES[6], reason: 'editor' });
  expect(labels.at(-1)).toBe('Marked line 7 as junk');
  expect(name(7)).toMatch(/^Line 7 Removed: Marked as junk by the editor The harbour/);

  fireEvent.click(screen.getByRole('button', { name: 'Body' }));
  expect(name(7)).toMatch(/^Line 7 Body The harbour/);
  press(list, 'ArrowDown');
  press(list, 'ArrowDown');
  fireEvent.click(screen.getByRole('button', { name: 'Headline' }));
  expect(doc().stories[0]!.headline).toBe('Commuters Welcome the Reopening');
  expect(labels).toHaveLength(4);
  // Marked as it already is: nothing happens, nothing to undo.
  press(list, 'h');
  expect(labels).toHaveLength(4);
});

it('draws only the lines in view of a 200,000-line source, and goes to the chosen story', () => {
  const lines = [...LINES, ...Array.from({ length: 200_000 }, (_, i) => `Filler line ${i}`)];
  const doc = opened();
  const apply: OpenDocument['apply'] = () => {};
  const { rerender } = render(
    <SourceLines doc={doc} story={doc.stories[0]!} apply={apply} lines={lines} />,
  );
  const list = screen.getByRole('listbox', { name: 'Source lines' });
  expect(within(list).getAllByRole('option').length).toBeLessThan(100);
  expect(option(1).getAttribute('aria-setsize')).toBe(String(lines.length));
  rerender(<SourceLines doc={doc} story={doc.stories[1]!} apply={apply} lines={lines} />);
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-15');
});

it('takes the line as the new story’s headline with Shift+S, whatever it reads like', () => {
  const { list, doc } = setup();
  for (let i = 1; i < 7; i++) press(list, 'ArrowDown');
  expect(list.getAttribute('aria-activedescendant')).toBe('source-line-7');
  act(() => void fireEvent.keyDown(list, { key: 'S', shiftKey: true }));
  expect(doc().stories[1]).toMatchObject({ headline: LINES[6], headlineLine: 7 });
  expect(name(7)).toMatch(/^Line 7 Headline The harbour bridge/);
});
