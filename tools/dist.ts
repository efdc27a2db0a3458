// `npm run dist` (installers for this platform) and `npm run dist:e2e` (the unpacked build the
// Electron e2e specs launch): icons, then electron-builder on the Electron binary `npm start` uses
// (downloaded once, or ELECTRON_OVERRIDE_DIST_PATH). Failures are one clear message, no stack.

import { dirname } from 'node:path';
import { build } from 'electron-builder';
import { packagingConfig } from '../electron-builder.config';
import { ensureElectron } from './electron-binary';
import { generateIcons } from './icons';

export async function dist(args: string[]): Promise<number> {
  const e2e = args.includes('--e2e');
  const electron = ensureElectron();
  if ('error' in electron) {
    console.error(`\n${electron.error}\n\nPackaging uses the same binary.\n`);
    return 1;
  }
  generateIcons();
  // The folder holding the binary (on macOS, the one holding Electron.app).
  const electronDist = dirname(electron.path.replace(/Electron\.app\/.*$/, 'Electron.app'));
  try {
    const made = await build({
      config: { ...packagingConfig({ e2e }), electronDist },
      dir: e2e,
      publish: 'never',
    });
    console.log(`dist: ${made.length > 0 ? made.join('\n      ') : 'unpacked app in dist/e2e'}`);
    return 0;
  } catch (err) {
    console.error(`\ndist: packaging failed: ${(err as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await dist(process.argv.slice(2));
}
