// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import type { Caption } from '../../../shared/model';
import { CaptionDesk } from './CaptionDesk';
import { agenciesFromText, agenciesToText } from './HouseStyleDialog';

afterEach(cleanup);

const captions: Caption[] = [
  { text: 'Putin in Sochi', credit: 'epa', dateline: null, lines: [3] },
  { text: 'A street in Baghdad.', credit: 'dpa', dateline: null, lines: [9] },
];

/** A house that asks for a closing full stop (the default keeps captions as written). */
const STOPS = { ...DEFAULT_HOUSE_STYLE, captionFullStop: 'always' as const };

function setup(houseStyle = STOPS) {
  const onChange = vi.fn();
  const onFixAll = vi.fn();
  render(
    <CaptionDesk
      captions={captions}
      body={[{ text: 'The talks went on.', lines: [5] }]}
      houseStyle={houseStyle}
      onChange={onChange}
      onFixAll={onFixAll}
      onEditHouseStyle={() => {}}
    />,
  );
  return { onChange, onFixAll };
}

it('flags a caption out of house style and fixes it in one undoable click', () => {
  const { onChange } = setup();
  const problems = screen.getByRole('list', { name: 'Problems with caption 1' });
  // Each flag says what is wrong and what Fix will do about it.
  expect(problems.textContent).toContain('Credit “epa” is not in house style: Fix writes “EPA”.');
  expect(problems.textContent).toContain('No full stop at the end: Fix adds one.');
  expect(screen.getByRole('textbox', { name: 'Caption 1' }).getAttribute('aria-invalid')).toBe(
    'true',
  );
  // The second caption is in house style: nothing to flag or fix.
  expect(screen.queryByRole('list', { name: 'Problems with caption 2' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Fix caption 2' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Fix caption 1' }));
  expect(onChange).toHaveBeenCalledWith(
    [{ ...captions[0], text: 'Putin in Sochi.', credit: 'EPA' }, captions[1]],
    { undoable: true, label: 'Fixed caption 1 to house style' },
  );
});

it('under the default house style, flags the credit but not the missing full stop', () => {
  setup(DEFAULT_HOUSE_STYLE);
  const problems = screen.getByRole('list', { name: 'Problems with caption 1' });
  expect(problems.textContent).toBe('Credit “epa” is not in house style: Fix writes “EPA”.');
});

it('edits the credit field, an empty one meaning no credit', () => {
  const { onChange } = setup();
  fireEvent.change(screen.getByRole('textbox', { name: 'Credit 2' }), { target: { value: '' } });
  expect(onChange).toHaveBeenLastCalledWith([captions[0], { ...captions[1], credit: null }]);
});

it('offers the document-wide fix', () => {
  const { onFixAll } = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Fix all captions' }));
  expect(onFixAll).toHaveBeenCalledOnce();
});

it('reads and writes agencies one per line with their aliases', () => {
  const agencies = agenciesFromText(' AP = Associated Press, AP Photo \n\nReuters\n');
  expect(agencies).toEqual([
    { name: 'AP', aliases: ['Associated Press', 'AP Photo'] },
    { name: 'Reuters', aliases: [] },
  ]);
  expect(agenciesFromText(agenciesToText(DEFAULT_HOUSE_STYLE.agencies))).toEqual(
    DEFAULT_HOUSE_STYLE.agencies,
  );
});

it('labels each field in words that stay once it is filled', () => {
  setup();
  // The credit is filled in: its label is still on screen beside it, not a placeholder gone.
  const credit = screen.getByRole('textbox', { name: 'Credit 1' });
  expect((credit as HTMLInputElement).value).toBe('epa');
  expect(credit.closest('label')?.textContent).toBe('Credit');
  expect(screen.getByRole('textbox', { name: 'Dateline 1' }).closest('label')?.textContent).toBe(
    'Dateline',
  );
  // The caption's own label is a visible one, tied to its text box.
  expect(screen.getByText('Caption 1', { selector: 'label' }).getAttribute('for')).toBe(
    screen.getByRole('textbox', { name: 'Caption 1' }).id,
  );
});

it('says what is wrong with an empty caption, a missing credit and a long one', () => {
  const onChange = vi.fn();
  render(
    <CaptionDesk
      captions={[
        { text: '', credit: null, dateline: null, lines: [] },
        { text: 'x'.repeat(30), credit: null, dateline: null, lines: [] },
      ]}
      body={[]}
      houseStyle={{ ...DEFAULT_HOUSE_STYLE, maxCaptionLength: 20 }}
      onChange={onChange}
      onFixAll={() => {}}
      onEditHouseStyle={() => {}}
    />,
  );
  expect(screen.getByRole('list', { name: 'Problems with caption 1' }).textContent).toBe(
    'The caption is empty: write it, or delete the caption.',
  );
  const second = screen.getByRole('list', { name: 'Problems with caption 2' });
  expect(second.textContent).toContain('No credit: type the photographer or agency in Credit.');
  expect(second.textContent).toContain("Longer than the house's 20 characters: shorten it by 10.");
});
