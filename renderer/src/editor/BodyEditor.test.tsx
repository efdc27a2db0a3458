// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  $createTextNode,
  $getRoot,
  $isElementNode,
  getNearestEditorFromDOMNode,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { $createLinkNode } from '@lexical/link';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Paragraph } from '../../../shared/model';
import { BodyEditor } from './BodyEditor';
import { FIND_EVENT } from './plugins/FindReplacePlugin';
import { SYNC_MAX_WAIT_MS } from './plugins/ModelSyncPlugin';

afterEach(cleanup);

// jsdom has no layout; Lexical measures the selection to scroll it into view.
Range.prototype.getBoundingClientRect = () => new DOMRect();
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;

const story: Paragraph[] = [
  { text: 'BAGHDAD (Reuters) - The minister said the plan was final.', lines: [3] },
  {
    text: 'He told Reuters the plan would hold.',
    lines: [5, 6],
    runs: [
      { text: 'He ' },
      { text: 'told', bold: true },
      { text: ' ' },
      { text: 'Reuters', href: 'https://www.reuters.com/' },
      { text: ' the plan would ' },
      { text: 'hold', italic: true },
      { text: '.' },
    ],
  },
  { text: 'قال مسؤولون إن الخطة نهائية.', lines: [8] },
];

function setup(paragraphs = story, storyId = 's1') {
  const onChange = vi.fn<(paragraphs: Paragraph[]) => void>();
  const onCursor = vi.fn<(paragraph: number, offset: number) => void>();
  const onWordCount = vi.fn<(words: number) => void>();
  const view = render(
    <BodyEditor
      storyId={storyId}
      paragraphs={paragraphs}
      onChange={onChange}
      onCursor={onCursor}
      onWordCount={onWordCount}
      syncDelayMs={0}
    />,
  );
  const body = screen.getByRole('textbox', { name: 'Body' });
  const editor = getNearestEditorFromDOMNode(body) as LexicalEditor;
  const rerender = (next: Paragraph[], id = storyId) =>
    view.rerender(
      <BodyEditor
        storyId={id}
        paragraphs={next}
        onChange={onChange}
        onCursor={onCursor}
        syncDelayMs={0}
      />,
    );
  return { body, editor, onChange, onCursor, onWordCount, rerender };
}

/** Runs an update as a user action would, flushing React. */
const edit = (editor: LexicalEditor, fn: () => void) =>
  act(async () => editor.update(fn, { discrete: true }));

const block = (i: number) => $getRoot().getChildAtIndex(i) as ElementNode;
const firstText = (i: number) => block(i).getFirstDescendant() as TextNode;
const lastEmitted = (onChange: { mock: { calls: Paragraph[][][] } }) =>
  onChange.mock.calls.at(-1)?.[0];
// Lexical commits command-driven updates in a microtask: an async act waits for them.
const key = (target: HTMLElement, k: string, mods: KeyboardEventInit = { ctrlKey: true }) =>
  act(async () => {
    fireEvent.keyDown(target, { key: k, ...mods });
  });
const click = (name: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
const type = (box: HTMLElement, value: string) =>
  act(async () => {
    fireEvent.change(box, { target: { value } });
  });

describe('BodyEditor', () => {
  it('is a multi-line textbox named Body with spellcheck, showing the paragraphs and formatting', async () => {
    const { body } = setup();
    expect(body.getAttribute('contenteditable')).toBe('true');
    expect(body.getAttribute('aria-multiline')).toBe('true');
    expect(body.getAttribute('spellcheck')).toBe('true');
    expect(body.querySelectorAll('p')).toHaveLength(3);
    expect(body.querySelector('.body-bold')?.textContent).toBe('told');
    expect(body.querySelector('.body-italic')?.textContent).toBe('hold');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://www.reuters.com/');
    expect(body.textContent).toContain('قال مسؤولون');
  });

  it('reports edits as paragraphs, keeping source lines and formatting', async () => {
    const { editor, onChange } = setup();
    await edit(editor, () => firstText(0).setTextContent('BAGHDAD - The minister said so.'));
    expect(lastEmitted(onChange)).toEqual([
      { text: 'BAGHDAD - The minister said so.', lines: [3] },
      story[1],
      story[2],
    ]);
  });

  it('does not report a load or a caret move as an edit', async () => {
    const { editor, onChange } = setup();
    await edit(editor, () => firstText(0).select(0, 0));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('makes the selection bold with Ctrl+B and undoes it with Ctrl+Z', async () => {
    const { body, editor, onChange } = setup();
    await edit(editor, () => firstText(0).select(0, 7));
    await key(body, 'b');
    expect(lastEmitted(onChange)?.[0]?.runs?.[0]).toEqual({ text: 'BAGHDAD', bold: true });
    expect(body.querySelector('p .body-bold')?.textContent).toBe('BAGHDAD');
    await key(body, 'z');
    expect(lastEmitted(onChange)?.[0]).toEqual(story[0]);
  });

  it('italicises with Ctrl+I but refuses formats the story cannot keep', async () => {
    const { body, editor, onChange } = setup();
    await edit(editor, () => firstText(0).select(0, 7));
    await key(body, 'u');
    expect(onChange).not.toHaveBeenCalled();
    await key(body, 'i');
    expect(lastEmitted(onChange)?.[0]?.runs?.[0]).toEqual({ text: 'BAGHDAD', italic: true });
  });

  it('reports the caret in model terms for "Split at cursor"', async () => {
    const { editor, onCursor } = setup();
    await edit(editor, () => (block(1).getLastDescendant() as TextNode).select(1, 1));
    expect(onCursor).toHaveBeenLastCalledWith(1, story[1]?.text.length);
  });

  it('counts words', async () => {
    const { editor, onWordCount } = setup();
    await waitFor(() => expect(onWordCount).toHaveBeenLastCalledWith(22));
    await edit(editor, () => firstText(2).setTextContent('كلمة'));
    await waitFor(() => expect(onWordCount).toHaveBeenLastCalledWith(18));
  });
});

describe('links', () => {
  it('links the selection to a checked address from the Link field', async () => {
    const { body, editor, onChange } = setup();
    await edit(editor, () => firstText(0).select(0, 7));
    await click('Link');
    const address = screen.getByRole('textbox', { name: 'Link address' });

    await type(address, 'javascript:alert(1)');
    await click('Apply link');
    expect(screen.getByRole('alert').textContent).toMatch(/web address/);
    expect(onChange).not.toHaveBeenCalled();

    await type(address, 'example.com/baghdad');
    await click('Apply link');
    expect(lastEmitted(onChange)?.[0]?.runs?.[0]).toEqual({
      text: 'BAGHDAD',
      href: 'https://example.com/baghdad',
    });
    expect(body.querySelector('p a')?.getAttribute('href')).toBe('https://example.com/baghdad');
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
  });

  it('unwraps a link with an unsafe URL, however it got in', async () => {
    const { body, editor, onChange } = setup();
    await edit(editor, () => {
      block(0).append($createLinkNode('javascript:alert(1)').append($createTextNode(' here')));
    });
    expect(body.querySelectorAll('a')).toHaveLength(1);
    expect(lastEmitted(onChange)?.[0]).toEqual({ text: `${story[0]?.text} here`, lines: [3] });
  });
});

describe('direction', () => {
  it('gives each paragraph the direction of its first strong character', async () => {
    const { body, editor } = setup([
      ...story,
      { text: '2024 — بغداد', lines: [] },
      { text: '2024', lines: [] },
    ]);
    const dirs = () => [...body.querySelectorAll('p')].map((p) => p.getAttribute('dir'));
    expect(dirs()).toEqual(['ltr', 'ltr', 'rtl', 'rtl', 'auto']);
    await edit(editor, () => firstText(0).setTextContent('بغداد'));
    expect(dirs()[0]).toBe('rtl');
  });

  it('toggles an override with the Direction button that sticks across edits and reloads', async () => {
    const { body, editor, onChange, rerender } = setup();
    const arabic = () => body.querySelectorAll('p')[2];
    await edit(editor, () => firstText(2).select(0, 0));
    await click('Direction');
    expect(arabic()?.getAttribute('dir')).toBe('ltr');
    expect(lastEmitted(onChange)?.[2]).toEqual({ ...story[2], dir: 'ltr' });

    await edit(editor, () => firstText(2).setTextContent('بغداد قال مسؤولون'));
    expect(arabic()?.getAttribute('dir')).toBe('ltr');
    expect(lastEmitted(onChange)?.[2]?.dir).toBe('ltr');

    const saved = lastEmitted(onChange) ?? [];
    rerender(story, 'other');
    rerender(
      saved.map((p) => ({ ...p })),
      's1',
    );
    // A new story id is a new editor, so the Body textbox is a new element.
    const body2 = screen.getByRole('textbox', { name: 'Body' });
    const arabic2 = () => body2.querySelectorAll('p')[2];
    expect(arabic2()?.getAttribute('dir')).toBe('ltr');

    const reloaded = getNearestEditorFromDOMNode(body2) as LexicalEditor;
    await edit(reloaded, () => firstText(2).select(0, 0));
    await click('Direction');
    expect(arabic2()?.getAttribute('dir')).toBe('rtl');
    expect(lastEmitted(onChange)?.[2]?.dir).toBeUndefined();
  });
});

describe('typing', () => {
  it('reports a burst of changes once the keys pause, and at once when the body loses focus', async () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn<(paragraphs: Paragraph[]) => void>();
      render(<BodyEditor storyId="s1" paragraphs={story} onChange={onChange} />);
      const body = screen.getByRole('textbox', { name: 'Body' });
      const editor = getNearestEditorFromDOMNode(body) as LexicalEditor;
      await edit(editor, () => firstText(0).setTextContent('One.'));
      await edit(editor, () => firstText(0).setTextContent('One. Two.'));
      expect(onChange).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTime(200));
      expect(onChange).toHaveBeenCalledOnce();
      expect(lastEmitted(onChange)?.[0]?.text).toBe('One. Two.');

      await edit(editor, () => firstText(0).setTextContent('Three.'));
      await act(async () => body.dispatchEvent(new FocusEvent('focusout')));
      expect(lastEmitted(onChange)?.[0]?.text).toBe('Three.');
      expect(onChange).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('loading', () => {
  it('starts afresh for another story', async () => {
    const { body, rerender } = setup();
    rerender([{ text: 'Another story.', lines: [40] }], 's2');
    const now = screen.getByRole('textbox', { name: 'Body' });
    expect(now.textContent).toBe('Another story.');
    expect(body.isConnected).toBe(false);
  });

  /** A desk that keeps a history per story, showing one story's body at a time. */
  function perStory() {
    const histories = new Map<string, HistoryState>();
    const onChange = vi.fn<(paragraphs: Paragraph[]) => void>();
    const element = (id: string, paragraphs: Paragraph[]) => {
      if (!histories.has(id)) histories.set(id, createEmptyHistoryState());
      return (
        <BodyEditor
          storyId={id}
          history={histories.get(id)}
          paragraphs={paragraphs}
          onChange={onChange}
          syncDelayMs={0}
        />
      );
    };
    const view = render(element('s1', story));
    const show = (id: string, paragraphs: Paragraph[]) => {
      view.rerender(element(id, paragraphs));
      const body = screen.getByRole('textbox', { name: 'Body' });
      return { body, editor: getNearestEditorFromDOMNode(body) as LexicalEditor };
    };
    return { onChange, show };
  }

  it('keeps undo across a trip to another story when the desk keeps its history', async () => {
    const { onChange, show } = perStory();
    const first = show('s1', story);
    await edit(first.editor, () => firstText(0).select(0, 0));
    await edit(first.editor, () => firstText(0).setTextContent('Edited.'));
    const edited = lastEmitted(onChange) ?? [];
    expect(edited[0]?.text).toBe('Edited.');

    show('s2', [{ text: 'Another story.', lines: [40] }]);
    const back = show('s1', edited);
    expect(back.editor).not.toBe(first.editor);
    expect(back.body.querySelector('p')?.textContent).toBe('Edited.');
    await key(back.body, 'z');
    expect(lastEmitted(onChange)).toEqual(story);
    expect(back.body.querySelector('p')?.textContent).toBe(story[0]?.text);
    await key(back.body, 'z', { ctrlKey: true, shiftKey: true });
    expect(back.body.querySelector('p')?.textContent).toBe('Edited.');
  });

  it('drops the kept history when the body was changed from outside meanwhile', async () => {
    const { onChange, show } = perStory();
    const first = show('s1', story);
    await edit(first.editor, () => firstText(0).setTextContent('Edited.'));
    const edited = lastEmitted(onChange) ?? [];
    show('s2', [{ text: 'Another story.', lines: [40] }]);
    // A document undo, say, changed the body while another story was shown.
    const changed = [{ text: 'Changed elsewhere.', lines: [3] }, ...edited.slice(1)];
    const back = show('s1', changed);
    const calls = onChange.mock.calls.length;
    await key(back.body, 'z');
    expect(back.body.querySelector('p')?.textContent).toBe('Changed elsewhere.');
    expect(onChange.mock.calls.length).toBe(calls);
  });

  it('takes in a body changed from outside, but not its own edits coming back', async () => {
    const { body, editor, onChange, rerender } = setup();
    // The caret in the text, as when the editor types: Ctrl+Z goes to the focused editor.
    await edit(editor, () => firstText(0).select(0, 0));
    await edit(editor, () => firstText(0).setTextContent('Edited.'));
    const echo = lastEmitted(onChange) ?? [];
    rerender(echo);
    // Still the same editor with its history: undo takes the edit back.
    await key(body, 'z');
    expect(lastEmitted(onChange)?.[0]?.text).toBe(story[0]?.text);

    const restored = [...story, { text: 'A restored line.', lines: [12] }];
    const calls = onChange.mock.calls.length;
    rerender(restored);
    expect(body.querySelectorAll('p')).toHaveLength(4);
    expect(body.textContent).toContain('A restored line.');
    expect(onChange.mock.calls.length).toBe(calls);
  });

  it('takes back its own earlier body after an outside change, as a document undo brings it', async () => {
    const { body, editor, onChange, rerender } = setup();
    await edit(editor, () => firstText(0).setTextContent('OSLO (NTB) — The minister said so.'));
    const typed = lastEmitted(onChange) ?? [];
    rerender(typed);
    // A story dateline changed from its field rewrites the opening; undo brings the typed body back.
    rerender([{ ...typed[0]!, text: 'BERGEN (NTB) — The minister said so.' }, ...typed.slice(1)]);
    expect(body.querySelector('p')?.textContent).toBe('BERGEN (NTB) — The minister said so.');
    rerender(typed);
    expect(body.querySelector('p')?.textContent).toBe('OSLO (NTB) — The minister said so.');
  });

  it('gives an empty story a paragraph to type in', async () => {
    const { body, editor, onChange } = setup([]);
    expect(body.querySelectorAll('p')).toHaveLength(1);
    await edit(editor, () => {
      const p = block(0);
      if ($isElementNode(p)) p.append($createTextNode('First words.'));
    });
    expect(lastEmitted(onChange)).toEqual([{ text: 'First words.', lines: [] }]);
  });
});

describe('find and replace', () => {
  it('opens from the Edit menu too (the desk relays it as a window event)', async () => {
    setup();
    expect(screen.queryByRole('textbox', { name: 'Find' })).toBeNull();
    await act(async () => {
      window.dispatchEvent(new Event(FIND_EVENT));
    });
    expect(screen.getByRole('textbox', { name: 'Find' })).toBeTruthy();
  });

  it('has the Find field focused before Ctrl+F returns, so the next key goes there', async () => {
    const { body } = setup();
    body.focus();
    // No act, no frame: the keydown alone must have moved the focus.
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    const find = screen.getByRole('textbox', { name: 'Find' });
    expect(document.activeElement).toBe(find);
  });

  it('opens from the headline too, and Escape goes back there', async () => {
    setup();
    const headline = document.createElement('textarea');
    headline.setAttribute('aria-label', 'Headline');
    document.body.append(headline);
    try {
      headline.focus();
      fireEvent.keyDown(headline, { key: 'f', ctrlKey: true });
      const find = screen.getByRole('textbox', { name: 'Find' });
      expect(document.activeElement).toBe(find);
      await key(find, 'Escape', {});
      expect(screen.queryByRole('search')).toBeNull();
      expect(document.activeElement).toBe(headline);
    } finally {
      headline.remove();
    }
  });

  const open = async (body: HTMLElement) => {
    await key(body, 'f');
    return {
      find: screen.getByRole('textbox', { name: 'Find' }),
      replace: screen.getByRole('textbox', { name: 'Replace' }),
      status: () => screen.getByRole('status').textContent,
    };
  };

  it('opens with Ctrl+F and counts and steps through matches', async () => {
    const { body, editor } = setup();
    await edit(editor, () => firstText(0).select(0, 0));
    const bar = await open(body);
    await type(bar.find, 'PLAN');
    expect(bar.status()).toBe('1 of 2');
    await click('Next');
    expect(bar.status()).toBe('2 of 2');
    await click('Next');
    expect(bar.status()).toBe('1 of 2');
    await type(bar.find, 'nowhere');
    expect(bar.status()).toBe('No matches');
    expect(screen.getByRole('button', { name: 'Replace all' })).toHaveProperty('disabled', true);
  });

  it('replaces one match, keeping its formatting', async () => {
    const { body, editor, onChange } = setup();
    await edit(editor, () => block(1).selectStart());
    const bar = await open(body);
    await type(bar.find, 'told');
    await type(bar.replace, 'said to');
    await click('Replace');
    expect(lastEmitted(onChange)?.[1]?.runs?.slice(0, 2)).toEqual([
      { text: 'He ' },
      { text: 'said to', bold: true },
    ]);
    expect(bar.status()).toBe('No matches');
  });

  it('matches case and whole words when asked', async () => {
    const { body } = setup();
    const bar = await open(body);
    await type(bar.find, 'Plan');
    expect(bar.status()).toBe('1 of 2');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Match case' }));
    });
    expect(bar.status()).toBe('No matches');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Match case' }));
    });
    await type(bar.find, 'pla');
    expect(bar.status()).toBe('1 of 2');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Whole word' }));
    });
    expect(bar.status()).toBe('No matches');
  });

  it('finds in the story fields before the body, and replaces there through the story', async () => {
    const fields = [
      { label: 'Headline', id: 'story-headline', text: 'The plan holds' },
      { label: 'Caption 1', id: 'caption-1-text', text: 'No plan here' },
    ];
    const elements = fields.map((f) => {
      const element = document.createElement('textarea');
      element.id = f.id;
      element.value = f.text;
      document.body.append(element);
      return element;
    });
    const onReplaceFields = vi.fn();
    render(
      <BodyEditor
        storyId="s2"
        paragraphs={story}
        onChange={vi.fn()}
        syncDelayMs={0}
        find={{ fields, onReplaceFields }}
      />,
    );
    try {
      const body = screen.getByRole('textbox', { name: 'Body' });
      const bar = await open(body);
      await type(bar.find, 'plan');
      // From the body's caret at its start: the body's first match, then round to the fields.
      expect(bar.status()).toBe('3 of 4 in the body');
      await click('Next');
      expect(bar.status()).toBe('4 of 4 in the body');
      await click('Next');
      expect(bar.status()).toBe('1 of 4 in Headline');
      expect(elements[0]?.hasAttribute('data-find-current')).toBe(true);
      await click('Next');
      expect(bar.status()).toBe('2 of 4 in Caption 1');
      expect(elements[0]?.hasAttribute('data-find-current')).toBe(false);
      expect(elements[1]?.hasAttribute('data-find-current')).toBe(true);
      await click('Previous');
      expect(bar.status()).toBe('1 of 4 in Headline');

      // Escape leaves the current match selected in its field.
      await key(bar.find, 'Escape', {});
      expect(document.activeElement).toBe(elements[0]);
      expect([elements[0]?.selectionStart, elements[0]?.selectionEnd]).toEqual([4, 8]);

      const again = await open(body);
      expect(again.status()).toBe('1 of 4 in Headline');
      await type(again.replace, 'scheme');
      await click('Replace');
      expect(onReplaceFields).toHaveBeenLastCalledWith(['The scheme holds', 'No plan here'], 1);
    } finally {
      for (const element of elements) element.remove();
    }
  });

  it('replaces all matches as one undo step', async () => {
    const { body, onChange } = setup();
    const bar = await open(body);
    await type(bar.find, 'plan');
    await type(bar.replace, 'scheme');
    await click('Replace all');
    const texts = lastEmitted(onChange)?.map((p) => p.text);
    expect(texts?.[0]).toBe('BAGHDAD (Reuters) - The minister said the scheme was final.');
    expect(texts?.[1]).toBe('He told Reuters the scheme would hold.');
    expect(bar.status()).toBe('No matches');

    await key(screen.getByRole('button', { name: 'Close find' }), 'Escape', {});
    expect(screen.queryByRole('search')).toBeNull();
    await key(body, 'z');
    expect(lastEmitted(onChange)).toEqual(story);
  });
});

describe('BodyEditor hands typing over to the story', () => {
  it('at least every SYNC_MAX_WAIT_MS while the keys never pause (a key every 40 ms)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const onChange = vi.fn<(paragraphs: Paragraph[]) => void>();
      render(<BodyEditor storyId="s1" paragraphs={story} onChange={onChange} />);
      const editor = getNearestEditorFromDOMNode(
        screen.getByRole('textbox', { name: 'Body' }),
      ) as LexicalEditor;
      const heard: number[] = [];
      onChange.mockImplementation(() => heard.push(Date.now()));
      const start = Date.now();
      for (let k = 1; k <= 30; k++) {
        await edit(editor, () => firstText(0).setTextContent(`BAGHDAD ${'x'.repeat(k)}`));
        await act(async () => vi.advanceTimersByTime(40));
      }
      // 1.2 s of typing without a pause: heard about every SYNC_MAX_WAIT_MS, not once at the end.
      expect(heard.length).toBeGreaterThanOrEqual(3);
      expect(heard[0]! - start).toBeLessThanOrEqual(SYNC_MAX_WAIT_MS);
      for (let i = 1; i < heard.length; i++)
        expect(heard[i]! - heard[i - 1]!).toBeLessThanOrEqual(SYNC_MAX_WAIT_MS + 40);
    } finally {
      vi.useRealTimers();
    }
  });
});
