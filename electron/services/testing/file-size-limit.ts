// Runs a script in a child Node whose files may not grow past a limit (`ulimit -f`): the kernel then
// writes short and fails the next write with EFBIG, as a filling disk does with ENOSPC. The only way
// to test short writes against the real system calls, without a small disk to fill.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../../..');

/** Where it can run: bash's ulimit and the SIGXFSZ signal are POSIX. */
export const FILE_SIZE_LIMIT_WORKS = process.platform !== 'win32';

/**
 * Runs `body` (an async ES module body; `repo` is the repository's path) with files limited to
 * `kib` KiB. Returns what it printed and its exit status.
 */
export function runWithFileSizeLimit(body: string, kib: number) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fsize-'));
  const script = join(dir, 'script.mjs');
  // Past the limit the kernel also sends SIGXFSZ, which would kill Node: the write's error is wanted.
  writeFileSync(
    script,
    `process.on('SIGXFSZ', () => {});\nconst repo = ${JSON.stringify(REPO)};\n${body}\n`,
  );
  const run = spawnSync(
    'bash',
    ['-c', `ulimit -f ${kib} && exec "$0" --import tsx "$1"`, process.execPath, script],
    { cwd: REPO, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, dir };
}
