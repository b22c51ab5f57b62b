import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    // Typed suites share one project service per worker; isolation would rebuild it per file.
    isolate: false,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
