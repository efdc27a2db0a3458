import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateIcons, PNG_SIZES } from './icons';

/** Width and height from a PNG's header (its IHDR chunk). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The sizes in a Windows .ico's directory (0 means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => bytes[6 + i * 16] || 256);
}

/** The entry types in a macOS .icns (ic07 is 128 px, ... ic10 is 1024). */
function icnsTypes(bytes: Buffer): string[] {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4)) {
    types.push(bytes.subarray(at, at + 4).toString('latin1'));
  }
  return types;
}

describe('the icons', () => {
  const made = generateIcons(undefined, mkdtempSync(join(tmpdir(), 'copydesk-icons-')));

  it('are drawn at every size Linux desktops use, each exactly that size', () => {
    expect(made.pngs.map((p) => pngSize(readFileSync(p)))).toEqual(
      PNG_SIZES.map((size) => [size, size]),
    );
  });

  it('include a Windows .ico from 16 to 256 pixels', () => {
    expect(icoSizes(readFileSync(made.ico))).toEqual(
      expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]),
    );
  });

  it('include a macOS .icns up to 1024 pixels (Retina 512@2x)', () => {
    expect(icnsTypes(readFileSync(made.icns))).toEqual(
      expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']),
    );
  });
});
