import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension (.output/) in real Chromium and real Firefox.
// Browsers are heavy on a 2-core machine: files run one at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // Tests that run the engine in Node (the CLI's side of a comparison) use the full rule book, as the CLI does.
    setupFiles: ['test/setup-rule-book.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
