// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { withoutSourceText, type OpenedDocument } from '../../../shared/document';
import { documentOf, story } from '../../../shared/export/fixtures';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import type { ApplyOptions, OpenDocument } from '../state/useDocument';
import { StoryMeta } from './StoryMeta';
import { StoryView } from './StoryView';

afterEach(cleanup);

// jsdom has no layout; the body editor measures the selection to scroll it into view.
Range.prototype.getBoundingClientRect = () => new DOMRect();
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;

const WIRE = story('wire', 'Council Agrees Harbour Plan', {
  dateline: 'LONDON (AP)',
  body: [{ text: 'LONDON (AP) — The council agreed the plan.', lines: [3] }],
});

/** The desk's document state in small: edits applied as useDocument applies them, options kept. */
function setup(initial: Story = WIRE) {
  const state: { doc: OpenedDocument; options: (ApplyOptions | undefined)[] } = {
    doc: withoutSourceText(documentOf([initial])),
    options: [],
  };
  function Desk() {
    const [doc, setDoc] = useState(state.doc);
    const apply: OpenDocument['apply'] = (edit, options) => {
      state.options.push(options);
      state.doc = edit(state.doc);
      setDoc(state.doc);
    };
    return <StoryMeta story={doc.stories[0]!} apply={apply} />;
  }
  render(<Desk />);
  const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
  return { state, field, current: () => state.doc.stories[0]! };
}

it('names its fields for the editor and for the checks outside: Byline, Published, Story dateline', () => {
  const { field } = setup();
  expect(field('Byline').value).toBe('');
  expect(field('Published').value).toBe('');
  expect(field('Story dateline').value).toBe('LONDON (AP)');
  expect(screen.getAllByRole('textbox').map((t) => t.getAttribute('aria-label'))).toEqual([
    'Byline',
    'Published',
    'Story dateline',
  ]);
});

it('sets the byline as typed, spaces kept while typing and trimmed in the story', () => {
  const { field, current, state } = setup();
  fireEvent.change(field('Byline'), { target: { value: 'Jane Doe ' } });
  expect(field('Byline').value).toBe('Jane Doe ');
  expect(current().byline).toBe('Jane Doe');
  fireEvent.change(field('Byline'), { target: { value: 'Jane Doe, AP' } });
  expect(current().byline).toBe('Jane Doe, AP');
  // Typing, like the headline: each keystroke keyed to the field, for undo to replay.
  expect(state.options.at(-1)).toEqual({ key: 'byline:wire' });
  fireEvent.blur(field('Byline'));
  fireEvent.change(field('Byline'), { target: { value: '  ' } });
  expect(current().byline).toBeNull();
});

it('shows the date read from the published text, and none when the field is emptied', () => {
  const { field, current } = setup();
  expect(screen.queryByText(/read as|no date read/)).toBeNull();
  fireEvent.change(field('Published'), {
    target: { value: 'Updated 3:14 PM GMT+1, November 20, 2024' },
  });
  expect(current().published).toEqual({
    text: 'Updated 3:14 PM GMT+1, November 20, 2024',
    iso: '2024-11-20T15:14:00+01:00',
  });
  expect(field('Published').getAttribute('aria-describedby')).toBeTruthy();
  const note = document.getElementById(field('Published').getAttribute('aria-describedby')!);
  expect(note?.textContent).toBe('read as 20 Nov 2024, 15:14 +01:00');
  fireEvent.change(field('Published'), { target: { value: 'Sometime on Tuesday' } });
  expect(note?.textContent).toBe('no date read');
  fireEvent.change(field('Published'), { target: { value: '' } });
  expect(current().published).toBeNull();
  expect(screen.queryByText(/read as|no date read/)).toBeNull();
});

it('changes the dateline, and the copy with it, once the editor leaves the field, as one undoable step', () => {
  const { field, current, state } = setup();
  const dateline = field('Story dateline');
  fireEvent.change(dateline, { target: { value: 'L' } });
  fireEvent.change(dateline, { target: { value: 'PARIS (AP) ' } });
  // Nothing half-typed reaches the copy.
  expect(current().dateline).toBe('LONDON (AP)');
  expect(state.options).toEqual([]);
  fireEvent.blur(dateline);
  expect(current().dateline).toBe('PARIS (AP)');
  expect(current().body[0]!.text).toBe('PARIS (AP) — The council agreed the plan.');
  expect(state.options).toEqual([
    { undoable: true, label: 'Set the story dateline to PARIS (AP)' },
  ]);
  expect(dateline.value).toBe('PARIS (AP)');

  // Enter hands it over too; Escape takes back what was typed since.
  fireEvent.change(dateline, { target: { value: 'OSLO (NTB)' } });
  fireEvent.keyDown(dateline, { key: 'Enter' });
  expect(current().body[0]!.text).toBe('OSLO (NTB) — The council agreed the plan.');
  fireEvent.change(dateline, { target: { value: 'ROME' } });
  fireEvent.keyDown(dateline, { key: 'Escape' });
  expect(dateline.value).toBe('OSLO (NTB)');
  fireEvent.blur(dateline);
  expect(current().dateline).toBe('OSLO (NTB)');
  expect(state.options).toHaveLength(2);
});

it('hands a dateline being typed over when the window is closed', () => {
  const { field, current } = setup();
  fireEvent.change(field('Story dateline'), { target: { value: 'BERGEN (NTB)' } });
  act(() => {
    window.dispatchEvent(new Event('pagehide'));
  });
  expect(current().dateline).toBe('BERGEN (NTB)');
  expect(current().body[0]!.text).toBe('BERGEN (NTB) — The council agreed the plan.');
});

it('the story view warns of a story that may hold two, in the desk words, and names the signals of an uncertain start', () => {
  const warned = story('two', 'Harbour Plan', {
    body: [{ text: 'Copy.', lines: [2] }],
    boundary: { line: 1, confidence: 0.4, signals: ['wide-gap', 'title-case', 'new-signal'] },
    warnings: [
      { code: 'possible-missed-boundary', message: 'missed boundary at line 14', line: 14 },
    ],
  });
  const doc = withoutSourceText(documentOf([warned]));
  render(
    <StoryView
      doc={doc}
      story={doc.stories[0]!}
      apply={() => {}}
      headlineRef={{ current: null }}
      houseStyle={DEFAULT_HOUSE_STYLE}
      onEditHouseStyle={() => {}}
    />,
  );
  const [uncertain, missed] = screen.getAllByRole('note').map((n) => n.textContent);
  expect(uncertain).toContain(
    '(40%: more blank lines than between paragraphs, title case, new-signal)',
  );
  expect(missed).toBe(
    'This story may hold two stories: look for a headline inside it (near line 14 of the source), and use Split at cursor there.',
  );
  expect(screen.getByRole('textbox', { name: 'Story dateline' })).toBeTruthy();
});
