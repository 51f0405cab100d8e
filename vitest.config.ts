// One vitest run over every package's unit and integration tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client'],
  },
});
