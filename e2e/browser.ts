// Which Chromium the browser tests and benchmarks drive: COPYDESK_CHROMIUM, else Debian's
// /usr/bin/chromium, else Playwright's own; with the flags this sandboxed, offline machine needs.

import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
  const fromEnv = process.env['COPYDESK_CHROMIUM'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
