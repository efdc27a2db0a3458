// The headless CLI: `copydesk split FILE... [--format F] [--out DIR] [--force]`, over the same services
// as the app. Each file is processed on its own: one refused file does not stop the others.

import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Story } from '../../shared/model';
import { slugify, uniqueNames } from '../../shared/slug';
import { writeOutputFiles, type OutputFile } from '../services/output';
import { splitFile } from '../services/pipeline';
import { readInput } from '../services/read-input';
import { FORMATS, isFormatName } from './formats';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const HELP = `Copydesk: split raw scraped copy into clean stories.

Usage:
  npm run --silent cli -- split FILE... [--format FORMAT] [--out DIR] [--force]
  npm run --silent cli -- --help

Each FILE is decoded (UTF-8, UTF-16 with BOM, Windows-1252 and other legacy encodings are detected),
split into stories (headline, captions with credit and dateline, body) and cleaned of scraping junk
(doubled headlines and captions, logo tokens). Every removed line is listed in the JSON output.

Options:
  --format FORMAT  ${Object.entries(FORMATS)
    .map(([name, f]) => `${name.padEnd(5)} ${f.describe}`)
    .join('\n                   ')}
                   (default: json)
  --out DIR        write one file per story into DIR, named from the headline's slug
                   (e.g. russia-israel-agree-on-syria.json); existing files are never overwritten
                   unless --force is given: the run stops before writing anything and says which
  --force          with --out, overwrite existing files
  -h, --help       show this help

Output:
  json prints {"stories":[{"headline", "captions":[{"text","credit","dateline"}], "body":[...],
  "id", "confidence", "warnings", "removed", "source":{"file","firstLine","lastLine"}}]}.

Exit status: 0 when every file was split, 1 when any file was refused or could not be written,
2 for a usage error. Errors go to stderr, naming the file.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`copydesk: ${(error as Error).message}\nTry --help.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'split') {
    io.stderr(command ? `copydesk: unknown command "${command}". Try --help.\n` : HELP);
    return 2;
  }
  if (!isFormatName(values.format)) {
    io.stderr(
      `copydesk: unknown format "${values.format}"; choose one of ${Object.keys(FORMATS).join(', ')}.\n`,
    );
    return 2;
  }
  if (files.length === 0) {
    io.stderr('copydesk: no input files. Usage: split FILE... (try --help)\n');
    return 2;
  }
  const format = FORMATS[values.format];

  let failed = false;
  const split: { story: Story; file: string }[] = [];
  for (const file of files) {
    try {
      const bytes = await readInput(file);
      const { stories } = splitFile({ name: basename(file), bytes });
      for (const story of stories) split.push({ story, file });
    } catch (error) {
      failed = true;
      io.stderr(`copydesk: ${(error as Error).message}\n`);
    }
  }

  if (values.out === undefined) {
    if (split.length > 0 || values.format === 'json') io.stdout(format.many(split));
    return failed ? 1 : 0;
  }
  const name = uniqueNames();
  const outputs: OutputFile[] = split.map(({ story, file }) => ({
    name: `${name(slugify(story.headline))}.${format.ext}`,
    content: format.one(story, file),
  }));
  try {
    const written = await writeOutputFiles(values.out, outputs, values.force);
    io.stderr(`copydesk: wrote ${written.length} file(s) to ${values.out}\n`);
  } catch (error) {
    io.stderr(`copydesk: ${(error as Error).message}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}
