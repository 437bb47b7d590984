import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture's boundaries, as lint rules (ARCHITECTURE.md):
 * - shared/ imports no Node, no DOM, no electron: it runs in both processes and in tests.
 * - only the shell files in electron/ import `electron`; the rest is plain Node.
 * - renderer/ imports neither Node nor electron nor electron/ code: it talks to the API only.
 * - a board's export modules (renderer/boards/<board>/export/*.ts: its slides, sheets and CSV
 *   tables, next to the board's code) are pure like shared/: the service runs them to build the
 *   files, so they import only shared/, the translations and type-only library declarations.
 *   They are the only renderer code the main process may import (with the translations).
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const BOARD_EXPORT_FILES = ['renderer/boards/*/export/*.ts', 'renderer/facilitation/export/*.ts', 'renderer/boards/exports.ts', 'renderer/i18n/resources.ts'];
const SHELL_FILES = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/security.ts', 'electron/protocol.ts', 'electron/menu.ts', 'electron/window.ts', 'electron/exportSave.ts', 'electron/projectorWindow.ts'];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/bench/data/**', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the main process only through the API client.' },
            { name: 'better-sqlite3', message: 'Storage lives in the service.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is browser code: no Node modules.' })),
          ],
          patterns: [{ group: ['**/electron/*', '**/electron/**'], message: 'Use shared/ for code both sides need.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ runs everywhere: no electron.' },
            { name: 'better-sqlite3', message: 'shared/ runs everywhere: no storage.' },
            { name: 'react', message: 'shared/ holds logic, not views.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs everywhere: no Node modules.' })),
          ],
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing but itself.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ must not touch the DOM or Node.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: SHELL_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: `Only the shell files import electron (${SHELL_FILES.join(', ')}); the rest is plain Node.` }],
          patterns: [
            {
              // Any renderer path but the translations, the export registry and a board's export/
              // module (a report section, *Report*, is a view: not allowed either).
              regex: '^(?!.*/renderer/(i18n/resources|boards/exports|boards/[^/]+/export/(?![^/]*Report)[^/]+)$).*/renderer/',
              message: 'The main process imports no renderer code but the boards\' pure export modules (renderer/boards/exports.ts) and the translations.',
            },
          ],
        },
      ],
    },
  },
  {
    files: BOARD_EXPORT_FILES,
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Board export modules run in the service too: no electron.' },
            { name: 'better-sqlite3', message: 'Board export modules read ExportInput, not storage.' },
            { name: 'react', message: 'Board export modules build files, not views (the report section is a .tsx beside them).' },
            { name: 'react-i18next', message: 'Use the Translate function in ExportInput: exports speak the workshop\'s language.' },
            { name: 'zustand', message: 'Board export modules read ExportInput, never the window\'s store.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'Board export modules run in the renderer too: no Node modules.' })),
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'Use shared/ for code both sides need.' },
            { group: ['**/state/**', '**/ui/**', '**/api/**', '**/app/**', '**/workshop/**'], message: 'Board export modules read ExportInput only.' },
            { group: ['pptxgenjs', 'exceljs'], allowTypeImports: true, message: 'Type imports only: the service owns the writers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'Board export modules must not touch the DOM or Node.',
        })),
      ],
    },
  },
);
