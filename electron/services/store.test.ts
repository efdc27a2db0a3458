// The storage engine's own promises, seen from the files on disk: WAL pages are copied into the
// database when the library is idle, not inside the commit an editor waits for.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from './store';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-store-'));
  store = new Store(join(dir, 'library.sqlite'));
});
afterEach(() => {
  vi.useRealTimers();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const MB = 1024 * 1024;
const size = (file: string) => statSync(join(dir, file)).size;

/** A document holding `bytes` of source text, stored in one transaction. */
function storeDocument(id: string, bytes: number, options?: { redoable: boolean }): void {
  store.transaction(() => {
    store.insertDocument({
      id,
      name: `${id}.txt`,
      importedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
      encoding: 'UTF-8',
      encodingConfidence: 1,
      decodeWarnings: '[]',
      kind: 'text',
      lineEndings: 'LF',
      selectedStoryId: null,
    });
    store.putSource(id, 'copy '.repeat(bytes / 5));
  }, options);
}

describe('Store', () => {
  it('copies a big commit into the database once idle, not within the commit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // 6 MB: past the 1,000 pages at which SQLite would checkpoint within the commit by default.
    storeDocument('big', 6 * MB);
    expect(size('library.sqlite-wal')).toBeGreaterThan(6 * MB);
    expect(size('library.sqlite')).toBeLessThan(1 * MB);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(size('library.sqlite')).toBeGreaterThan(6 * MB);
  });

  it('keeps a redoable commit and the ones after it, and rolls back one that fails', () => {
    storeDocument('first', 1_000, { redoable: true });
    expect(() =>
      store.transaction(
        () => {
          storeDocument('inner', 1_000);
        },
        { redoable: true },
      ),
    ).toThrow(/transaction/);
    storeDocument('second', 1_000);
    store.close();
    store = new Store(join(dir, 'library.sqlite'));
    expect(store.has('first')).toBe(true);
    expect(store.has('inner')).toBe(false);
    expect(store.has('second')).toBe(true);
  });
});
