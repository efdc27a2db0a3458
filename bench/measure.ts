// Timing helpers for `npm run bench`: medians of repeated runs after a warm-up, so figures are stable.

export function medianMs(run: () => unknown, { warmup = 3, runs = 11 } = {}): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Medians of two pieces of work timed in turns (a, b, a, b...): on a shared machine a burst of load
 * then slows both alike, where timing all of one and then all of the other skews their ratio. Either
 * may be async (an import that waits for its reader).
 */
export async function medianPairMs(
  a: () => unknown,
  b: () => unknown,
  { warmup = 3, runs = 11 } = {},
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[k as 0 | 1].push(performance.now() - start);
    }
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] as number;
  return [median(times[0]), median(times[1])];
}

/** medianMs for work that waits (I/O, a browser): the median of `runs` runs, no warm-up. */
export async function medianAsyncMs(run: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
