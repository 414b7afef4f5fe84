import { defineConfig } from 'vitest/config';

// Slurm tier: the shipped array-job scripts on a one-node Slurm started by the test
// (Debian's slurm-wlm and munge, run as root; .ci/run installs them).
export default defineConfig({
  test: {
    include: ['test/slurm/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
