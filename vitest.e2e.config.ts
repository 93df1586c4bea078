import { defineConfig } from 'vitest/config';

/** npm run test:e2e: the built bot behind the Agents Playground, driven in headless Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/globalSetup.ts'],
    // Each file starts its own bot, playground and browser: one file at a time keeps the two cores free.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
