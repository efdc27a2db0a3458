// `npm run bench`: every benchmark, each printing its figures against a baseline measured in the same
// run. Builds first so the desk is measured as it ships. `npm run bench -- desk` runs the desk's only
// (bundle, import, typing).

import { execSync } from 'node:child_process';
import { benchExport } from './export';
import { benchHtml } from './html';
import { benchImport, benchTyping, bundleSize } from './renderer';
import { benchSources } from './sources';
import { benchSplit } from './split';
import { benchStorage } from './storage';

const deskOnly = process.argv.includes('desk');
if (!deskOnly) {
  await benchSplit();
  await benchSources();
  await benchStorage();
  await benchExport();
  await benchHtml();
}
execSync('npm run --silent build', { stdio: 'ignore' });
bundleSize();
await benchImport();
await benchTyping();
