// Lint rules for the whole workspace. shared/ may not import UI, canvas or
// Node modules: it is the domain model every side runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-bench/**',
      '.bench/**',
      '.tools/**',
      'data/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['client/public/sw.js'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Client components stay small: one concern per file (see ARCHITECTURE.md).
    files: ['client/src/**/*.tsx'],
    rules: { 'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'tldraw', '@tldraw/*'],
              message: 'shared/ is the domain model: no UI or canvas imports.',
            },
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'http', 'ws', 'better-sqlite3'],
              message: 'shared/ runs in browsers too: no Node imports.',
            },
          ],
        },
      ],
    },
  },
);
