/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that tests resolve modules the way the site does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
