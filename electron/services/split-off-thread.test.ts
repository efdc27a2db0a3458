import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFile } from './pipeline';
import { splitFileOffThread, splitInWorker } from './split-off-thread';

const bytes = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt')),
);

describe('splitFileOffThread', () => {
  it('gives the same stories from a worker thread as in-process', async () => {
    const input = { name: 'harbour.txt', bytes };
    expect(await splitInWorker(input)).toEqual(splitFile(input));
    // Threshold 0: even this small file goes to the worker.
    expect(await splitFileOffThread(input, 0)).toEqual(splitFile(input));
  });

  it('passes a refusal back with its code and message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await expect(splitInWorker({ name: 'photo.png', bytes: png })).rejects.toMatchObject({
      code: 'binary',
      message: '"photo.png" is a PNG image, not a text file.',
    });
  });
});
