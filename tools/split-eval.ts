// Measures the split engine (or, with --naive, the blank-line baseline) on web-page dumps built
// from the BBC corpus in ../shared: scores per kind, boundary-warning calibration, where each kind
// of line ended up, and the worst stories as diffs.
// npx tsx tools/split-eval.ts [--kind K | --unseen] [--seeds N] [--show N] [--naive]
// --unseen runs the sites the engine was never tuned on (UNSEEN_KINDS) instead of the tuned kinds.

import { parseArgs } from 'node:util';
import { splitStories } from '../shared/split/index';
import {
  confusion,
  run,
  storyDiffs,
  total,
  webDumps,
  type DumpRun,
} from '../shared/testing/evaluate';
import { naiveSplit } from '../shared/testing/naive';
import { summarise, type SplitScore } from '../shared/testing/score';
import {
  isUnseenKind,
  PAGE_KINDS,
  UNSEEN_KINDS,
  type AnyKind,
  type PageKind,
} from '../shared/testing/webpages';
import { corpusAvailable, loadCorpus } from '../tests/corpus';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    seeds: { type: 'string', default: '20' },
    show: { type: 'string', default: '0' },
    naive: { type: 'boolean', default: false },
    unseen: { type: 'boolean', default: false },
  },
});
if (!corpusAvailable()) {
  console.error('../shared/corpus/bbc-news is not present: nothing to build dumps from.');
  process.exit(1);
}
const known = (k: string): k is AnyKind => PAGE_KINDS.includes(k as PageKind) || isUnseenKind(k);
if (values.kind && !known(values.kind)) {
  console.error(`--kind must be one of ${[...PAGE_KINDS, ...UNSEEN_KINDS].join(', ')}`);
  process.exit(2);
}

const kinds: AnyKind[] =
  values.kind && known(values.kind)
    ? [values.kind]
    : values.unseen
      ? [...UNSEEN_KINDS]
      : [...PAGE_KINDS];
const corpus = loadCorpus();
const split = values.naive ? naiveSplit : (text: string) => splitStories(text).stories;
const started = performance.now();
const runs = new Map<AnyKind, DumpRun[]>(
  kinds.map((k) => [k, run(webDumps(corpus, k, Number(values.seeds)), split)]),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const pct = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2));
const cols = ['stories', 'headline', 'captions', 'body', 'byline', 'published', 'iso', 'dateline'];
function row(label: string, dumps: number, s: SplitScore) {
  const m = summarise(s);
  const figures = [
    m.stories,
    m.headline,
    m.captions,
    m.body,
    m.byline,
    m.published,
    m.publishedIso,
    m.dateline,
  ];
  return [
    label.padEnd(12),
    String(dumps).padStart(5),
    String(s.stories.gold).padStart(7),
    ...figures.map((f) => pct(f).padStart(9)),
  ].join(' ');
}

console.log(
  `${values.naive ? 'naive blank-line splitter' : 'split engine'}: ${Number(values.seeds)} dumps per kind, built and split in ${seconds} s\n`,
);
console.log(
  [
    'kind'.padEnd(12),
    'dumps'.padStart(5),
    'gold'.padStart(7),
    ...cols.map((c) => c.padStart(9)),
  ].join(' '),
);
for (const [k, r] of runs) console.log(row(k, r.length, total(r)));
const main = [...runs].filter(([k]) => k !== 'glued').flatMap(([, r]) => r);
if (runs.size > 1)
  console.log(row('overall', main.length, total(main)) + '   (glued not included)');

const all = [...runs.values()].flat();
// Calibration over the same dumps as the overall row (and the web test): glued files apart.
const t = total(main.length > 0 ? main : all);
const share = (a: number, b: number) => `${a}/${b}${b ? ` (${Math.round((100 * a) / b)}%)` : ''}`;
console.log(
  `\ncalibration (${main.length > 0 && runs.has('glued') ? 'glued not included' : 'kinds shown'})`,
);
console.log(
  `  wrong starts warned low-confidence-boundary: ${share(t.starts.wrongWarned, t.starts.wrong)}   goal: all`,
);
console.log(
  `  right starts warned low-confidence-boundary: ${share(t.starts.rightWarned, t.starts.right)}   goal: under 5%`,
);
console.log(
  `  missed starts (stories merged) warned possible-missed-boundary: ${share(t.missed.warned, t.missed.count)}`,
);

console.log('\nwhere each gold line went (gold label: count, share placed right, top placements)');
const table = [...confusion(all)].sort((a, b) => sum(b[1]) - sum(a[1]));
function sum(m: Map<string, number>) {
  return [...m.values()].reduce((a, b) => a + b, 0);
}
for (const [want, places] of table) {
  const n = sum(places);
  const right = [...places]
    .filter(([w]) => w === want || (want.startsWith('removed:') && w.startsWith('removed:')))
    .reduce((a, [, c]) => a + c, 0);
  const top = [...places]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([w, c]) => `${w} ${c}`);
  console.log(
    `  ${want.padEnd(28)} ${String(n).padStart(6)}  ${pct(right / n).padStart(5)}  ${top.join(', ')}`,
  );
}

const show = Number(values.show);
if (show > 0) {
  console.log(`\nthe ${show} worst stories (- gold only, + got only)`);
  for (const d of storyDiffs(all).slice(0, show))
    console.log(`\n[${d.kind}]\n${d.lines.join('\n')}`);
}
