// The main process's entry (out/main/index.js): everything is in app.ts, which tests start against a
// test double of Electron.

import { startApp } from './app';

startApp();
