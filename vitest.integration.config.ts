import {defineConfig} from 'vitest/config'

// Slow tests that start services of their own (`npm run test:queue`); the
// default config leaves them out so `npm test` stays fast.
export default defineConfig({
  test: {
    include: ['test/**/*.integration.test.ts'],
    // They start processes and measure nothing: one file at a time is fairest to a small machine.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000
  }
})
