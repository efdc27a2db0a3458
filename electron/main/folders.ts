// The folders the editor chose since the app started, in the folder picker or by confirming one
// they typed: the only folders an export writes to and the only ones "Show in folder" opens, so a
// page that went wrong cannot name any other place on the disk.

import { dirname, resolve } from 'node:path';

export class FolderGrants {
  readonly #folders = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  #key(path: string): string {
    const full = resolve(path);
    const trimmed = full.length > 1 ? full.replace(/[\\/]+$/, '') : full;
    // Windows and macOS disks ignore case: C:\News and c:\news are one folder.
    return this.platform === 'linux' ? trimmed : trimmed.toLowerCase();
  }

  grant(folder: string): void {
    this.#folders.add(this.#key(folder));
  }

  /** The folder itself was chosen; a folder inside it was not. */
  has(folder: string): boolean {
    return this.#folders.has(this.#key(folder));
  }

  /** A file directly in a chosen folder. */
  holds(file: string): boolean {
    return this.has(dirname(resolve(file)));
  }
}
