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
