// `npm run bench`: every benchmark, each printing its figures against a baseline measured in the same
// run. Builds first so the desk is measured as it ships. `npm run bench -- desk` runs the desk's only
// (bundle, import, typing); `npm run bench -- split` the split pipeline's only (bench/split.ts).

import { execSync } from 'node:child_process';
import { benchExport } from './export';
import { benchImport, benchTyping, bundleSize } from './renderer';
import { benchSplit } from './split';
import { benchStorage } from './storage';

const deskOnly = process.argv.includes('desk');
const splitOnly = process.argv.includes('split');
if (!deskOnly) await benchSplit();
if (splitOnly) process.exit(0);
if (!deskOnly) {
  await benchStorage();
  await benchExport();
}
execSync('npm run --silent build', { stdio: 'ignore' });
bundleSize();
await benchImport();
await benchTyping();
