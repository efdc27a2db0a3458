// A zip archive written to disk as it is made: each file is deflated and its bytes go to the file
// before the next is made, so a zip of thousands of stories never sits whole in memory.

import { Zip, ZipDeflate } from 'fflate';
import { ZIP_TIME } from '../../shared/export/files';
import type { CheckedFile } from './disk';

export class ZipStream {
  readonly #zip: Zip;
  readonly #names = new Set<string>();
  #pending: Uint8Array[] = [];
  #error: Error | null = null;

  constructor(private readonly file: CheckedFile) {
    // fflate calls back synchronously while deflating: gather, then write in order.
    this.#zip = new Zip((err, chunk) => {
      if (err) this.#error = err;
      else this.#pending.push(chunk);
    });
  }

  async add(name: string, bytes: Uint8Array): Promise<void> {
    if (this.#names.has(name)) throw new Error(`Two files named "${name}" in one zip.`);
    this.#names.add(name);
    const entry = new ZipDeflate(name, { level: 6 });
    // Fixed times: the same files always zip to the same bytes.
    entry.mtime = ZIP_TIME;
    this.#zip.add(entry);
    entry.push(bytes, true);
    await this.#drain();
  }

  /** Writes the archive's directory and closes the file (the output batch flushes it). */
  async end(): Promise<void> {
    this.#zip.end();
    await this.#drain();
    await this.file.finish({ sync: false });
  }

  async #drain(): Promise<void> {
    if (this.#error) throw this.#error;
    const chunks = this.#pending;
    this.#pending = [];
    for (const chunk of chunks) await this.file.write(chunk);
  }
}
