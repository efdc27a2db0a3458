// For tests: a split pool over a stand-in worker that speaks the real protocol but splits nothing,
// so tests can make a split hang in a tight loop, exit or crash, and watch the workers it starts.

import { Worker } from 'node:worker_threads';
import { SplitPool } from './split-pool';

/**
 * A text job answers with its text; a file or import job with the file decoded as UTF-8 and no
 * stories. Text
 * or a file name of `loop` (or `loop.txt`) loops for ever, after saying so; `exit` exits with code
 * 3; `throw` throws outside any handler.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  const what = job.kind === 'text' ? job.text : job.input.name.replace(/\\.txt$/, '');
  if (what === 'loop') {
    parentPort.postMessage({ id: -1, looping: true }); // not a reply: the pool ignores it
    for (;;) {}
  }
  if (what === 'exit') process.exit(3);
  if (what === 'throw') throw new Error('boom');
  const value =
    job.kind === 'text'
      ? { stories: [], echo: job.text }
      : {
          name: job.input.name,
          decoded: { text: new TextDecoder().decode(job.input.bytes), encoding: 'UTF-8', bom: false, lineEndings: 'LF', confidence: 1 },
          kind: 'text',
          ...(job.kind === 'import' ? { rows: [], invalid: null } : { stories: [] }),
        };
  parentPort.postMessage({ id, ok: true, value });
});
`;

export interface FakeSplitPool {
  pool: SplitPool;
  /** Every worker started, with a promise of its exit code. */
  workers: { worker: Worker; exited: Promise<number> }[];
  /** Resolves once the newest worker is looping (it has the job and will never answer). */
  looping(): Promise<void>;
}

export function fakeSplitPool(): FakeSplitPool {
  const workers: FakeSplitPool['workers'] = [];
  const loops: Promise<void>[] = [];
  const pool = new SplitPool(() => {
    const worker = new Worker(FAKE_WORKER, { eval: true });
    const exited = new Promise<number>((done) => worker.once('exit', done));
    loops.push(
      new Promise((done) =>
        worker.on('message', (m: { looping?: boolean }) => {
          if (m.looping) done();
        }),
      ),
    );
    workers.push({ worker, exited });
    return worker;
  });
  return { pool, workers, looping: () => loops.at(-1) ?? Promise.reject(new Error('no worker')) };
}
