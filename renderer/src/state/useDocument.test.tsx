// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_STORIES, type ApiResult } from '../../../shared/api';
import type { DocumentChanges, OpenedDocument } from '../../../shared/document';
import { numberedStory, openedDocument } from '../../../shared/testing/stories';
import { mergeWithNext, review, setReview, updateStory } from '../../../shared/edits';
import type { Story } from '../../../shared/model';
import { AUTOSAVE_DELAY_MS, useDocument } from './useDocument';

const story = (n: number): Story => numberedStory(n);

const whole = openedDocument(Array.from({ length: FIRST_STORIES + 20 }, (_, i) => story(i + 1)));

/** A backend whose loadDocument answers when the test says so. */
function fakeBackend() {
  const saved: unknown[] = [];
  const loads: { input: { first?: number }; answer: (doc: OpenedDocument) => void }[] = [];
  const ok = <T,>(value: T): ApiResult<T> => ({ ok: true, value });
  window.copydesk = {
    loadDocument: (input: { first?: number }) =>
      new Promise((resolve) => loads.push({ input, answer: (doc) => resolve(ok(doc)) })),
    saveDocument: async ({ changes }: { changes: DocumentChanges }) => {
      saved.push(changes);
      return ok({ updatedAt: '2026-11-25T09:00:00Z', revision: changes.revision + 1 });
    },
  } as unknown as typeof window.copydesk;
  return { saved, loads };
}

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('useDocument', () => {
  it('shows the first stories at once, replays edits made meanwhile on the whole, then saves', async () => {
    const backend = fakeBackend();
    const { result } = renderHook(() => useDocument('doc-1'));
    await waitFor(() => expect(backend.loads).toHaveLength(1));
    expect(backend.loads[0]?.input).toEqual({ id: 'doc-1', first: FIRST_STORIES });
    await act(async () =>
      backend.loads[0]?.answer({
        ...whole,
        stories: whole.stories.slice(0, FIRST_STORIES),
        partial: { storyCount: whole.stories.length },
      }),
    );
    expect(result.current.doc?.stories).toHaveLength(FIRST_STORIES);

    // The editor works on what is there; nothing is saved from a partial document.
    act(() => result.current.apply((d) => setReview(d, 'story-1', 'approved'), { undoable: true }));
    act(() => result.current.apply((d) => updateStory(d, 'story-2', { headline: 'Edited' })));
    expect(result.current.doc?.reviews['story-1']).toBe('approved');
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3));
    expect(backend.saved).toEqual([]);

    await waitFor(() => expect(backend.loads).toHaveLength(2));
    expect(backend.loads[1]?.input).toEqual({ id: 'doc-1' });
    await act(async () => backend.loads[1]?.answer(whole));
    const doc = result.current.doc;
    expect(doc?.stories).toHaveLength(whole.stories.length);
    expect(doc?.reviews['story-1']).toBe('approved');
    expect(doc?.stories[1]?.headline).toBe('Edited');

    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(backend.saved).toHaveLength(1);
    const changes = backend.saved[0] as DocumentChanges;
    // Only what changed travels, on the revision loaded: one story and one review.
    expect(changes).toEqual({
      id: 'doc-1',
      revision: 1,
      stories: [expect.objectContaining({ id: 'story-2', headline: 'Edited' })],
      reviews: { 'story-1': 'approved' },
      selectedStoryId: whole.selectedStoryId,
    });

    // The undoable edit made while loading is still undoable.
    expect(result.current.canUndo).toBe(true);
    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-1']).toBe(whole.reviews['story-1']);
    expect(result.current.doc?.stories[1]?.headline).toBe('Edited');
  });

  it('saves a small document within a second of a change, once for a burst', async () => {
    const backend = fakeBackend();
    const small = { ...whole, stories: whole.stories.slice(0, 3) };
    const { result } = renderHook(() => useDocument('doc-1'));
    await waitFor(() => expect(backend.loads).toHaveLength(1));
    await act(async () => backend.loads[0]?.answer(small));
    expect(backend.loads).toHaveLength(1);

    for (const headline of ['A', 'AB', 'ABC']) {
      act(() => result.current.apply((d) => updateStory(d, 'story-1', { headline })));
    }
    expect(result.current.saveState).toBe('unsaved');
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(backend.saved).toHaveLength(1);
    expect((backend.saved[0] as DocumentChanges).stories[0]?.headline).toBe('ABC');
    await waitFor(() => expect(result.current.saveState).toBe('saved'));
  });

  it('undo takes back an action, never the typing done after it', async () => {
    const backend = fakeBackend();
    const small = { ...whole, stories: whole.stories.slice(0, 3) };
    const { result } = renderHook(() => useDocument('doc-1'));
    await waitFor(() => expect(backend.loads).toHaveLength(1));
    await act(async () => backend.loads[0]?.answer(small));

    const type = (id: string, headline: string) =>
      act(() =>
        result.current.apply((d) => updateStory(d, id, { headline }), { key: `headline:${id}` }),
      );
    act(() => result.current.apply((d) => setReview(d, 'story-1', 'spiked'), { undoable: true }));
    type('story-2', 'Typed');
    act(() => result.current.apply((d) => setReview(d, 'story-3', 'approved'), { undoable: true }));
    type('story-2', 'Typed more');
    type('story-1', 'Also typed');

    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-3']).toBe(small.reviews['story-3']);
    expect(result.current.doc?.reviews['story-1']).toBe('spiked');
    expect(result.current.doc?.stories.map((s) => s.headline)).toEqual([
      'Also typed',
      'Typed more',
      'Story 3',
    ]);

    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-1']).toBe(small.reviews['story-1']);
    expect(result.current.doc?.stories.map((s) => s.headline)).toEqual([
      'Also typed',
      'Typed more',
      'Story 3',
    ]);
    expect(result.current.canUndo).toBe(false);
  });

  /** A three-story document, loaded. */
  async function loaded() {
    const backend = fakeBackend();
    const small = { ...whole, stories: whole.stories.slice(0, 3) };
    const hook = renderHook(() => useDocument('doc-1'));
    await waitFor(() => expect(backend.loads).toHaveLength(1));
    await act(async () => backend.loads[0]?.answer(small));
    return { backend, small, result: hook.result };
  }

  it('redo does an undone action again, keeping the typing done after the undo', async () => {
    const { result } = await loaded();
    const type = (id: string, headline: string) =>
      act(() =>
        result.current.apply((d) => updateStory(d, id, { headline }), { key: `headline:${id}` }),
      );
    act(() =>
      result.current.apply((d) => mergeWithNext(d, 'story-1'), {
        undoable: true,
        label: (before, after) => `Merged ${before.stories.length - after.stories.length + 1}`,
      }),
    );
    expect(result.current.doc?.stories).toHaveLength(2);
    expect(result.current.lastAction).toMatchObject({ label: 'Merged 2', kind: 'done' });
    expect(result.current.canRedo).toBe(false);

    act(() => result.current.undo());
    expect(result.current.doc?.stories).toHaveLength(3);
    expect(result.current.lastAction).toMatchObject({ label: 'Merged 2', kind: 'undone' });
    expect(result.current.canRedo).toBe(true);
    type('story-1', 'Typed after the undo');

    act(() => result.current.redo());
    expect(result.current.doc?.stories.map((s) => s.headline)).toEqual([
      'Typed after the undo',
      'Story 3',
    ]);
    expect(result.current.lastAction).toMatchObject({ label: 'Merged 2', kind: 'redone' });
    expect(result.current.canRedo).toBe(false);

    // Undo again, and the typing stays too.
    act(() => result.current.undo());
    expect(result.current.doc?.stories.map((s) => s.headline)).toEqual([
      'Typed after the undo',
      'Story 2',
      'Story 3',
    ]);
  });

  it('a new action clears redo', async () => {
    const { result } = await loaded();
    act(() => result.current.apply((d) => setReview(d, 'story-1', 'spiked'), { undoable: true }));
    act(() => result.current.undo());
    expect(result.current.canRedo).toBe(true);
    act(() => result.current.apply((d) => setReview(d, 'story-2', 'spiked'), { undoable: true }));
    expect(result.current.canRedo).toBe(false);
    act(() => result.current.redo());
    expect(result.current.doc?.reviews['story-1']).toBe('new');
  });

  it('undoing approve or spike brings back the exact status before, not reviewed', async () => {
    const { result } = await loaded();
    const act1 = (id: string, action: 'approve' | 'spike') =>
      act(() => result.current.apply((d) => review(d, id, action), { undoable: true }));
    act(() => result.current.apply((d) => setReview(d, 'story-2', 'spiked'), { undoable: true }));
    act1('story-1', 'approve');
    act1('story-2', 'approve');
    act1('story-3', 'spike');
    expect(result.current.doc?.reviews).toMatchObject({
      'story-1': 'approved',
      'story-2': 'approved',
      'story-3': 'spiked',
    });
    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-3']).toBe('new');
    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-2']).toBe('spiked');
    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-1']).toBe('new');
    act(() => result.current.redo());
    act(() => result.current.redo());
    expect(result.current.doc?.reviews).toMatchObject({
      'story-1': 'approved',
      'story-2': 'approved',
      'story-3': 'new',
    });
  });

  it('a labelled replace (a re-split) is undone by saving the document as it was', async () => {
    const { backend, small, result } = await loaded();
    const resplit = { ...small, stories: small.stories.slice(0, 1), reviews: {} };
    act(() => result.current.apply((d) => setReview(d, 'story-2', 'approved'), { undoable: true }));
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    const saves = backend.saved.length;
    act(() => result.current.replace(resplit, 'Split dump.txt again'));
    expect(result.current.doc?.stories).toHaveLength(1);
    expect(result.current.lastAction).toMatchObject({ label: 'Split dump.txt again' });
    // The backend stored the re-split itself.
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(backend.saved).toHaveLength(saves);

    act(() => result.current.undo());
    expect(result.current.doc?.stories).toHaveLength(3);
    expect(result.current.doc?.reviews['story-2']).toBe('approved');
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    const last = backend.saved.at(-1) as DocumentChanges;
    expect(last.order).toHaveLength(3);
    expect(last.reviews['story-2']).toBe('approved');
    // And the approval before it is one more undo away.
    act(() => result.current.undo());
    expect(result.current.doc?.reviews['story-2']).toBe('new');
  });
});
