// The CLI as a user runs it: real files in a temp folder, stdout, stderr, files written, exit codes.

import { execFile, execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, megabytes } from '../../shared/api';
import { EXPORT_FORMATS } from '../../shared/export/types';
import { docxFile, p, styled } from '../services/testing/docx-fixture';
import { emlFile } from '../services/testing/eml-fixture';
import { runCli } from './run';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt');
const MAIN = resolve(import.meta.dirname, 'main.ts');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
});

describe('split --format json', () => {
  it('prints the stories in the promised shape', async () => {
    const { code, stdout, stderr } = await cli('split', SAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { stories } = JSON.parse(stdout);
    expect(stories.map((s: { headline: string }) => s.headline)).toEqual([
      'Harbour Bridge Reopens After Storm Repairs',
      'Fishermen Protest New Quotas in Coastal Town',
    ]);
    expect(stories[1].captions).toEqual([
      {
        text: '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest.',
        credit: 'dpa',
        dateline: '3 March 2025, Norway, Bergen',
      },
    ]);
    expect(stories[0].body).toHaveLength(3);
    expect(stories[0].body.every((p: unknown) => typeof p === 'string')).toBe(true);
    expect(stories[0].source).toEqual({ file: SAMPLE, firstLine: 1, lastLine: 16 });
    // The sample prints no byline, time or dateline: the fields are there, empty.
    for (const story of stories) {
      expect(story).toMatchObject({ byline: null, published: null, dateline: null });
    }
    expect(stories[0].removed.map((r: { reason: string }) => r.reason)).toContain('logo-token');
  });

  it('decodes legacy encodings and CRLF', async () => {
    const text = readFileSync(SAMPLE, 'utf8').replace(/\n/g, '\r\n');
    const file = join(dir, 'legacy.txt');
    writeFileSync(file, iconv.encode(text, 'windows-1252'));
    const { code, stdout, stderr } = await cli('split', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stories[1].body[1]).toContain('“stocks”');
    // The encoding was a guess: stderr says so, as the app's import summary does.
    expect(stderr).toMatch(
      /^copydesk: ".*legacy\.txt": Plain text, split into stories\. Read as windows-1252 \(a guess, \d+% sure\)\.\n$/,
    );
  });

  it('says on stderr where bad bytes were replaced', async () => {
    const file = join(dir, 'bad-bytes.txt');
    const good = readFileSync(SAMPLE);
    // One byte that is not UTF-8 among a file of valid UTF-8 (with curly quotes): replaced, named.
    writeFileSync(
      file,
      Buffer.concat([good.subarray(0, 60), Buffer.from([0xff]), good.subarray(60)]),
    );
    const { code, stdout, stderr } = await cli('split', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stories).toHaveLength(2);
    expect(stderr).toMatch(
      /bad-bytes\.txt" is UTF-8 but for 1 invalid byte sequence, replaced by � on line \d+/,
    );
  });
});

describe('txt and md', () => {
  it('prints clean copy: headline, captions with credit, body, no junk', async () => {
    const { code, stdout } = await cli('split', SAMPLE, '--format', 'txt');
    expect(code).toBe(0);
    expect(
      stdout.startsWith(
        'Harbour Bridge Reopens After Storm Repairs\n\nWorkers inspect the repaired deck of the bridge at dawn (EPA)\n\nThe harbour bridge',
      ),
    ).toBe(true);
    expect(stdout).not.toMatch(/^TT$/m);
    expect(stdout.match(/Workers inspect/g)).toHaveLength(1);
  });

  it('prints Markdown with a heading per story', async () => {
    const { stdout } = await cli('split', SAMPLE, '--format', 'md');
    expect(stdout.match(/^# /gm)).toHaveLength(2);
    expect(stdout).toContain('*Workers inspect the repaired deck of the bridge at dawn* (EPA)');
  });
});

describe('--out', () => {
  it('writes one file per story named from the headline slug', async () => {
    const out = join(dir, 'out');
    const { code, stderr } = await cli('split', SAMPLE, '--format', 'txt', '--out', out);
    expect(code).toBe(0);
    // What each file was read as and what the split found, then what was written.
    expect(stderr).toBe(
      `copydesk: "${SAMPLE}": 2 stories, 2 captions, 10 lines removed, 0 low-confidence boundaries. ` +
        `Plain text, split into stories. Read as UTF-8 (certain).\ncopydesk: wrote 2 file(s) to ${out}\n`,
    );
    expect(readdirSync(out).sort()).toEqual([
      'fishermen-protest-new-quotas-in-coastal-town.txt',
      'harbour-bridge-reopens-after-storm-repairs.txt',
    ]);
    expect(
      readFileSync(join(out, 'harbour-bridge-reopens-after-storm-repairs.txt'), 'utf8'),
    ).toMatch(/^Harbour Bridge/);
  });

  it('never overwrites without saying so, and writes nothing then', async () => {
    const out = join(dir, 'out');
    await cli('split', SAMPLE, '--out', out);
    writeFileSync(join(out, 'harbour-bridge-reopens-after-storm-repairs.json'), 'edited by hand');
    const again = await cli('split', SAMPLE, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already in.*harbour-bridge-reopens-after-storm-repairs\.json.*Nothing was written.*--force/s,
    );
    expect(readFileSync(join(out, 'harbour-bridge-reopens-after-storm-repairs.json'), 'utf8')).toBe(
      'edited by hand',
    );
    const forced = await cli('split', SAMPLE, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(out, 'harbour-bridge-reopens-after-storm-repairs.json'), 'utf8'))
        .headline,
    ).toBe('Harbour Bridge Reopens After Storm Repairs');
  });

  it('gives the same headline twice distinct names', async () => {
    const out = join(dir, 'out');
    const { code } = await cli('split', SAMPLE, SAMPLE, '--out', out);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain('harbour-bridge-reopens-after-storm-repairs-2.json');
  });
});

describe('every export format', () => {
  it('writes NITF one story per file, so it needs --out and refuses --combined', async () => {
    const printed = await cli('split', SAMPLE, '--format', 'nitf');
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('--format nitf writes one file per story');
    const out = join(dir, 'nitf-combined');
    const combined = await cli('split', SAMPLE, '--format', 'nitf', '--out', out, '--combined');
    expect(combined.code).toBe(2);
    expect(combined.stderr).toContain('--combined is not possible');
  });

  it.each(['html', 'ninjs', 'ninjs1', 'copydesk'])('prints %s for one file', async (format) => {
    const { code, stdout, stderr } = await cli('split', SAMPLE, '--format', format);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Fishermen Protest New Quotas in Coastal Town');
  });

  it('writes each format to files, DOCX included', async () => {
    const names: Record<string, string[]> = {};
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, format);
      const { code, stderr } = await cli('split', SAMPLE, '--format', format, '--out', out);
      expect(stderr, format).toContain('wrote 2 file(s)');
      expect(code).toBe(0);
      names[format] = readdirSync(out);
    }
    expect(names.docx).toContain('harbour-bridge-reopens-after-storm-repairs.docx');
    expect(names.nitf).toContain('harbour-bridge-reopens-after-storm-repairs.xml');
    expect(names.copydesk).toContain('harbour-bridge-reopens-after-storm-repairs.copydesk.json');
    const docx = unzipSync(
      readFileSync(join(dir, 'docx', 'harbour-bridge-reopens-after-storm-repairs.docx')),
    );
    expect(strFromU8(docx['word/document.xml']!)).toContain('Harbour Bridge Reopens');
  });

  it('refuses to print DOCX or a zip to the terminal, and asks for --out', async () => {
    for (const args of [
      ['--format', 'docx'],
      ['--zip'],
      ['--combined'],
      ['--template', '{slug}'],
    ]) {
      const { code, stderr, stdout } = await cli('split', SAMPLE, ...args);
      expect(code).toBe(2);
      expect(stderr).toContain('needs --out DIR');
      expect(stdout).toBe('');
    }
    const two = await cli('split', SAMPLE, SAMPLE, '--format', 'html');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('with 2 files, use --out DIR');
  });

  it('combines, names from a template and zips', async () => {
    const out = join(dir, 'out');
    const combined = await cli('split', SAMPLE, '--format', 'md', '--out', out, '--combined');
    expect(combined.code).toBe(0);
    expect(readdirSync(out)).toEqual(['harbour-and-fishermen.md']);
    expect(readFileSync(join(out, 'harbour-and-fishermen.md'), 'utf8').match(/^# /gm)).toHaveLength(
      2,
    );

    const named = join(dir, 'named');
    await cli('split', SAMPLE, '--format', 'txt', '--out', named, '--template', '{n}-{doc}-{slug}');
    expect(readdirSync(named).sort()).toEqual([
      '1-harbour-and-fishermen-harbour-bridge-reopens-after-storm-repairs.txt',
      '2-harbour-and-fishermen-fishermen-protest-new-quotas-in-coastal-town.txt',
    ]);

    const zipped = join(dir, 'zipped');
    const zip = await cli('split', SAMPLE, '--format', 'nitf', '--out', zipped, '--zip');
    expect(zip.stderr).toContain('wrote 1 file(s)');
    const files = unzipSync(readFileSync(join(zipped, 'harbour-and-fishermen-nitf.zip')));
    expect(Object.keys(files).sort()).toEqual([
      'fishermen-protest-new-quotas-in-coastal-town.xml',
      'harbour-bridge-reopens-after-storm-repairs.xml',
    ]);
  });

  it('applies line endings, byte order mark, HTML fragments and a house style file', async () => {
    const crlf = await cli('split', SAMPLE, '--format', 'txt', '--crlf', '--bom');
    expect(crlf.stdout.startsWith('\uFEFFHarbour Bridge Reopens After Storm Repairs\r\n\r\n')).toBe(
      true,
    );
    expect(crlf.stdout.replace(/\r\n/g, '')).not.toContain('\n');

    const fragment = await cli('split', SAMPLE, '--format', 'html', '--fragment');
    expect(fragment.stdout.startsWith('<article>')).toBe(true);

    const style = join(dir, 'style.json');
    writeFileSync(style, JSON.stringify({ creditFormat: 'photo-prefix', quotes: 'straight' }));
    const styled = await cli('split', SAMPLE, '--format', 'txt', '--house-style', style);
    expect(styled.stdout).toContain('at dawn Photo: EPA');
    expect(styled.stdout).toContain('protect "stocks" that');

    writeFileSync(style, JSON.stringify({ creditFormat: 'brackets' }));
    const bad = await cli('split', SAMPLE, '--house-style', style);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/house style .*style\.json.* not valid: creditFormat/);
  });
});

describe('Word files and e-mail', () => {
  it('splits FILE.docx by its headings and mail.eml with its attachments, naming a refused one', async () => {
    const docx = join(dir, 'thursday.docx');
    writeFileSync(
      docx,
      await docxFile([
        styled('Heading1', 'Ferry strike ends'),
        p('Ferries run again from Monday, the operator said.'),
        styled('Heading1', 'Museum reopens'),
        styled('Caption', 'The new hall on Tuesday. (AFP)'),
        p('The museum reopened its doors after a year of building work.'),
      ]),
    );
    const eml = join(dir, 'copy.eml');
    writeFileSync(
      eml,
      emlFile({
        subject: 'Harbour reopens',
        text: 'The harbour reopened on Tuesday after the storm, officials said.\n',
        attachments: [
          {
            filename: 'notes.txt',
            contentType: 'text/plain',
            content:
              'Bridge closes\n\nThe bridge closes for six weeks from January, the city said.\n',
          },
          { filename: 'broken.docx', contentType: 'application/octet-stream', content: 'no zip' },
        ],
      }),
    );
    const notZip = join(dir, 'fake.docx');
    writeFileSync(notZip, 'Plain words in a file named like a Word document.');
    const { code, stdout, stderr } = await cli('split', docx, eml, notZip);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `"fake.docx" cannot be read as a Word document: it is not a zip archive`,
    );
    expect(stderr).toContain(`"copy.eml — broken.docx" cannot be read as a Word document`);
    const { stories } = JSON.parse(stdout);
    expect(
      stories.map((s: { headline: string; source: { file: string } }) => [
        s.headline,
        s.source.file,
      ]),
    ).toEqual([
      ['Ferry strike ends', docx],
      ['Museum reopens', docx],
      ['Harbour reopens', eml],
      ['Bridge closes', join(dir, 'copy.eml — notes.txt')],
    ]);
    expect(stories[1].captions).toEqual([
      { text: 'The new hall on Tuesday.', credit: 'AFP', dateline: null },
    ]);
  });
});

describe('errors', () => {
  it('refuses a binary file, naming it, while the other files are split', async () => {
    const png = join(dir, 'photo.png');
    writeFileSync(
      png,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
    );
    const { code, stdout, stderr } = await cli('split', png, SAMPLE);
    expect(code).toBe(1);
    expect(stderr).toContain('photo.png');
    expect(JSON.parse(stdout).stories).toHaveLength(2);
  });

  it('says which files are missing, empty or folders', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stderr } = await cli('split', join(dir, 'nope.txt'), empty, dir);
    expect(code).toBe(1);
    expect(stderr).toContain('nope.txt" was not found');
    expect(stderr).toMatch(/empty\.txt.*empty/);
    expect(stderr).toContain('is a folder');
  });

  it('refuses, without reading them, a file over the app limit, a device and a pipe; splits the rest', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024); // sparse: nothing is written to disk
    const devices = process.platform === 'win32' ? [] : ['/dev/zero', '/dev/urandom'];
    const fifo = join(dir, 'feed.txt');
    if (process.platform !== 'win32') execFileSync('mkfifo', [fifo]);
    const pipes = process.platform === 'win32' ? [] : [fifo];
    const { code, stdout, stderr } = await cli('split', big, ...devices, ...pipes, SAMPLE);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `copydesk: "${big}" is 200 MB, more than the ${megabytes(MAX_FILE_BYTES)} Copydesk reads: split it into smaller files.\n`,
    );
    for (const device of devices) expect(stderr).toContain(`"${device}" is a device, not a file`);
    for (const pipe of pipes) expect(stderr).toContain(`"${pipe}" is a pipe, not a file`);
    expect(JSON.parse(stdout).stories).toHaveLength(2);
  });

  it('rejects usage errors with exit code 2', async () => {
    expect((await cli('split')).code).toBe(2);
    expect((await cli('split', SAMPLE, '--format', 'pdf')).stderr).toContain(
      'unknown format "pdf"',
    );
    expect((await cli('join', SAMPLE)).code).toBe(2);
    expect((await cli('split', '--bogus')).code).toBe(2);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const word of [
      'split FILE',
      '--format',
      'json',
      'txt',
      'md',
      'html',
      'docx',
      'nitf',
      'ninjs1',
      'copydesk',
      '--out',
      '--force',
      '--template',
      '--combined',
      '--zip',
      '--crlf',
      '--bom',
      '--house-style',
      'Exit status',
    ])
      expect(stdout).toContain(word);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'json prints {"stories":[{"headline", "byline", "published":{"text","iso"}, "dateline",',
    );
  });
});

describe('as a process', () => {
  it('runs from the command line with exit codes and streams as documented', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', MAIN, 'split', SAMPLE]);
    expect(JSON.parse(stdout).stories).toHaveLength(2);
    const failed = await run(process.execPath, [
      '--import',
      'tsx',
      MAIN,
      'split',
      join(dir, 'missing.txt'),
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('missing.txt');
    // Two Node processes starting tsx: seconds on a busy 2-core machine.
  }, 30_000);
});
