// The README's requirements are package.json's engines, and npm installs without an engine warning
// on the oldest Node each allows: every installed package accepts it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** The oldest version of each major line the range allows: `^22.22.2 || ^24.15.0` gives both. */
function oldestPerLine(range: string): string[] {
  return range.split('||').map((part) => semver.minVersion(part.trim())?.version ?? part);
}

/** Every installed package's own engines.node, by name@version. */
function installedEngines(dir: string, found = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === '.bin') continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installedEngines(path, found);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const { name, version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version?: string;
        engines?: { node?: unknown };
      };
      if (typeof engines?.node === 'string') found.set(`${name}@${version}`, engines.node);
    }
    if (existsSync(join(path, 'node_modules'))) installedEngines(join(path, 'node_modules'), found);
  }
  return found;
}

describe('Node requirements', () => {
  const oldest = oldestPerLine(pkg.engines.node);

  it('are stated in the README as package.json has them', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(oldest).toEqual(['22.22.2', '24.15.0', '26.0.0']);
    expect(readme).toContain(
      'Requirements: Node.js 22.22.2 or newer (24.15 or newer on 24, or 26)',
    );
  });

  it('hold for every installed package, so npm prints no engine warning', () => {
    const engines = installedEngines(join(REPO, 'node_modules'));
    expect(engines.size).toBeGreaterThan(50);
    for (const version of oldest) {
      const refusing = [...engines].filter(
        ([, range]) => !semver.satisfies(version, range, { includePrerelease: true }),
      );
      expect(refusing, `packages refusing Node ${version}`).toEqual([]);
    }
  });
});
