// The split in a worker thread: a 50 MB dump takes seconds to decode and split, and in the app that
// would stall the main process (menus, IPC, every window). Runs pipeline.splitFile on a message.

import { parentPort } from 'node:worker_threads';
import { splitFile, type SplitFileInput } from './pipeline';

parentPort?.on('message', (input: SplitFileInput) => {
  try {
    parentPort?.postMessage({ ok: true, value: splitFile(input) });
  } catch (err) {
    const error = err as Error & { code?: unknown };
    parentPort?.postMessage({
      ok: false,
      error: {
        message: error.message,
        code: typeof error.code === 'string' ? error.code : undefined,
      },
    });
  }
});
