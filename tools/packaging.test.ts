// The packaging config, as electron-builder itself loads and checks it (its own JSON schema), and
// the CI workflow that runs it, as GitHub's workflow schema has it. Neither can run here: building
// installers needs downloads this machine cannot make (see README, "Packaging").

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { packagingConfig } from '../electron-builder.config';
import { BUILD_RESOURCES } from './icons';

const REPO = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// electron-builder's own loader and validator (not exported from its index).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, file: string, options: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };

const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

describe('the packaging config', () => {
  it('loads through electron-builder and passes its schema, for the release and the e2e build', async () => {
    const loaded = await getConfig(REPO, 'electron-builder.config.ts', null);
    await expect(validate(loaded)).resolves.toBeUndefined();
    await expect(validate(packagingConfig({ e2e: true }))).resolves.toBeUndefined();
  });

  it('is really checked: a misspelt option fails the schema', async () => {
    const release = packagingConfig();
    const bad = { ...release, linux: { ...release.linux, tagret: ['deb'] } } as Configuration;
    await expect(validate(bad)).rejects.toThrow(/does not match the API schema/);
  });

  it('names the app and builds AppImage, .deb, NSIS and .dmg with the rendered icons', () => {
    const c = packagingConfig();
    expect(c).toMatchObject({ appId: 'org.copydesk.desk', productName: 'Copydesk' });
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.win?.target).toEqual(['nsis']);
    expect(c.mac?.target).toEqual(['dmg']);
    expect(resolve(REPO, c.linux?.icon as string)).toBe(resolve(BUILD_RESOURCES, 'icons'));
    expect(resolve(REPO, c.win?.icon as string)).toBe(resolve(BUILD_RESOURCES, 'icon.ico'));
    expect(resolve(REPO, c.mac?.icon as string)).toBe(resolve(BUILD_RESOURCES, 'icon.icns'));
    expect(c.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
  });

  it('opens .txt and .copydesk.json files', () => {
    const exts = packagingConfig().fileAssociations;
    expect((Array.isArray(exts) ? exts : [exts]).map((a) => a?.ext)).toEqual([
      'txt',
      'copydesk.json',
    ]);
  });

  it('hardens the release with fuses; the e2e build differs only in allowing --inspect', () => {
    const release = packagingConfig().electronFuses;
    expect(release).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(packagingConfig({ e2e: true }).electronFuses).toEqual({
      ...release,
      enableNodeCliInspectArguments: true,
    });
  });
});

describe('the CI workflow', () => {
  const source = readFileSync(resolve(REPO, '.github/workflows/desktop.yml'), 'utf8');

  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('validation is real: a broken workflow is refused', () => {
    expect(validateWorkflow(source.replace('runs-on:', 'runs_on:')).errors).not.toEqual([]);
  });

  it('builds the installers and runs the Electron e2e specs on Linux, Windows and macOS', () => {
    expect(source).toContain('os: [ubuntu-latest, windows-latest, macos-latest]');
    expect(source).toContain('run: npm run dist\n');
    expect(source).toContain('xvfb-run --auto-servernum npx playwright test --project=electron');
    expect(source).toContain('COPYDESK_E2E_PACKAGED=1 npx playwright test --project=electron');
  });
});
