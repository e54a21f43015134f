import path from 'node:path';
import {defineConfig} from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core against the built site,
// served with compression by scripts/static-server.mjs (started in global setup).
export default defineConfig({
  resolve: {alias: {'@site': path.resolve(__dirname)}},
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
