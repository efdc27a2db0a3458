// Writing a set of output files safely: check every target first, then write each one atomically, so a
// run never overwrites without saying so and never leaves a half-written file behind.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

export class OutputError extends Error {
  constructor(
    message: string,
    readonly paths: string[],
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Writes files into `dir` (created if missing). Refuses, writing nothing, if any already exists and `force` is off. */
export async function writeOutputFiles(
  dir: string,
  files: OutputFile[],
  force: boolean,
): Promise<string[]> {
  const paths = files.map((f) => join(dir, f.name));
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0 && !force) {
    throw new OutputError(
      `${existing.length} file(s) already exist in ${dir}: ${existing.join(', ')}. Nothing was written; use --force to overwrite.`,
      existing,
    );
  }
  mkdirSync(dir, { recursive: true });
  for (const [i, file] of files.entries()) {
    const content = typeof file.content === 'string' ? file.content : Buffer.from(file.content);
    await writeFileAtomic(paths[i] as string, content);
  }
  return paths;
}
