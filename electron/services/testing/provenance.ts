// The provenance invariant for a structured source's stories, as tests check it.

import { expect } from 'vitest';
import type { Story } from '../../../shared/model';

/**
 * Every non-blank line of the stored source is in exactly one place: headline, caption, body or
 * removed (a structured source's has no blank lines; copy split by the engine has).
 */
export function expectProvenance(text: string, stories: Story[]): void {
  const lines = text.split('\n');
  const seen = new Map<number, number>();
  const see = (n: number) => seen.set(n, (seen.get(n) ?? 0) + 1);
  for (const s of stories) {
    if (s.headlineLine !== null) see(s.headlineLine);
    for (const c of s.captions) c.lines.forEach(see);
    for (const p of s.body) p.lines.forEach(see);
    for (const r of s.removed) see(r.line);
  }
  lines.forEach((line, i) => {
    if (line.trim() !== '') expect(seen.get(i + 1), `line ${i + 1}`).toBe(1);
  });
}
