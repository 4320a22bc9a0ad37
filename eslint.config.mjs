import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const hostModules = ['fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'exceljs', 'react', 'react-dom', '@fluentui/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-output/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-template-curly-in-string': 'error',
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md §6).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum (STYLE.md §6).' },
      ],
    },
  },
  {
    // Office.js's Excel namespace belongs to one folder (DESIGN.md "Excel specifics"); src/core's stricter list follows.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/addin/excel/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/addin/excel calls Office.js (Excel.run).' }],
    },
  },
  {
    // The core is pure TypeScript: no host, no file system, no UI (DESIGN.md "Layers", STYLE.md §1).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/core must not use Node APIs.' },
            { group: hostModules, message: 'src/core must not import host libraries.' },
            {
              group: ['**/cli/**', '**/addin/**', '**/web/**', '**/worker/**', '**/xlsx/**', '**/bench/**'],
              message: 'src/core must not import the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Only src/addin/excel calls Office.js.' },
        { name: 'Office', message: 'Only src/addin calls Office.js.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'process', message: 'src/core has no Node process.' },
        { name: 'Buffer', message: 'src/core uses Uint8Array, not Buffer.' },
      ],
    },
  },
  {
    // exceljs ↔ snapshot adapters: usable in Node and the browser, so no file system here.
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'fs/*', 'path', 'os'], message: 'src/xlsx runs in the browser too.' },
            { group: ['**/cli/**', '**/addin/**', '**/web/**', '**/worker/**'], message: 'src/xlsx must not import hosts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs', 'bin/**'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    // Tool configuration files are read through their default export.
    files: ['*.config.mjs', '*.config.cjs', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
