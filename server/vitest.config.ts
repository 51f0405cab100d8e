import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // The fault tests spawn servers; keep files in parallel but bounded on 2 cores.
    maxWorkers: 2,
  },
});
