import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentChanges, OpenedDocument } from '../../../shared/document';
import { numberedStory, openedDocument } from '../../../shared/testing/stories';
import { updateStory } from '../../../shared/edits';
import { AUTOSAVE_MAX_WAIT_MS, DocumentSaver, type SaveState } from './saver';

const stored: OpenedDocument = openedDocument(
  Array.from({ length: 50 }, (_, i) => numberedStory(i + 1)),
  7,
);

/** A library that applies what it is sent, answering after `delayMs`, or failing when told. */
function library(delayMs = 5) {
  const sent: { at: number; changes: DocumentChanges }[] = [];
  let revision = stored.revision;
  let failNext = false;
  let inFlight = 0;
  let mostInFlight = 0;
  const send = async (changes: DocumentChanges) => {
    sent.push({ at: Date.now(), changes });
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((r) => setTimeout(r, delayMs));
    inFlight -= 1;
    if (failNext) {
      failNext = false;
      throw new Error('The disk holding the library is full');
    }
    if (changes.revision !== revision) throw new Error('conflict');
    revision += 1;
    return { revision };
  };
  return {
    send,
    sent,
    failNextSave: () => (failNext = true),
    get mostInFlight() {
      return mostInFlight;
    },
  };
}

/** flush(), with the fake clock moving so the library's answer comes. */
async function flushed(saver: DocumentSaver) {
  const done = saver.flush();
  await vi.advanceTimersByTimeAsync(1_000);
  await done;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DocumentSaver', () => {
  it('saves a steady typist (a key every 40 ms for 5 s) within the longest wait, every time', async () => {
    const lib = library();
    const states: SaveState[] = [];
    const saver = new DocumentSaver(stored, { send: lib.send, onState: (s) => states.push(s) });
    let doc = stored;
    const typedAt: number[] = [];
    for (let key = 1; key <= 125; key++) {
      doc = updateStory(doc, 'story-3', { headline: `Story 3 ${'x'.repeat(key)}` });
      saver.change(doc);
      typedAt.push(Date.now());
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    // Every keystroke reached a save that went out at most the longest wait (plus one save's
    // time in flight) after it was typed; the last one is there.
    for (const [i, at] of typedAt.entries()) {
      const carried = lib.sent.find(
        (s) => s.at >= at && s.changes.stories[0]!.headline.length >= 'Story 3 '.length + i + 1,
      );
      expect(carried, `key ${i + 1}`).toBeDefined();
      expect(carried!.at - at).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 10);
    }
    expect(lib.sent.at(-1)?.changes.stories[0]?.headline).toBe(`Story 3 ${'x'.repeat(125)}`);
    expect(states.at(-1)).toBe('saved');
  });

  it('sends only the story that changed, on the revision the library last gave', async () => {
    const lib = library();
    const saver = new DocumentSaver(stored, { send: lib.send, onState: () => {} });
    const one = updateStory(stored, 'story-9', { headline: 'One word more' });
    saver.change(one);
    await flushed(saver);
    const two = updateStory(one, 'story-10', { headline: 'Another' });
    saver.change(two);
    await flushed(saver);
    expect(lib.sent.map((s) => [s.changes.revision, s.changes.stories.map((x) => x.id)])).toEqual([
      [7, ['story-9']],
      [8, ['story-10']],
    ]);
    expect(lib.sent[0]?.changes.order).toBeUndefined();
    expect(JSON.stringify(lib.sent[0]?.changes).length).toBeLessThan(1_000);
  });

  it('keeps one save in flight at a time, and the last state always wins', async () => {
    const lib = library(300);
    const saver = new DocumentSaver(stored, { send: lib.send, onState: () => {} });
    let doc = stored;
    for (let i = 0; i < 10; i++) {
      doc = updateStory(doc, 'story-1', { headline: `Take ${i}` });
      saver.change(doc);
      void saver.flush();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    await flushed(saver);
    expect(lib.mostInFlight).toBe(1);
    expect(lib.sent.at(-1)?.changes.stories[0]?.headline).toBe('Take 9');
    expect(saver.pending).toBe(false);
  });

  it('loses nothing when a save fails: the next one carries its changes too', async () => {
    const lib = library();
    const states: SaveState[] = [];
    const saver = new DocumentSaver(stored, { send: lib.send, onState: (s) => states.push(s) });
    lib.failNextSave();
    const one = updateStory(stored, 'story-2', { headline: 'Lost?' });
    saver.change(one);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toEqual({ error: 'The disk holding the library is full' });
    const two = updateStory(one, 'story-4', { headline: 'Next' });
    saver.change(two);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lib.sent.at(-1)?.changes.stories.map((s) => s.id)).toEqual(['story-2', 'story-4']);
    expect(lib.sent.at(-1)?.changes.revision).toBe(7);
    expect(states.at(-1)).toBe('saved');
  });
});
