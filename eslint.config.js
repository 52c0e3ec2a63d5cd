// @ts-check
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @typedef {{ group?: string[], regex?: string, message: string }} Pattern */

/** `no-restricted-imports` from pattern lists. ESLint replaces a rule's options in a later block
 *  rather than merging them, so each block lists every pattern that applies to its files. */
const restrict = (/** @type {Pattern[]} */ ...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

/** Dependencies point one way: renderer → shared, electron → shared; shared imports neither. */
const boundary = (/** @type {string[]} */ groups, /** @type {string} */ message) =>
  restrict({ group: groups, message });

const RENDERER_IS_A_BROWSER = {
  group: ['**/electron/**', 'electron', 'node:*'],
  message: 'The renderer runs in a plain browser: it never imports electron or Node modules.',
};

/** One persistence layer: schema, upgrades and repositories live in renderer/src/db/. */
const DEXIE_ONLY_IN_DB = {
  group: ['dexie', 'dexie/*'],
  message: 'Only renderer/src/db/ imports Dexie; use its repositories and store actions.',
};

/**
 * A file `depth` folders below features/ reaches a feature folder with exactly `depth` `../`.
 * Anything after that folder's name is another feature's internals; the folder itself (its
 * index.ts) is the feature's public face. (Within one feature, fewer `../` never get there.)
 */
const throughFeatureIndex = (/** @type {number} */ depth) => ({
  regex: `^(\\.\\./){${String(depth)}}(?!\\.\\.?/)[^/]+/.+`,
  message:
    "Another feature's files are its own: import what it exposes from its index (e.g. '../workshop').",
});

/** Files stay small: one responsibility each. Blank lines and comments do not count. */
const maxLines = (/** @type {number} */ max) => ({
  'max-lines': ['error', { max, skipBlankLines: true, skipComments: true }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'bench-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Plain JavaScript (build scripts, this config) is linted without type information.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19.3' } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/no-danger': 'error',
      'react/jsx-no-target-blank': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary(
      ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'dexie', 'node:*'],
      'shared/ is pure TypeScript: no DOM, Node, React, Dexie, renderer or electron imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(RENDERER_IS_A_BROWSER, DEXIE_ONLY_IN_DB),
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: restrict(RENDERER_IS_A_BROWSER),
  },
  // One glob per depth: the number of `../` that reaches features/ depends on it.
  ...[1, 2, 3].map((depth) => ({
    files: [`renderer/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: restrict(RENDERER_IS_A_BROWSER, DEXIE_ONLY_IN_DB, throughFeatureIndex(depth)),
  })),
  {
    files: ['electron/**/*.ts'],
    rules: boundary(['**/renderer/**', 'dexie'], 'electron/ never imports renderer/ or Dexie.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    rules: maxLines(300),
  },
  {
    // A test file is a list of short, independent cases about one subject; splitting it at
    // 300 would scatter one behaviour's cases across files. 500 is where the house style says
    // any file must be split by responsibility.
    files: ['tests/**/*.{ts,tsx}'],
    rules: maxLines(500),
  },
);
