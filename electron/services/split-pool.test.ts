// The split thread: one reused worker, jobs in turn, cancel by terminating it, deaths reported.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitStories } from '../../shared/split/index';
import { fakeSplitPool, type FakeSplitPool } from './fake-split-pool';
import { splitFile } from './pipeline';
import { SplitJobError, SplitPool } from './split-pool';

const bytes = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt')),
);

const pools: SplitPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function fakePool(): FakeSplitPool {
  const fake = fakeSplitPool();
  pools.push(fake.pool);
  return fake;
}

const echo = (text: string, signal?: AbortSignal) =>
  fakePool().pool.run({ kind: 'text', text }, signal);

async function failure(p: Promise<unknown>): Promise<SplitJobError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SplitJobError);
  return err as SplitJobError;
}

/** About 1 MB of copy: the sample's stories again and again, numbered so each is its own story. */
function bigDump(): Uint8Array {
  const sample = new TextDecoder().decode(bytes);
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 1_000_000; i++)
    parts.push(sample.replaceAll('Harbour', `Harbour ${i}`), '\n\n\n');
  return new TextEncoder().encode(parts.join(''));
}

// A worker started from source (tsx) takes seconds on a loaded machine.
describe('SplitPool over the real split worker', { timeout: 30_000 }, () => {
  it('prepares an import: each story checked and made into its row, with rising progress to 1', async () => {
    const pool = new SplitPool();
    pools.push(pool);
    const input = { name: 'big.txt', bytes: bigDump() };
    const seen: number[] = [];
    const prepared = await pool.prepareImport(input, undefined, (f) => seen.push(f));
    const { stories, decoded } = await splitFile(input);
    expect(prepared.invalid).toBeNull();
    expect(prepared.decoded).toEqual(decoded);
    expect(prepared.rows.map((row) => JSON.parse(row.json) as unknown)).toEqual(stories);
    expect(prepared.rows[0]).toMatchObject({
      id: stories[0]?.id,
      captions: stories[0]?.captions.length,
      removed: stories[0]?.removed.length,
    });
    // Reports all the way through, at most one a percent, never going back.
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen).toEqual(seen.toSorted((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('cancels an import part way through: rejected as cancelled, no report after it', async () => {
    const pool = new SplitPool();
    pools.push(pool);
    const controller = new AbortController();
    const seen: number[] = [];
    const err = await failure(
      pool.prepareImport({ name: 'big.txt', bytes: bigDump() }, controller.signal, (f) => {
        seen.push(f);
        if (f >= 0.3) controller.abort();
      }),
    );
    expect(err.code).toBe('cancelled');
    const reported = seen.length;
    expect(seen.at(-1)).toBeLessThan(1);
    // The worker was stopped, not left to finish: nothing more is heard of the job.
    await new Promise((done) => setTimeout(done, 300));
    expect(seen).toHaveLength(reported);
    expect((await pool.prepareImport({ name: 'harbour.txt', bytes })).rows).toHaveLength(2);
    expect(pool.started).toBe(2);
  });

  it('gives the same stories as in-process, reusing one worker for every job', async () => {
    const pool = new SplitPool();
    pools.push(pool);
    const input = { name: 'harbour.txt', bytes };
    expect(await pool.splitFile(input)).toEqual(await splitFile(input));
    const text = 'Harbour Bridge Reopens\n\nThe bridge reopened on Monday after repairs.\n';
    expect(await pool.splitText(text)).toEqual(splitStories(text));
    expect(await pool.splitFile(input)).toEqual(await splitFile(input));
    expect(pool.started).toBe(1);
  });

  it('passes a refusal back with its code and message, and goes on', async () => {
    const pool = new SplitPool();
    pools.push(pool);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await expect(pool.splitFile({ name: 'photo.png', bytes: png })).rejects.toMatchObject({
      code: 'binary',
      message: '"photo.png" is a PNG image, not a text file.',
    });
    expect((await pool.splitFile({ name: 'harbour.txt', bytes })).stories).toHaveLength(2);
    expect(pool.started).toBe(1);
  });
});

describe('SplitPool jobs', () => {
  it('runs queued jobs one after another in one worker', async () => {
    const { pool, workers } = fakePool();
    const answers = await Promise.all(
      ['a', 'b', 'c'].map((text) => pool.run({ kind: 'text', text })),
    );
    expect(answers).toEqual(['a', 'b', 'c'].map((echo) => ({ stories: [], echo })));
    expect(workers).toHaveLength(1);
  });

  it('cancelling a running job terminates its worker; the next job gets a fresh one', async () => {
    const { pool, workers, looping } = fakePool();
    const controller = new AbortController();
    const stuck = pool.run({ kind: 'text', text: 'loop' }, controller.signal);
    const after = pool.run({ kind: 'text', text: 'after' });
    await looping();
    controller.abort();
    const err = await failure(stuck);
    expect(err.code).toBe('cancelled');
    expect(err.message).toBe('The split was cancelled.');
    expect(await workers[0]?.exited).toBe(1); // terminated: a tight loop ends no other way
    expect(await after).toEqual({ stories: [], echo: 'after' });
    expect(workers).toHaveLength(2);
  });

  it('cancelling a queued job leaves the running one alone', async () => {
    const { pool, workers } = fakePool();
    const controller = new AbortController();
    const first = pool.run({ kind: 'text', text: 'first' });
    const queued = pool.run({ kind: 'text', text: 'queued' }, controller.signal);
    controller.abort();
    expect((await failure(queued)).code).toBe('cancelled');
    expect(await first).toEqual({ stories: [], echo: 'first' });
    expect(workers).toHaveLength(1);
  });

  it('refuses a job whose signal is already aborted without starting a worker', async () => {
    const { pool, workers } = fakePool();
    const err = await failure(pool.run({ kind: 'text', text: 'a' }, AbortSignal.abort()));
    expect(err.code).toBe('cancelled');
    expect(workers).toHaveLength(0);
  });

  it('reports a worker that exits mid-job, then carries on with a fresh one', async () => {
    const { pool, workers } = fakePool();
    const err = await failure(pool.run({ kind: 'text', text: 'exit' }));
    expect(err.code).toBe('split-failed');
    expect(err.message).toBe('The split worker stopped unexpectedly (exit code 3).');
    expect(await pool.run({ kind: 'text', text: 'b' })).toEqual({ stories: [], echo: 'b' });
    expect(workers).toHaveLength(2);
  });

  it('reports a worker that crashes with an uncaught error, naming it', async () => {
    const err = await failure(echo('throw'));
    expect(err.code).toBe('split-failed');
    expect(err.message).toBe('The split worker stopped unexpectedly (boom).');
  });

  it('reports a worker that cannot start', async () => {
    const pool = new SplitPool(() => {
      throw new Error('its script is missing from the installation');
    });
    pools.push(pool);
    const err = await failure(pool.run({ kind: 'text', text: 'a' }));
    expect(err.code).toBe('split-failed');
    expect(err.message).toBe(
      'The split worker could not start (its script is missing from the installation).',
    );
  });

  it('close() cancels what is running and queued and ends the worker', async () => {
    const { pool, workers, looping } = fakePool();
    const running = failure(pool.run({ kind: 'text', text: 'loop' }));
    const queued = failure(pool.run({ kind: 'text', text: 'queued' }));
    await looping();
    await pool.close();
    expect((await running).code).toBe('cancelled');
    expect((await queued).code).toBe('cancelled');
    expect(await workers[0]?.exited).toBe(1);
  });
});
