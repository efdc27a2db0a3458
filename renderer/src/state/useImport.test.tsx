// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_FILE_BYTES,
  megabytes,
  type ApiResult,
  type ImportFilesResult,
} from '../../../shared/api';
import { useImport } from './useImport';

const ok = <T,>(value: T): ApiResult<T> => ({ ok: true, value });

/** A backend whose importFiles answers when the test says so, recording every cancelImport. */
function fakeBackend() {
  const imports: { importId: string; answer: (result: ImportFilesResult) => void }[] = [];
  const cancels: string[] = [];
  window.copydesk = {
    importFiles: ({ importId }: { importId: string }) =>
      new Promise((resolve) => imports.push({ importId, answer: (result) => resolve(ok(result)) })),
    cancelImport: async ({ importId }: { importId: string }) => {
      cancels.push(importId);
      return ok({ running: true });
    },
  } as unknown as typeof window.copydesk;
  return { imports, cancels };
}

const file = () => new File(['Headline\n\nCopy.\n'], 'wire.txt', { type: 'text/plain' });

describe('useImport', () => {
  it('cancels the import in progress by its id and passes on the result that says so', async () => {
    const backend = fakeBackend();
    const onResult = vi.fn(async () => {});
    const { result } = renderHook(() => useImport(onResult, () => {}));

    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.importFiles([file()]);
    });
    expect(result.current.progress).toMatchObject({
      label: 'Importing wire.txt (1 KB): decoding and splitting…',
      cancelling: false,
    });
    await waitFor(() => expect(backend.imports).toHaveLength(1));
    const importId = backend.imports[0]?.importId as string;
    expect(importId).toMatch(/^[A-Za-z0-9_-]{1,128}$/);

    act(() => result.current.cancel());
    expect(result.current.progress).toMatchObject({
      label: 'Cancelling the import…',
      cancelling: true,
    });
    await waitFor(() => expect(backend.cancels).toEqual([importId]));

    const cancelled: ImportFilesResult = {
      documents: [],
      errors: [{ name: 'wire.txt', code: 'cancelled', message: 'cancelled' }],
    };
    await act(async () => {
      backend.imports[0]?.answer(cancelled);
      await done;
    });
    expect(onResult).toHaveBeenCalledWith(cancelled);
    expect(result.current.progress).toBeNull();
  });

  it("moves the import's bar with the backend's reports for its id only, none after it ends", async () => {
    const backend = fakeBackend();
    const { result } = renderHook(() =>
      useImport(
        async () => {},
        () => {},
      ),
    );
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.importFiles([file()]);
    });
    expect(result.current.progress).toMatchObject({ done: null, total: null });
    await waitFor(() => expect(backend.imports).toHaveLength(1));
    const importId = backend.imports[0]?.importId as string;
    act(() => result.current.progressed(importId, 40, 100));
    expect(result.current.progress).toMatchObject({ importId, done: 40, total: 100 });
    // Another import's report (one cancelled before) leaves this bar alone.
    act(() => result.current.progressed('someone-else', 90, 100));
    expect(result.current.progress).toMatchObject({ done: 40, total: 100 });
    await act(async () => {
      backend.imports[0]?.answer({ documents: [], errors: [] });
      await done;
    });
    act(() => result.current.progressed(importId, 100, 100));
    expect(result.current.progress).toBeNull();
  });

  it('gives each import its own id, and cancels an import the menu began by its id', async () => {
    const backend = fakeBackend();
    const { result } = renderHook(() =>
      useImport(
        async () => {},
        () => {},
      ),
    );
    act(() => {
      void result.current.importFiles([file()]);
      void result.current.importFiles([file()]);
    });
    await waitFor(() => expect(backend.imports).toHaveLength(2));
    expect(backend.imports[0]?.importId).not.toBe(backend.imports[1]?.importId);

    act(() =>
      result.current.started('main-1', 'Importing menu.txt (2 KB): decoding and splitting…'),
    );
    act(() => result.current.cancel());
    await waitFor(() => expect(backend.cancels).toEqual(['main-1']));
    act(() => result.current.ended('main-1'));
    expect(result.current.progress).toBeNull();
  });
});

describe('useImport, a file over the limit', () => {
  /** A dropped file that says it is `size` bytes, without the test holding them. */
  function hugeFile(name: string, size: number) {
    const f = new File(['x'], name);
    Object.defineProperty(f, 'size', { value: size });
    const arrayBuffer = vi.spyOn(f, 'arrayBuffer');
    return { f, arrayBuffer };
  }

  it('is refused from its size, unread, while the other files import', async () => {
    const backend = fakeBackend();
    const onResult = vi.fn(async () => {});
    const { result } = renderHook(() => useImport(onResult, () => {}));
    const huge = hugeFile('dump.txt', 2 * 1024 ** 3);
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.importFiles([huge.f, file()]);
    });
    await waitFor(() => expect(backend.imports).toHaveLength(1));
    const imported: ImportFilesResult = { documents: [], errors: [] };
    await act(async () => {
      backend.imports[0]?.answer(imported);
      await done;
    });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(onResult).toHaveBeenCalledWith({
      documents: [],
      errors: [
        {
          name: 'dump.txt',
          code: 'too-large',
          message: `"dump.txt" is 2 GB, more than the ${megabytes(MAX_FILE_BYTES)} Copydesk reads: split it into smaller files.`,
        },
      ],
    });
  });

  it('alone, is reported without a call to the backend', async () => {
    const backend = fakeBackend();
    const onResult = vi.fn(async () => {});
    const { result } = renderHook(() => useImport(onResult, () => {}));
    await act(() => result.current.importFiles([hugeFile('a.txt', MAX_FILE_BYTES + 1).f]));
    expect(backend.imports).toHaveLength(0);
    expect(onResult).toHaveBeenCalledWith({
      documents: [],
      errors: [expect.objectContaining({ name: 'a.txt', code: 'too-large' })],
    });
    expect(result.current.progress).toBeNull();
  });
});
