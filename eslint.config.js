import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What `npm run lint` checks: JavaScript's and TypeScript's recommended rules, and the two rules of
 * hooks (call them in the same order every render; name what an effect depends on). The format is
 * Prettier's (`.prettierrc.json`), checked by the same command.
 */
export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'test-results-*', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['e2e/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'src/**/*-plugin.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Unused names are mistakes, but for a leading underscore (a parameter kept for its position).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
);
