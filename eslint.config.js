// @ts-check
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Dependencies point one way: renderer → shared, electron → shared; shared imports neither. */
const boundary = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
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
    rules: boundary(
      ['**/electron/**', 'electron', 'node:*'],
      'The renderer runs in a plain browser: it never imports electron or Node modules.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary(['**/renderer/**'], 'electron/ never imports renderer/.'),
  },
);
