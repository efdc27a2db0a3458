// The split thread (see split-pool.ts): decoding and splitting a 50 MB dump takes seconds, and a
// hostile file could take longer; on the main process that would stall menus, IPC and every window.
// Answers each job message with its result or its error, then waits for the next; while a job runs
// it says how far it is, at most once a percent.

import { parentPort } from 'node:worker_threads';
import { splitStories } from '../../shared/split/index';
import { prepareImport, splitFile } from './pipeline';
import type { JobMessage, JobReply } from './split-pool';

async function run({ id, job }: JobMessage): Promise<unknown> {
  let shown = -1;
  const onProgress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= shown) return;
    shown = percent;
    parentPort?.postMessage({ id, progress: fraction } satisfies JobReply);
  };
  switch (job.kind) {
    case 'import':
      return prepareImport(job.input, onProgress, (first) =>
        parentPort?.postMessage({ id, first } satisfies JobReply),
      );
    case 'file':
      return splitFile(job.input, onProgress);
    case 'text':
      return splitStories(job.text, onProgress);
  }
}

parentPort?.on('message', async (message: JobMessage) => {
  let reply: JobReply;
  try {
    reply = { id: message.id, ok: true, value: await run(message) };
  } catch (err) {
    const error = err as Error & { code?: unknown };
    reply = {
      id: message.id,
      ok: false,
      error: {
        message: error.message,
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
      },
    };
  }
  parentPort?.postMessage(reply);
});
