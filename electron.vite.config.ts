// Builds the three parts of the app into out/: main (ESM), preload (CommonJS, as sandboxed preloads
// require) and the renderer. Runs without the Electron binary.

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server needs what the built app must not have: React Refresh's inline preamble, injected
 * <style> tags and the HMR websocket. Relax the CSP meta for `serve` only; builds keep it strict.
 */
function devCsp(): Plugin {
  return {
    name: 'copydesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          // Its own file: every split runs in a worker thread (electron/services/split-pool.ts).
          'split-worker': resolve(root, 'electron/services/split-worker.ts'),
        },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads can only require 'electron' and a few built-ins: bundle everything else.
      externalizeDeps: false,
      lib: {
        entry: resolve(root, 'electron/preload/index.ts'),
        formats: ['cjs'],
        fileName: () => 'index.cjs',
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the bundle-size target is for minified code.
      minify: true,
      // One bundle for a local app is fine; warn only past the 1.5 MB budget the bench checks.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
