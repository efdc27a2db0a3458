// Lint, and the architecture's layers: each folder may import only what its code can run with
// (see README "Layout"). A wrong import fails `npm run lint`; tools/lint-rules.test.ts checks the rules.

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Node built-ins, bare (`fs`, `fs/promises`) and prefixed (`node:fs`, `node:test`). */
const nodeBuiltins = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'Node built-ins are not available in this layer.' })),
  patterns: [{ group: ['node:*'], message: 'Node built-ins are not available in this layer.' }],
};

const electronModule = {
  paths: [
    { name: 'electron', message: "Only electron/main and electron/preload import 'electron'." },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: "Only electron/main and electron/preload import 'electron'.",
    },
  ],
};

/** A relative import that reaches into a top-level folder of the repo, e.g. '../../electron/x'. */
const intoFolder = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message,
});

const domLibs = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*', 'dompurify'],
  message: 'shared/ is pure TypeScript: no UI or DOM libraries.',
};

/**
 * Raw IPC only in the one module that owns each side: electron/main/ipc.ts checks every caller, and
 * electron/preload/index.ts exposes only the contract. Named imports, `x.ipcMain` and destructuring.
 */
const IPC_OWNERS = { ipcMain: 'electron/main/ipc.ts', ipcRenderer: 'electron/preload/index.ts' };

const ipcSelectors = (name) =>
  [
    `ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='${name}']`,
    `MemberExpression[property.name='${name}']`,
    `VariableDeclarator > ObjectPattern > Property[key.name='${name}']`,
  ].map((selector) => ({ selector, message: `Only ${IPC_OWNERS[name]} uses ${name}.` }));

// One rule entry per file (a later config object replaces an earlier one's): each owner's file gets
// the other side's ban only. Tests and the Electron test double may name the fakes.
const ownedIpc = Object.entries(IPC_OWNERS).map(([name, owner]) => ({
  files: [owner],
  rules: {
    'no-restricted-syntax': [
      'error',
      ...Object.keys(IPC_OWNERS)
        .filter((other) => other !== name)
        .flatMap(ipcSelectors),
    ],
  },
}));

const IPC_RULES = [
  {
    files: ['**/*.{js,cjs,mjs,ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'electron/main/testing/**'],
    rules: {
      'no-restricted-syntax': ['error', ...Object.keys(IPC_OWNERS).flatMap(ipcSelectors)],
    },
  },
  ...ownedIpc,
];

const restrict = (...parts) => [
  'error',
  {
    paths: parts.flatMap((p) => p.paths ?? []),
    patterns: parts.flatMap((p) => p.patterns ?? []),
  },
];

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Where code runs, for globals.
  {
    files: ['**/*.{js,cjs,mjs,ts}'],
    ignores: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // The layers.
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(nodeBuiltins, electronModule, {
        patterns: [
          domLibs,
          intoFolder(
            ['electron', 'renderer', 'e2e', 'bench', 'tests', 'tools'],
            'shared/ imports only shared/ and pure packages.',
          ),
        ],
      }),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map(
          (name) => ({ name, message: 'shared/ runs anywhere: no DOM globals.' }),
        ),
        ...[
          'process',
          'Buffer',
          'require',
          '__dirname',
          '__filename',
          'global',
          'setImmediate',
        ].map((name) => ({ name, message: 'shared/ runs anywhere: no Node globals.' })),
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(electronModule, {
        patterns: [
          intoFolder(['renderer', 'e2e'], 'Services and the CLI never import the UI.'),
          {
            regex: '^(\\.\\./)+(main|preload)(/|$)',
            message: 'Services and the CLI never import the Electron shell.',
          },
        ],
      }),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        patterns: [intoFolder(['renderer', 'e2e'], 'The Electron shell never imports the UI.')],
      }),
    },
  },
  ...IPC_RULES,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(nodeBuiltins, electronModule, {
        patterns: [
          intoFolder(
            ['electron', 'e2e', 'bench', 'tests', 'tools'],
            'The renderer talks to the backend only through window.copydesk; it may import shared/.',
          ),
        ],
      }),
    },
  },
);
