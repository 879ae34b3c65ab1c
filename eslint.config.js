// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// ESLint's, typescript-eslint's and eslint-plugin-astro's recommended rules; `npm run lint` allows 0 warnings.
export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-output/', 'test-results/', 'playwright-report/', '.dist-*/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
);
