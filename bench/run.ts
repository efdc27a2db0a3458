// `npm run bench`: every benchmark, each printing its figures against a baseline measured in the same run.

import { benchSplit } from './split';

benchSplit();
