// Explains a split: every unit of a file with what the engine took it for, and each story start with
// its score and signals. For anyone tuning the engine: `npx tsx tools/split-explain.ts FILE`.

import { readFileSync } from 'node:fs';
import { findStoryStarts } from '../shared/split/boundaries';
import { classify } from '../shared/split/classify';
import { splitStories } from '../shared/split/index';
import { toUnits } from '../shared/split/units';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx tools/split-explain.ts FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
const { units } = toUnits(text);
const facts = classify(units);
const { starts, doubts } = findStoryStarts(units, facts);
const startAt = new Map(starts.map((s) => [s.unit, s]));
const headlines = new Set(starts.map((s) => s.headline));
const { stories } = splitStories(text);
const placeOf = new Map<number, string>();
for (const s of stories) {
  if (s.headlineLine) placeOf.set(s.headlineLine, 'HEADLINE');
  for (const c of s.captions) for (const l of c.lines) placeOf.set(l, `caption[${c.credit ?? ''}]`);
  for (const p of s.body) for (const l of p.lines) placeOf.set(l, 'body');
  for (const r of s.removed) placeOf.set(r.line, `-${r.reason}`);
}
units.forEach((u, i) => {
  const start = startAt.get(i);
  if (start) console.log(`\n=== story (confidence ${start.confidence}) ${start.signals.join(' ')}`);
  const mark = facts.furniture[i];
  const tag = `${facts.kind[i]}${mark ? `:${mark.rule}` : ''}${headlines.has(i) ? ' *' : ''}${doubts.includes(i) ? ' ?' : ''}`;
  const place = placeOf.get(u.firstLine) ?? '';
  console.log(
    `${String(u.firstLine).padStart(5)} ${'.'.repeat(Math.min(u.gapBefore, 5)).padEnd(5)} ${tag.padEnd(28)} ${place.padEnd(22)} ${u.text.slice(0, 90)}`,
  );
});
