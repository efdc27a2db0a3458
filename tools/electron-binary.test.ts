import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureElectron, findElectron } from './electron-binary';
import { launch } from './launch';

/** A stand-in for node_modules/electron whose install.js runs `installer` (JavaScript). */
function fakePackage(installer: string): string {
  const pkg = mkdtempSync(join(tmpdir(), 'copydesk-electron-pkg-'));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ version: '45.4.1' }));
  writeFileSync(join(pkg, 'install.js'), installer);
  return pkg;
}

const FAILING = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1\\n    at async downloadArtifact (get/index.js:158:9)'); process.exit(1);`;
const WORKING = `const fs = require('fs'); const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`;

describe('the Electron binary', () => {
  it('downloads it when missing, then finds it', () => {
    const pkg = fakePackage(WORKING);
    expect(findElectron(pkg, {}, 'linux')).toMatchObject({
      missing: expect.stringContaining('path.txt'),
    });
    const log = vi.fn();
    expect(ensureElectron(pkg, {}, log)).toEqual({ path: join(pkg, 'dist/electron') });
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Downloading the Electron 45.4.1 binary'),
    );
  });

  it('says what failed and names both ways out, without the stack trace', () => {
    const result = ensureElectron(fakePackage(FAILING), {}, () => {});
    expect('error' in result).toBe(true);
    const message = (result as { error: string }).error;
    expect(message).toContain('the download failed (TypeError: fetch failed)');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('v45.4.1/electron-v45.4.1-');
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('uses an existing Electron named by ELECTRON_OVERRIDE_DIST_PATH, and never downloads over it', () => {
    const pkg = fakePackage(WORKING);
    const install = vi.fn();
    const mine = mkdtempSync(join(tmpdir(), 'copydesk-my-electron-'));
    writeFileSync(join(mine, 'electron'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: mine };
    expect(ensureElectron(pkg, env, () => {}, install)).toEqual({ path: join(mine, 'electron') });
    const gone = { ELECTRON_OVERRIDE_DIST_PATH: join(mine, 'nowhere') };
    const result = ensureElectron(pkg, gone, () => {}, install);
    expect((result as { error: string }).error).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH is ${join(mine, 'nowhere')}, but ${join(mine, 'nowhere', 'electron')} does not exist`,
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('npm start fails fast with that message and exit status 1 when the download fails', async () => {
    const out: string[] = [];
    const started = Date.now();
    const code = await launch(['preview'], fakePackage(FAILING), (text) => out.push(text));
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out.join('')).toContain('Copydesk needs the Electron 45.4.1 binary');
    expect(out.join('')).not.toMatch(/^\s+at /m);
  });

  it('runs electron-vite on the binary it found', async () => {
    // An "electron" that is a shell script is enough to see electron-vite hand over to it.
    const pkg = fakePackage(WORKING);
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    const marker = join(pkg, 'ran');
    writeFileSync(join(pkg, 'dist', 'electron'), `#!/bin/sh\necho "$@" > ${marker}\n`);
    chmodSync(join(pkg, 'dist', 'electron'), 0o755);
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    const args = ['preview', '--skipBuild', '--entry', 'main.js'];
    expect(await launch(args, pkg, () => {})).toBe(0);
    expect(readFileSync(marker, 'utf8').trim()).toBe('main.js');
  });

  it('refuses an unknown command', async () => {
    const out: string[] = [];
    expect(await launch(['build'], fakePackage(WORKING), (t) => out.push(t))).toBe(2);
    expect(out.join('')).toContain('usage:');
  });
});
