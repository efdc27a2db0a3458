// Entry point of the headless CLI (`npm run --silent cli -- ...`).

import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
