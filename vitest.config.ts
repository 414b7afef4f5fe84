import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tier: the engine, rules, page effect and CLI, on fixture pages parsed by happy-dom.
// WxtVitest wires `wxt/browser` to an in-memory fakeBrowser for code that touches extension APIs.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/setup-rule-book.ts'],
    testTimeout: 30_000,
  },
});
