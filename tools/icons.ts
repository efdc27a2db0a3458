// The app's icons for every platform, rendered from the one drawing (resources/icon/copydesk.svg):
// PNGs at each size Linux desktops and electron-builder use, a Windows .ico and a macOS .icns.
// `npm run icons` writes them to out/build-resources, which the packaging config reads.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const REPO = resolve(import.meta.dirname, '..');
export const ICON_SVG = join(REPO, 'resources/icon/copydesk.svg');
export const BUILD_RESOURCES = join(REPO, 'out/build-resources');

/** Linux's hicolor theme sizes, up to the 1024 macOS and the Windows .ico are made from. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Each size drawn from the vector, not scaled down from a big bitmap: small sizes stay sharp. */
export function renderPng(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export interface IconSet {
  pngs: string[];
  ico: string;
  icns: string;
}

export function generateIcons(svgPath = ICON_SVG, outDir = BUILD_RESOURCES): IconSet {
  const svg = readFileSync(svgPath);
  const pngDir = join(outDir, 'icons');
  mkdirSync(pngDir, { recursive: true });
  const pngs = PNG_SIZES.map((size) => {
    const path = join(pngDir, `${size}x${size}.png`);
    writeFileSync(path, renderPng(svg, size));
    return path;
  });
  const largest = renderPng(svg, 1024);
  writeFileSync(join(outDir, 'icon.png'), largest);
  // png2icons scales the 1024 drawing to each size the formats hold (ICO 16-256, ICNS 16-1024).
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error(`Could not make the .ico and .icns from ${svgPath}.`);
  writeFileSync(join(outDir, 'icon.ico'), ico);
  writeFileSync(join(outDir, 'icon.icns'), icns);
  return { pngs, ico: join(outDir, 'icon.ico'), icns: join(outDir, 'icon.icns') };
}

if (process.argv[1] === import.meta.filename) {
  const made = generateIcons();
  console.log(`icons: ${made.pngs.length} PNGs, ${made.ico}, ${made.icns}`);
}
