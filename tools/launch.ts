// `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev): makes sure the Electron
// binary is there first, then runs electron-vite on it. Where it cannot be had, says so and how to
// fix it, and exits 1.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ELECTRON_PACKAGE, ensureElectron } from './electron-binary';

const COMMANDS = ['preview', 'dev'] as const;

/** Runs `electron-vite <command> ...args` on the ensured binary; resolves to the exit code. */
export async function launch(
  args: string[],
  pkg: string = ELECTRON_PACKAGE,
  stderr: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const [command, ...rest] = args;
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    stderr(`usage: tsx tools/launch.ts ${COMMANDS.join('|')} [electron-vite options]\n`);
    return 2;
  }
  const electron = ensureElectron(pkg);
  if ('error' in electron) {
    stderr(`\n${electron.error}\n\n`);
    return 1;
  }
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
    'bin/electron-vite.js',
  );
  // electron-vite reads node_modules/electron/path.txt and knows nothing of the override: tell it.
  const child = spawn(process.execPath, [bin, command as string, ...rest], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await launch(process.argv.slice(2));
}
