// Autosave timing with fake timers, and with the real library on a temp folder.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, type CopydeskDocument } from '../../shared/document';
import { Autosave } from './autosave';
import { Library } from './library';

const doc = (id: string, name = 'draft'): CopydeskDocument =>
  createDocument({
    id,
    name,
    decoded: { text: 'x', encoding: 'UTF-8', lineEndings: 'none' },
    stories: [],
    now: new Date('2026-01-01T00:00:00Z'),
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('saves once, about a second after the last of a burst of changes', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_d: CopydeskDocument) => undefined);
    const autosave = new Autosave({ save, onError: vi.fn() });
    autosave.schedule(doc('a', 'v1'));
    await vi.advanceTimersByTimeAsync(600);
    autosave.schedule(doc('a', 'v2'));
    await vi.advanceTimersByTimeAsync(600);
    autosave.schedule(doc('a', 'v3'));
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].name).toBe('v3');
    expect(autosave.pendingIds).toEqual([]);
  });

  it('debounces each document on its own', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_d: CopydeskDocument) => undefined);
    const autosave = new Autosave({ save, onError: vi.fn(), delayMs: 100 });
    autosave.schedule(doc('a'));
    await vi.advanceTimersByTimeAsync(50);
    autosave.schedule(doc('b'));
    await vi.advanceTimersByTimeAsync(50);
    expect(save.mock.calls.map((c) => c[0].id)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(50);
    expect(save.mock.calls.map((c) => c[0].id)).toEqual(['a', 'b']);
  });

  it('flush saves everything pending at once and cancels the timers', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_d: CopydeskDocument) => undefined);
    const autosave = new Autosave({ save, onError: vi.fn() });
    autosave.schedule(doc('a'));
    autosave.schedule(doc('b'));
    expect(await autosave.flush()).toEqual([]);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('discard drops a pending save (a removed document is not brought back)', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_d: CopydeskDocument) => undefined);
    const autosave = new Autosave({ save, onError: vi.fn() });
    autosave.schedule(doc('a'));
    autosave.discard('a');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await autosave.flush()).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });

  it('flush waits for a save already running', async () => {
    let finish = () => {};
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const autosave = new Autosave({ save, onError: vi.fn(), delayMs: 1 });
    autosave.schedule(doc('a'));
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    let flushed = false;
    const flushing = autosave.flush().then(() => (flushed = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(flushed).toBe(false);
    finish();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('reports a failed save, keeps the document pending, and retries it on flush', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const save = vi
      .fn<(d: CopydeskDocument) => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValue(undefined);
    const autosave = new Autosave({ save, onError });
    autosave.schedule(doc('a'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'disk full' }),
      doc('a'),
    );
    expect(autosave.pendingIds).toEqual(['a']);
    expect(await autosave.flush()).toEqual([]);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reports a save that throws synchronously', async () => {
    const onError = vi.fn();
    const autosave = new Autosave({
      save: () => {
        throw new Error('boom');
      },
      onError,
    });
    autosave.schedule(doc('a'));
    expect(await autosave.flush()).toEqual(['a']);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('saves through the real library', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-autosave-'));
    try {
      const library = new Library(dir);
      const autosave = new Autosave({ save: (d) => library.save(d), onError: vi.fn(), delayMs: 5 });
      autosave.schedule(doc('real', 'one'));
      autosave.schedule(doc('real', 'two'));
      await autosave.flush();
      expect((await library.load('real')).name).toBe('two');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
