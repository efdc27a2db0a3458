// Counts which caption flags fire, on how many captions and stories, under the default house style:
// on a 10 MB dump in the seed layout and on web-page dumps of every kind, built from the BBC corpus
// in ../shared. A flag is worth reading only if ordinary, correct copy does not raise it.
// npx tsx tools/caption-flags.ts [--mb N] [--seeds N] [--show CODE]

import { parseArgs } from 'node:util';
import { buildDump } from '../bench/split';
import { captionFlags, DEFAULT_HOUSE_STYLE, type CaptionFlagCode } from '../shared/house-style';
import { captionText, type Story } from '../shared/model';
import { splitStories } from '../shared/split/index';
import { rng } from '../shared/testing/dumps';
import { makeWebDump, PAGE_KINDS } from '../shared/testing/webpages';
import { corpusAvailable, loadCorpus } from '../tests/corpus';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '10' },
    seeds: { type: 'string', default: '20' },
    show: { type: 'string' },
  },
});
if (!corpusAvailable()) {
  console.error('../shared/corpus/bbc-news is not present: nothing to build dumps from.');
  process.exit(1);
}

interface Count {
  stories: number;
  captions: number;
  flaggedStories: number;
  byCode: Map<CaptionFlagCode, { captions: number; stories: Set<number> }>;
  examples: Map<CaptionFlagCode, string[]>;
}

function count(stories: Story[]): Count {
  const out: Count = {
    stories: stories.length,
    captions: 0,
    flaggedStories: 0,
    byCode: new Map(),
    examples: new Map(),
  };
  stories.forEach((story, n) => {
    let flagged = false;
    for (const caption of story.captions) {
      out.captions++;
      for (const flag of captionFlags(caption, story.body, DEFAULT_HOUSE_STYLE)) {
        flagged = true;
        const row = out.byCode.get(flag.code) ?? { captions: 0, stories: new Set<number>() };
        row.captions++;
        row.stories.add(n);
        out.byCode.set(flag.code, row);
        const examples = out.examples.get(flag.code) ?? [];
        if (examples.length < 5) examples.push(`${captionText(caption)} (${caption.credit})`);
        out.examples.set(flag.code, examples);
      }
    }
    if (flagged) out.flaggedStories++;
  });
  return out;
}

function report(label: string, c: Count) {
  const codes = [...c.byCode.entries()]
    .map(([code, row]) => `${code} ${row.stories.size}/${row.captions}`)
    .join(', ');
  console.log(
    `${label.padEnd(12)} stories ${c.stories}, captions ${c.captions}, flagged stories ${c.flaggedStories}` +
      (codes ? ` — by flag (stories/captions): ${codes}` : ''),
  );
  if (values.show) {
    for (const example of c.examples.get(values.show as CaptionFlagCode) ?? []) {
      console.log(`    ${example}`);
    }
  }
}

const corpus = loadCorpus();
const seed = buildDump(Number(values.mb) * 1024 * 1024, corpus);
report(`seed ${values.mb} MB`, count(splitStories(seed.text).stories));

const seeds = Number(values.seeds);
const all: Story[] = [];
for (const kind of PAGE_KINDS) {
  const stories: Story[] = [];
  for (let s = 1; s <= seeds; s++) {
    stories.push(...splitStories(makeWebDump(corpus, rng(s), { kind }).text).stories);
  }
  all.push(...stories);
  report(kind, count(stories));
}
report('web, all', count(all));
