// Packaging with electron-builder: AppImage and .deb for Linux, an NSIS installer for Windows, a .dmg
// for macOS, with the icons tools/icons.ts renders and files that open with Copydesk. `npm run dist`
// builds the release (tools/dist.ts); `npm run dist:e2e` the unpacked build the Electron e2e specs
// launch. Electron fuses harden the release; the e2e build keeps the one Playwright needs.

import type { Configuration } from 'electron-builder';

export interface PackagingOptions {
  /** The build Playwright's _electron.launch drives: unpacked, Node's --inspect flags honoured. */
  e2e?: boolean;
}

const RESOURCES = 'out/build-resources';

export function packagingConfig({ e2e = false }: PackagingOptions = {}): Configuration {
  return {
    appId: 'org.copydesk.desk',
    productName: 'Copydesk',
    copyright: 'Copyright © Copydesk',
    directories: { output: e2e ? 'dist/e2e' : 'dist', buildResources: RESOURCES },
    // The built app only: dependencies come from package.json, sources and tests stay behind.
    files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
    asar: true,
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      // Playwright's _electron.launch starts the app with --inspect=0: only the e2e build allows it.
      enableNodeCliInspectArguments: e2e,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer is served from app:// (electron/main/protocol.ts): file:// needs nothing extra.
      grantFileProtocolExtraPrivileges: false,
    },
    fileAssociations: [
      {
        ext: 'txt',
        name: 'Text copy',
        description: 'Raw copy to split into stories',
        mimeType: 'text/plain',
        role: 'Editor',
        // Offered in Open With; the text editor stays the default for .txt on macOS.
        rank: 'Alternate',
      },
      {
        ext: 'copydesk.json',
        name: 'Copydesk document',
        description: 'A Copydesk document',
        mimeType: 'application/x-copydesk+json',
        role: 'Editor',
        rank: 'Owner',
      },
    ],
    linux: {
      target: e2e ? ['dir'] : ['AppImage', 'deb'],
      icon: `${RESOURCES}/icons`,
      category: 'Office',
      synopsis: 'A copy desk for newsroom editors',
      description:
        'Split raw scraped copy into clean stories, review, edit and export them as text, Word, HTML, NITF or ninjs.',
      maintainer: 'Copydesk',
      executableName: 'copydesk',
    },
    deb: { priority: 'optional' },
    win: { target: e2e ? ['dir'] : ['nsis'], icon: `${RESOURCES}/icon.ico` },
    // Windows registers file associations only for a per-machine install.
    nsis: {
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
    },
    mac: {
      target: e2e ? ['dir'] : ['dmg'],
      icon: `${RESOURCES}/icon.icns`,
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    },
    dmg: { title: 'Copydesk ${version}' },
  };
}

export default packagingConfig({ e2e: process.env['COPYDESK_BUILD'] === 'e2e' });
