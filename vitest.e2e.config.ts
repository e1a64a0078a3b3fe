import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts', 'test/proxies/**/*.proxy.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/reports/e2e.json' },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
