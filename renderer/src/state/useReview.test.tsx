// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDocument } from '../../../shared/document';
import { numberedStory, openedDocument } from '../../../shared/testing/stories';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import type { ApplyOptions } from './useDocument';
import { useReview } from './useReview';

afterEach(cleanup);

// jsdom has <dialog> without its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const story = (n: number, caption: string): Story =>
  numberedStory(n, {
    captions: [{ text: caption, credit: 'Reuters', dateline: null, lines: [n] }],
  });

// Story 1's caption is empty: an open flag. Story 2's is in house style.
const start = openedDocument([story(1, ''), story(2, 'A street in town.')]);

function Desk({ labels, next = () => {} }: { labels: string[]; next?: () => void }) {
  const [doc, setDoc] = useState<OpenedDocument>(start);
  const { review, dialog } = useReview(
    doc,
    (edit, options?: ApplyOptions) => {
      if (typeof options?.label === 'string') labels.push(options.label);
      setDoc(edit);
    },
    DEFAULT_HOUSE_STYLE,
  );
  return (
    <>
      {doc.stories.map((s) => (
        <div key={s.id}>
          <output aria-label={`${s.headline} status`}>{doc.reviews[s.id]}</output>
          <button type="button" onClick={() => review(s.id, 'approve')}>
            Approve {s.headline}
          </button>
          <button type="button" onClick={() => review(s.id, 'approve', next)}>
            Approve {s.headline} and next
          </button>
          <button type="button" onClick={() => review(s.id, 'spike')}>
            Spike {s.headline}
          </button>
        </div>
      ))}
      {dialog}
    </>
  );
}

const click = (name: string) =>
  act(async () => {
    const button = screen.getByRole('button', { name });
    button.focus();
    fireEvent.click(button);
  });
const statusOf = (n: number) => screen.getByRole('status', { name: `Story ${n} status` });

describe('useReview', () => {
  it('asks before approving a story with open flags, naming them; cancel leaves it as it was', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    await click('Approve Story 1');
    const dialog = screen.getByRole('dialog', { name: 'Approve with open flags' });
    expect(dialog.textContent).toContain('“Story 1” still has an open flag. Approve it anyway?');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Caption 1: The caption is empty: write it, or delete the caption.',
    ]);
    // (Cancel takes the focus as the browser opens the dialog: e2e checks that.)

    // Escape (the dialog's cancel event) closes it: nothing approved, the focus back on Approve.
    await act(async () => {
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(statusOf(1).textContent).toBe('new');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Approve Story 1' }));
    expect(labels).toEqual([]);

    await click('Approve Story 1');
    await click('Approve anyway');
    expect(statusOf(1).textContent).toBe('approved');
    expect(labels).toEqual(['Approved “Story 1”']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Approve Story 1' }));
  });

  it('goes on to the next story once approved (Approve and next), not when the editor cancels', async () => {
    const labels: string[] = [];
    let nexts = 0;
    render(<Desk labels={labels} next={() => nexts++} />);
    await click('Approve Story 2 and next');
    expect(statusOf(2).textContent).toBe('approved');
    expect(nexts).toBe(1);
    await click('Approve Story 1 and next');
    const dialog = screen.getByRole('dialog', { name: 'Approve with open flags' });
    await act(async () => {
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
    });
    expect(nexts).toBe(1);
    await click('Approve Story 1 and next');
    await click('Approve anyway');
    expect(statusOf(1).textContent).toBe('approved');
    expect(nexts).toBe(2);
  });

  it('approves a story without flags at once; taking back and spiking never ask', async () => {
    const labels: string[] = [];
    render(<Desk labels={labels} />);
    await click('Approve Story 2');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(statusOf(2).textContent).toBe('approved');
    await click('Spike Story 1');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(statusOf(1).textContent).toBe('spiked');
    await click('Approve Story 2');
    expect(statusOf(2).textContent).toBe('reviewed');
    expect(labels).toEqual([
      'Approved “Story 2”',
      'Spiked “Story 1”',
      'Took back the approval of “Story 2”',
    ]);
  });
});
