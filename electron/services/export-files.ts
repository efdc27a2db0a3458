// The files of one export (the desk's or the CLI's), made one at a time and streamed to disk through
// output.ts: each file's bytes are written as soon as they are made, or added to the zip as it grows.
// All or nothing; a failure names the file, how far the export got, and that nothing was written.

import { OutputError, writeOutput } from './output';
import { ZipStream } from './zip-stream';

export interface FileJob {
  name: string;
  /** Makes the file's bytes; called once, in order, just before they are written. */
  make: () => Promise<Uint8Array> | Uint8Array;
}

export interface ExportFilesOptions {
  overwrite: boolean;
  /** Puts the files in one zip archive of this name instead. */
  zip?: string;
  /** Called after each file is made and written. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Aborting it stops the export before the next file, or before the files are moved into place:
   * the temporary files are removed and nothing is written. Once they are moving, it completes.
   */
  signal?: AbortSignal;
}

/** Writes the jobs' files into `dir` all or nothing; returns the names written there. */
export async function writeExportFiles(
  dir: string,
  jobs: FileJob[],
  { overwrite, zip, onProgress, signal }: ExportFilesOptions,
): Promise<string[]> {
  const names = zip ? [zip] : jobs.map((job) => job.name);
  let done = 0;
  const stop = () => {
    if (signal?.aborted) throw new OutputError('cancelled', 'The export was cancelled.');
  };
  try {
    await writeOutput(dir, names, overwrite, async (out) => {
      const archive = zip ? new ZipStream(await out.create(zip)) : null;
      for (const job of jobs) {
        stop();
        const bytes = await job.make();
        if (archive) await archive.add(job.name, bytes);
        else await out.write(job.name, bytes);
        done += 1;
        onProgress?.(done, jobs.length);
      }
      await archive?.end();
      stop();
    });
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    if (err.code === 'cancelled') {
      throw new OutputError(
        'cancelled',
        `The export was cancelled: nothing was written to ${dir}.`,
      );
    }
    const where =
      err.code === 'exists' || err.code === 'not-a-file' || err.code === 'bad-name'
        ? ''
        : ` The export stopped after ${done} of ${jobs.length} file${jobs.length === 1 ? '' : 's'}.`;
    throw new OutputError(
      err.code,
      `${err.message}${where} Nothing was written to ${dir}.`,
      err.names,
      { cause: err },
    );
  }
  return names;
}
