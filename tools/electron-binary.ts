// Where the Electron binary is, and getting it when it is not there. Electron 45 no longer downloads
// its binary at install time, and electron-vite only looks for it: `npm start` and `npm run dev` come
// here first (tools/launch.ts), as do the Electron e2e specs (which only look, never download).
// Never `require('electron')` to find out: in plain Node that starts the download and throws.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ELECTRON_PACKAGE = resolve(import.meta.dirname, '../node_modules/electron');

export type BinaryCheck = { path: string } | { missing: string };

type Env = Record<string, string | undefined>;

function executableName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The binary the electron package would run, or why there is none. Looks only: never downloads. */
export function findElectron(
  pkg: string = ELECTRON_PACKAGE,
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
): BinaryCheck {
  const pathTxt = join(pkg, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const exe = join(override, relative ?? executableName(platform));
    return existsSync(exe)
      ? { path: exe }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but ${exe} does not exist` };
  }
  if (!relative) return { missing: `${pathTxt} is missing (the binary was never downloaded)` };
  const exe = join(pkg, 'dist', relative);
  return existsSync(exe) ? { path: exe } : { missing: `${exe} does not exist` };
}

export function electronVersion(pkg: string = ELECTRON_PACKAGE): string {
  return (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** What to tell someone whose machine has no Electron binary: what failed and the two ways out. */
export function missingElectronMessage(version: string, reason: string): string {
  return [
    `Copydesk needs the Electron ${version} binary, and it is not installed: ${reason}.`,
    'Fix it in one of two ways, then run the command again:',
    `  - download it from a mirror you can reach: set ELECTRON_MIRROR to the mirror's URL (it must`,
    `    hold v${version}/electron-v${version}-<platform>-<arch>.zip as Electron's releases do);`,
    `  - or use an Electron ${version} you already have: set ELECTRON_OVERRIDE_DIST_PATH to the`,
    `    folder holding its executable (electron, electron.exe or Electron.app).`,
  ].join('\n');
}

/** Runs the electron package's own installer, returning the first line of what it said on failure. */
export function runInstaller(pkg: string, env: Env): { ok: true } | { ok: false; error: string } {
  const run = spawnSync(process.execPath, [join(pkg, 'install.js')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (run.status === 0) return { ok: true };
  // The installer prints a whole stack trace: its first line says what went wrong.
  const first = (run.stderr ?? '').split('\n').find((line) => line.trim() !== '');
  return { ok: false, error: first?.trim() ?? `the installer exited with ${run.status}` };
}

/**
 * The binary, downloading it first when it is missing (unless ELECTRON_OVERRIDE_DIST_PATH names
 * one: then that one or nothing). On failure, the message for the editor, never a stack trace.
 */
export function ensureElectron(
  pkg: string = ELECTRON_PACKAGE,
  env: Env = process.env,
  log: (line: string) => void = (line) => console.log(line),
  install: typeof runInstaller = runInstaller,
): { path: string } | { error: string } {
  const found = findElectron(pkg, env);
  if ('path' in found) return found;
  const version = electronVersion(pkg);
  if (env['ELECTRON_OVERRIDE_DIST_PATH']) {
    return { error: missingElectronMessage(version, found.missing) };
  }
  log(`Downloading the Electron ${version} binary (once; about 100 MB)…`);
  const installed = install(pkg, env);
  if (!installed.ok) {
    return { error: missingElectronMessage(version, `the download failed (${installed.error})`) };
  }
  const after = findElectron(pkg, env);
  return 'path' in after
    ? after
    : { error: missingElectronMessage(version, `the download ended, but ${after.missing}`) };
}

/**
 * The app `npm run dist:e2e` packed (unpacked, fuses as released but for --inspect), for the Electron
 * e2e specs to launch as an editor would; electron-builder names its folder by platform and arch.
 */
export function findPackagedApp(
  dist: string = resolve(import.meta.dirname, '../dist/e2e'),
  platform: NodeJS.Platform = process.platform,
): BinaryCheck {
  const candidates =
    platform === 'darwin'
      ? ['mac', 'mac-arm64', 'mac-universal'].map((d) =>
          join(dist, d, 'Copydesk.app/Contents/MacOS/Copydesk'),
        )
      : platform === 'win32'
        ? ['win-unpacked', 'win-arm64-unpacked'].map((d) => join(dist, d, 'Copydesk.exe'))
        : ['linux-unpacked', 'linux-arm64-unpacked'].map((d) => join(dist, d, 'copydesk'));
  const found = candidates.find((path) => existsSync(path));
  return found ? { path: found } : { missing: `no packaged app in ${dist}: run npm run dist:e2e` };
}
