// `npm run bench`: every benchmark, each printing its figures against a baseline measured in the same
// run. `npm run bench -- <name>...` runs only the ones named: split (the split pipeline), sources
// (Word and web-page import), storage, export, desk (bundle, import and typing in the built desk,
// which it builds first so the desk is measured as it ships).

import { execSync } from 'node:child_process';
import { benchExport } from './export';
import { benchHtml } from './html';
import { benchImport, benchTyping, bundleSize } from './renderer';
import { benchSources } from './sources';
import { benchSplit } from './split';
import { benchStorage } from './storage';

const BENCHES: Record<string, () => unknown> = {
  split: benchSplit,
  sources: async () => {
    await benchSources();
    await benchHtml();
  },
  storage: benchStorage,
  export: benchExport,
  desk: async () => {
    execSync('npm run --silent build', { stdio: 'ignore' });
    bundleSize();
    await benchImport();
    await benchTyping();
  },
};

const named = process.argv.slice(2);
const unknown = named.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}.`,
  );
  process.exit(2);
}
for (const [name, run] of Object.entries(BENCHES))
  if (named.length === 0 || named.includes(name)) await run();
