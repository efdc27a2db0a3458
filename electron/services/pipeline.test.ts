import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIRST_STORIES } from '../../shared/api';
import { prepareImport, splitFile, type PreparedFirst } from './pipeline';

const SAMPLE = readFileSync(
  resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt'),
  'utf8',
);
const headlines = async (bytes: Uint8Array) =>
  (await splitFile({ name: 'dump.txt', bytes })).stories.map((s) => s.headline);

describe('splitFile', () => {
  it('gives the same stories whatever the encoding and line endings', async () => {
    const expected = await headlines(new TextEncoder().encode(SAMPLE));
    expect(expected).toHaveLength(2);
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    for (const bytes of [
      iconv.encode(crlf, 'utf8', { addBOM: true }),
      iconv.encode(crlf, 'utf16le', { addBOM: true }),
      iconv.encode(SAMPLE, 'utf16be', { addBOM: true }),
      iconv.encode(crlf, 'windows-1252'),
    ]) {
      expect(await headlines(bytes)).toEqual(expected);
    }
  });

  it('reports what it detected', async () => {
    const result = await splitFile({
      name: 'dump.txt',
      bytes: iconv.encode(SAMPLE.replace(/\n/g, '\r\n'), 'windows-1252'),
    });
    expect(result).toMatchObject({
      name: 'dump.txt',
      decoded: { encoding: 'windows-1252', lineEndings: 'CRLF' },
    });
    expect(result.stories[1]?.body[1]?.text).toContain('“stocks”');
  });

  it('refuses binary and empty files with an error naming the file', async () => {
    await expect(
      splitFile({
        name: 'photo.jpg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      }),
    ).rejects.toThrow(/photo\.jpg/);
    await expect(splitFile({ name: 'empty.txt', bytes: new Uint8Array() })).rejects.toThrow(
      /empty\.txt/,
    );
  });
});

describe('prepareImport', () => {
  /** A plain-text dump of `count` short stories, each headed by its headline twice. */
  const dump = (count: number) =>
    new TextEncoder().encode(
      Array.from(
        { length: count },
        (_, i) =>
          `Harbour Story Number ${i + 1} Is Filed\n\nHarbour Story Number ${i + 1} Is Filed\n\n` +
          `The council said on Monday that story ${i + 1} would be reviewed after the storms.\n`,
      ).join('\n\n\n'),
    );

  it('sends a big document’s first rows ahead, then every row, the same ones', async () => {
    const seen: PreparedFirst[] = [];
    const whole = await prepareImport(
      { name: 'big.txt', bytes: dump(FIRST_STORIES + 30) },
      undefined,
      (f) => seen.push(f),
    );
    expect(whole.rows).toHaveLength(FIRST_STORIES + 30);
    expect(seen).toHaveLength(1);
    const [first] = seen as [PreparedFirst];
    expect(first.rows).toEqual(whole.rows.slice(0, FIRST_STORIES));
    expect(first.stories).toEqual(whole.rows.map(({ json: _json, ...counts }) => counts));
    // The text, megabytes, comes once, with the rest.
    expect(first.decoded).toEqual({ ...whole.decoded, text: undefined });
  });

  it('sends nothing ahead for a document that fits the first screen', async () => {
    const seen: PreparedFirst[] = [];
    const whole = await prepareImport(
      { name: 'small.txt', bytes: dump(FIRST_STORIES) },
      undefined,
      (f) => seen.push(f),
    );
    expect(whole.rows).toHaveLength(FIRST_STORIES);
    expect(seen).toEqual([]);
  });
});
