// The split thread (see split-pool.ts): decoding and splitting a 50 MB dump takes seconds, and a
// hostile file could take longer; on the main process that would stall menus, IPC and every window.
// Answers each job message with its result or its error, then waits for the next.

import { parentPort } from 'node:worker_threads';
import { splitStories } from '../../shared/split/index';
import { splitFile } from './pipeline';
import type { JobMessage, JobReply } from './split-pool';

parentPort?.on('message', async ({ id, job }: JobMessage) => {
  let reply: JobReply;
  try {
    const value = job.kind === 'file' ? await splitFile(job.input) : splitStories(job.text);
    reply = { id, ok: true, value };
  } catch (err) {
    const error = err as Error & { code?: unknown };
    reply = {
      id,
      ok: false,
      error: {
        message: error.message,
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
      },
    };
  }
  parentPort?.postMessage(reply);
});
