// Loads the BBC News corpus from ../shared (when present) as clean stories for dump-building tests
// and the benchmark. The corpus is read in place, never copied into the repo.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CleanStory } from '../shared/testing/dumps';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus/bbc-news');
export const SEED_DUMP = resolve(
  import.meta.dirname,
  '../../shared/fixtures/scraped-dump-2-stories.txt',
);

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

/** Every article as {headline, body}: line 1 the headline, then blank-line separated paragraphs. */
export function loadCorpus(limit = Infinity): CleanStory[] {
  const stories: CleanStory[] = [];
  for (const section of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!section.isDirectory()) continue;
    const dir = join(CORPUS_DIR, section.name);
    for (const file of readdirSync(dir).sort()) {
      if (stories.length >= limit) return stories;
      const [headline = '', ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
      const body = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 0);
      if (headline.trim() && body.length > 0)
        stories.push({ headline: headline.trim(), captions: [], body });
    }
  }
  return stories;
}
