// Importing files: each import gets an id made here, so the editor can cancel it while the backend
// splits; imports begun outside the window (the menu, the OS) report their id to be cancellable too.

import { useCallback, useRef, useState } from 'react';
import type { ImportFilesResult } from '../../../shared/api';
import { importLabel } from '../../../shared/import-label';
import { call, readFiles } from './api';

export interface ImportProgress {
  importId: string;
  /** What is being imported, for the status line. */
  label: string;
  cancelling: boolean;
  /** Bytes decoded and split so far, of `total`, as the split thread reports them; null before. */
  done: number | null;
  total: number | null;
}

export interface ImportState {
  progress: ImportProgress | null;
  importFiles: (files: File[]) => Promise<void>;
  /** Asks the backend to cancel the import in progress; its result then says what was cancelled. */
  cancel: () => void;
  /** An import the backend began on its own (File > Open, the OS) is running under this id. */
  started: (importId: string, label: string) => void;
  /** That import is over (its result arrives as an `imported` event). */
  ended: (importId: string) => void;
  /** The backend's word of how far an import is (an `import-progress` event). */
  progressed: (importId: string, done: number, total: number) => void;
}

let counter = 0;
/** Unique within the backend's life: a time and a count, no crypto API needed. */
const newImportId = () => `import-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function useImport(
  onResult: (result: ImportFilesResult) => Promise<void>,
  onError: (message: string) => void,
): ImportState {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // The id to cancel, read by `cancel` without re-creating it on every change.
  const current = useRef<string | null>(null);

  const started = useCallback((importId: string, label: string) => {
    current.current = importId;
    setProgress({ importId, label, cancelling: false, done: null, total: null });
  }, []);
  const progressed = useCallback((importId: string, done: number, total: number) => {
    // Reports can trail a cancel or the end: only the import on screen moves its bar.
    setProgress((p) => (p?.importId === importId ? { ...p, done, total } : p));
  }, []);
  const ended = useCallback((importId: string) => {
    if (current.current !== importId) return; // a later import is on screen
    current.current = null;
    setProgress(null);
  }, []);

  const importFiles = useCallback(
    async (files: File[]) => {
      // Marks for `npm run bench`: from the drop to the split's answer and the first story on screen.
      performance.mark('copydesk:import-start');
      const importId = newImportId();
      started(importId, importLabel(files.map((f) => ({ name: f.name, bytes: f.size }))));
      try {
        const read = await readFiles(files);
        // Files refused before reading are reported with the others' results, in one summary.
        const result: ImportFilesResult =
          read.files.length === 0
            ? { documents: [], errors: read.errors }
            : await call('importFiles', { files: read.files, importId }).then((r) => ({
                documents: r.documents,
                errors: [...read.errors, ...r.errors],
              }));
        performance.mark('copydesk:import-done');
        await onResult(result);
      } catch (err) {
        onError((err as Error).message);
      } finally {
        ended(importId);
      }
    },
    [onResult, onError, started, ended],
  );

  const cancel = useCallback(() => {
    const importId = current.current;
    if (importId === null) return;
    setProgress((p) =>
      p?.importId === importId ? { ...p, label: 'Cancelling the import…', cancelling: true } : p,
    );
    call('cancelImport', { importId }).catch((err: Error) => onError(err.message));
  }, [onError]);

  return { progress, importFiles, cancel, started, ended, progressed };
}
