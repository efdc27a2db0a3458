// Files reaching the app from outside the window: File > Open, the command line, a second launch,
// the OS. They are imported by importPaths (services/imports.ts), as the watched folder's are.

import { isAbsolute, resolve } from 'node:path';

/** File arguments in a launch's argv: what follows the executable (and the app path in development). */
export function filesFromArgv(argv: string[], cwd: string, packaged: boolean): string[] {
  return argv
    .slice(packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}
