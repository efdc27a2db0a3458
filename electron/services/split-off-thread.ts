// splitFile, off the calling thread for big files: in a worker when one can start, in-process
// otherwise (and for small files, where starting a worker costs more than the split).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { splitFile, type SplitFileInput, type SplitFileOutput } from './pipeline';

/** Below this a file splits in well under 100 ms: not worth a thread. */
export const WORKER_THRESHOLD_BYTES = 2 * 1024 * 1024;

type WorkerReply =
  { ok: true; value: SplitFileOutput } | { ok: false; error: { message: string; code?: string } };

/**
 * Where the worker is: built beside the main bundle (out/main/split-worker.js), or this folder's
 * TypeScript when running from source (tsx, vitest), which the worker loads through tsx.
 */
function workerScript(): { path: string; execArgv: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // Beside the bundle, or one up when the bundler put this code in a shared chunk.
  for (const built of [join(here, 'split-worker.js'), join(here, '..', 'split-worker.js')]) {
    if (existsSync(built)) return { path: built, execArgv: [] };
  }
  const source = join(here, 'split-worker.ts');
  if (existsSync(source)) return { path: source, execArgv: ['--import', 'tsx'] };
  return null;
}

/** splitFile in a worker thread, no fallback. */
export function splitInWorker(
  input: SplitFileInput,
  script = workerScript(),
): Promise<SplitFileOutput> {
  return new Promise((resolve, reject) => {
    if (!script) return reject(new Error('The split worker script is missing.'));
    const worker = new Worker(script.path, { execArgv: script.execArgv });
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if (reply.ok) return resolve(reply.value);
      reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The split worker stopped (exit code ${code}).`));
    });
    worker.postMessage(input);
  });
}

export async function splitFileOffThread(
  input: SplitFileInput,
  threshold = WORKER_THRESHOLD_BYTES,
): Promise<SplitFileOutput> {
  const script = input.bytes.byteLength >= threshold ? workerScript() : null;
  if (!script) return splitFile(input);
  try {
    return await splitInWorker(input, script);
  } catch (err) {
    // A refusal (binary, empty, undecodable) is the answer; a worker that could not run is not.
    if (typeof (err as { code?: unknown }).code === 'string') throw err;
    return splitFile(input);
  }
}
