// The headless CLI: `copydesk split FILE... [--format F] [--out DIR] [options]`, over the same services
// and writers as the app. Each file is processed on its own: one refused file does not stop the others.

import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocument, type CopydeskDocument } from '../../shared/document';
import { DEFAULT_TEMPLATE, planFiles } from '../../shared/export/files';
import { exportStories, WRITERS } from '../../shared/export/index';
import { storiesToJson } from '../../shared/export/json';
import { storiesToMarkdown } from '../../shared/export/md';
import { storiesToText } from '../../shared/export/txt';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
} from '../../shared/export/types';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, type HouseStyle } from '../../shared/house-style';
import { slugify } from '../../shared/slug';
import { encodingLine, kindLine, splitCounts } from '../../shared/wording';
import { writeExportFiles, type FileJob } from '../services/export-files';
import { OutputError } from '../services/output';
import { splitFile } from '../services/pipeline';
import { readInput } from '../services/read-input';
import { storyCounts } from '../services/story-rows';
import { BINARY_FORMATS, FORMAT_HELP, isExportFormat, ONE_DOCUMENT_FORMATS } from './formats';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const formatList = EXPORT_FORMATS.map((name) => `${name.padEnd(8)} ${FORMAT_HELP[name]}`).join(
  '\n                     ',
);

export const HELP = `Copydesk: split raw scraped copy into clean stories.

Usage:
  npm run --silent cli -- split FILE... [--format FORMAT] [--out DIR] [options]
  npm run --silent cli -- --help

Each FILE is decoded (UTF-8, UTF-16 with BOM, Windows-1252 and other legacy encodings are detected),
split into stories (headline, captions with credit and dateline, body) and cleaned of scraping junk
(doubled headlines and captions, logo tokens). Every removed line is listed in the JSON output.
Web pages (.html), Markdown (.md), NITF and ninjs wire files, Word files (.docx) and e-mails (.eml)
are read for their structure instead; a mail's attachments that are copy are read as files of
their own, named after the mail and the attachment ("mail.eml — notes.docx").

Options:
  --format FORMAT    ${formatList}
                     (default: json)
  --out DIR          write files into DIR, one per story, named from the headline's slug
                     (e.g. russia-israel-agree-on-syria.json); existing files are never overwritten
                     unless --force is given: the run stops before writing anything and says which
  --force            with --out, overwrite existing files
  --template T       with --out, file names from T: {date} (YYYY-MM-DD), {slug} (the headline's),
                     {n} (story number), {doc} (the input file's name), {ext}; default ${DEFAULT_TEMPLATE},
                     {doc}.{ext} with --combined. Names are made safe and unique (-2, -3)
  --combined         with --out, all the stories of an input file in one file
  --zip              with --out, the files in one zip archive instead
  --crlf             Windows line endings (CRLF) in text formats; default LF
  --bom              plain text (txt) starts with a UTF-8 byte order mark
  --fragment         html: <article> elements only, no <html> document around them
  --house-style FILE a JSON house style (creditFormat, agencies, quotes, ...) applied on export:
                     credits canonical and in the house format, quotes straight or curly
  -h, --help         show this help

Output:
  Without --out, the stories are printed: json prints {"stories":[{"headline", "byline",
  "published":{"text","iso"}, "dateline", "captions":[{"text","credit","dateline"}], "body":[...],
  "id", "confidence", "warnings", "removed", "source":{"file","firstLine","lastLine"}}]} (byline,
  published and dateline are null when the copy has none); a json file written with --out holds one
  story's object. docx (binary) and nitf (one story per file) need --out; html, ninjs, ninjs1 and
  copydesk print one input file's stories (use --out for several files).
  On stderr: each refused file with the reason, what decoding a file reported (bad bytes replaced,
  an encoding that was a guess) and, with --out, what each file was read as and what the split
  found, as the app's import summary says it.

Exit status: 0 when every file was split, 1 when any file was refused or could not be written,
2 for a usage error. Errors go to stderr, naming the file.
`;

class UsageError extends Error {}

function loadHouseStyle(file: string | undefined): HouseStyle {
  if (file === undefined) return DEFAULT_HOUSE_STYLE;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`the house style "${file}" cannot be read: ${(error as Error).message}`);
  }
  const parsed = houseStyleSchema.safeParse({ ...DEFAULT_HOUSE_STYLE, ...(json as object) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `the house style "${file}" is not valid: ${issue?.path.join('.') || 'file'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      template: { type: 'string' },
      combined: { type: 'boolean', default: false },
      zip: { type: 'boolean', default: false },
      crlf: { type: 'boolean', default: false },
      bom: { type: 'boolean', default: false },
      fragment: { type: 'boolean', default: false },
      'house-style': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

/** Usage errors found before any file is read. */
function checkUsage(values: Values, format: ExportFormat, files: string[]): void {
  const needsOut = (option: string) => {
    if (values.out === undefined) throw new UsageError(`${option} needs --out DIR.`);
  };
  if (values.zip) needsOut('--zip');
  if (values.combined) needsOut('--combined');
  if (values.template !== undefined) needsOut('--template');
  if (values.force) needsOut('--force');
  if (BINARY_FORMATS.has(format)) {
    needsOut(`--format ${format} writes a binary file, which is not printed to a terminal:`);
  }
  if (EXPORT_FORMAT_INFO[format].oneStoryPerFile) {
    needsOut(`--format ${format} writes one file per story (a document holds one story):`);
    if (values.combined) {
      throw new UsageError(
        `--format ${format} holds one story per file: --combined is not possible.`,
      );
    }
  }
  if (values.out === undefined && ONE_DOCUMENT_FORMATS.has(format) && files.length > 1) {
    throw new UsageError(
      `--format ${format} prints one document per input file: with ${files.length} files, use --out DIR.`,
    );
  }
}

interface Split {
  file: string;
  document: CopydeskDocument;
}

/**
 * What stderr says of a file read: always what decoding reported, which the output cannot show
 * (bad bytes replaced, an encoding guessed); when asked, the import summary's line as well.
 */
function report(document: CopydeskDocument, summarise: boolean, io: CliIo): void {
  const { source, stories } = document;
  const name = `"${document.name}"`;
  for (const warning of source.warnings) io.stderr(`copydesk: ${warning}\n`);
  if (!summarise && source.confidence >= 1) return;
  // Counted as the library counts a document for its list.
  const rows = stories.map(storyCounts);
  const counts = splitCounts({
    storyCount: rows.length,
    captionCount: rows.reduce((n, r) => n + r.captions, 0),
    removedCount: rows.reduce((n, r) => n + r.removed, 0),
    uncertainCount: rows.filter((r) => r.uncertain).length,
  });
  const read = `${kindLine(source.kind)} ${encodingLine(source.encoding, source.confidence)}`;
  io.stderr(`copydesk: ${name}: ${summarise ? `${counts}. ${read}` : read}\n`);
}

async function splitAll(files: string[], now: Date, summarise: boolean, io: CliIo) {
  let failed = false;
  const split: Split[] = [];
  for (const file of files) {
    try {
      const bytes = await readInput(file);
      // In-process, unlike the app's splits (electron/services/split-pool.ts): a CLI run has no
      // window or IPC to keep answering while it splits, so a thread would only add its start-up.
      const own = await splitFile({ name: basename(file), bytes });
      // Each document is named as the file was given: the JSON's source.file has always been that.
      // A mail's attachments are documents of their own, named after the mail and the attachment.
      for (const out of [own, ...(own.attached?.documents ?? [])]) {
        const name = out.name === basename(file) ? file : join(dirname(file), out.name);
        const document = createDocument({
          id: slugify(out.name),
          name,
          decoded: { ...out.decoded, kind: out.kind },
          stories: out.stories,
          now,
        });
        split.push({ file: name, document });
        report(document, summarise, io);
      }
      for (const refused of own.attached?.errors ?? []) {
        failed = true;
        io.stderr(`copydesk: ${refused.message}\n`);
      }
    } catch (error) {
      failed = true;
      io.stderr(`copydesk: ${(error as Error).message}\n`);
    }
  }
  return { split, failed };
}

async function printStories(
  format: ExportFormat,
  split: Split[],
  options: ExportOptions,
  io: CliIo,
): Promise<void> {
  const stories = split.flatMap(({ document }) => document.stories);
  const ended = (text: string) => {
    const lines = options.lineEndings === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
    return options.bom && format === 'txt' ? `\uFEFF${lines}` : lines;
  };
  if (format === 'json') {
    io.stdout(
      ended(
        storiesToJson(
          split.flatMap(({ file, document }) => document.stories.map((story) => ({ story, file }))),
        ),
      ),
    );
    return;
  }
  if (stories.length === 0) return;
  if (format === 'txt') return io.stdout(ended(storiesToText(stories, options.houseStyle)));
  if (format === 'md') return io.stdout(ended(storiesToMarkdown(stories, options.houseStyle)));
  const [only] = split;
  if (only) {
    const bytes = await exportStories(format, { document: only.document, stories }, options);
    io.stdout(new TextDecoder().decode(bytes));
  }
}

async function writeFiles(
  format: ExportFormat,
  split: Split[],
  values: Values,
  options: ExportOptions,
  out: string,
): Promise<string[]> {
  const writer = WRITERS[format];
  const layout = values.combined ? 'combined' : 'per-story';
  const template = values.template ?? (values.combined ? '{doc}.{ext}' : DEFAULT_TEMPLATE);
  // Every name first (cheap), so the writing is all or nothing across the input files.
  const jobs: FileJob[] = [];
  for (const { file, document } of split) {
    const planned = planFiles({
      stories: document.stories,
      layout,
      template,
      ext: writer.ext,
      documentName: basename(file),
      now: options.now,
      taken: jobs.map((job) => job.name),
    });
    for (const { name, stories } of planned) {
      jobs.push({ name, make: () => exportStories(format, { document, stories }, options) });
    }
  }
  const [only] = split;
  const stem =
    split.length === 1 && only ? slugify(basename(only.file).replace(/\.[^.]+$/, '')) : 'copydesk';
  return writeExportFiles(out, jobs, {
    overwrite: values.force,
    zip: values.zip ? `${stem}-${format}.zip` : undefined,
  });
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
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
  const format = values.format;
  if (!isExportFormat(format)) {
    io.stderr(
      `copydesk: unknown format "${format}"; choose one of ${EXPORT_FORMATS.join(', ')}.\n`,
    );
    return 2;
  }
  if (files.length === 0) {
    io.stderr('copydesk: no input files. Usage: split FILE... (try --help)\n');
    return 2;
  }
  let houseStyle: HouseStyle;
  try {
    checkUsage(values, format, files);
    houseStyle = loadHouseStyle(values['house-style']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`copydesk: ${error.message} Try --help.\n`);
    return 2;
  }
  const now = new Date();
  const options: ExportOptions = {
    houseStyle,
    lineEndings: values.crlf ? 'crlf' : 'lf',
    bom: values.bom,
    html: values.fragment ? 'fragment' : 'document',
    now,
  };

  const { split, failed } = await splitAll(files, now, values.out !== undefined, io);
  if (values.out === undefined) {
    await printStories(format, split, options, io);
    return failed ? 1 : 0;
  }
  try {
    const written = await writeFiles(format, split, values, options, values.out);
    io.stderr(`copydesk: wrote ${written.length} file(s) to ${values.out}\n`);
  } catch (error) {
    const hint =
      error instanceof OutputError && error.code === 'exists' ? ' Use --force to overwrite.' : '';
    io.stderr(`copydesk: ${(error as Error).message}${hint}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}
