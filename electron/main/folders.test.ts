import { describe, expect, it } from 'vitest';
import { FolderGrants } from './folders';

describe('FolderGrants', () => {
  it('grants the folder chosen, however it is spelled, and the files directly in it', () => {
    const grants = new FolderGrants('linux');
    grants.grant('/home/ed/exports/');
    expect(grants.has('/home/ed/exports')).toBe(true);
    expect(grants.has('/home/ed/./exports//')).toBe(true);
    expect(grants.holds('/home/ed/exports/story.txt')).toBe(true);
    expect(grants.has('/home/ed/Exports')).toBe(false);
    expect(grants.has('/home/ed')).toBe(false);
    expect(grants.has('/home/ed/exports/sub')).toBe(false);
    expect(grants.holds('/home/ed/exports/sub/story.txt')).toBe(false);
    expect(grants.holds('/home/ed/exports/../secret.txt')).toBe(false);
  });

  it('ignores case where the disks do (Windows, macOS)', () => {
    const grants = new FolderGrants('darwin');
    grants.grant('/Users/Ed/Exports');
    expect(grants.has('/users/ed/exports')).toBe(true);
  });
});
