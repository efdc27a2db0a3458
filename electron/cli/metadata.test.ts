// The CLI carries each story's byline, publication time and dateline into what it prints and writes.
// The split engine on this branch does not read them from copy yet, so the pipeline here is the real
// one with metadata set on the sample's first story, as the engine will set it.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it, vi } from 'vitest';
import { runCli } from './run';

const METADATA = {
  byline: 'Jane Doe, Associated Press',
  published: { text: 'Updated 3:14 PM GMT+1, November 20, 2024', iso: '2024-11-20T15:14:00+01:00' },
  dateline: 'BERGEN, Norway (AP)',
};

vi.mock('../services/pipeline', async (original) => {
  const real = await original<typeof import('../services/pipeline')>();
  return {
    splitFile: async (input: Parameters<typeof real.splitFile>[0]) => {
      const out = await real.splitFile(input);
      const [first, ...rest] = out.stories;
      return { ...out, stories: [{ ...first!, ...METADATA }, ...rest] };
    },
  };
});

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

it('prints byline, published and dateline with each story in the JSON', async () => {
  const { code, stdout } = await cli('split', SAMPLE);
  expect(code).toBe(0);
  const [first, second] = JSON.parse(stdout).stories;
  expect(first).toMatchObject(METADATA);
  expect(Object.keys(first).slice(0, 5)).toEqual([
    'id',
    'headline',
    'byline',
    'published',
    'dateline',
  ]);
  expect(second).toMatchObject({ byline: null, published: null, dateline: null });
});

it('writes them into the files of every format that has a place for them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-meta-'));
  const read = async (format: string) => {
    const out = join(dir, format);
    expect((await cli('split', SAMPLE, '--format', format, '--out', out)).code).toBe(0);
    const name = readdirSync(out).find((f) => f.startsWith('harbour'))!;
    return readFileSync(join(out, name), 'utf8');
  };
  expect(JSON.parse(await read('json')).published).toEqual(METADATA.published);
  expect(await read('txt')).toContain(
    'By Jane Doe, Associated Press · Updated 3:14 PM GMT+1, November 20, 2024',
  );
  const nitf = await read('nitf');
  expect(nitf).toContain('<byline>By <person>Jane Doe</person>, Associated Press</byline>');
  expect(nitf).toContain('<dateline><location>BERGEN</location>, Norway (AP)</dateline>');
  expect(nitf).toContain('<date.issue norm="20241120T151400+0100"/>');
  expect(JSON.parse(await read('ninjs'))).toMatchObject({
    by: METADATA.byline,
    located: 'BERGEN',
    firstCreated: METADATA.published.iso,
  });
});
