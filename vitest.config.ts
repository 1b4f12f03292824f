import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // README examples import the package by name: test them against the source.
    alias: [
      {find: /^retext-article$/, replacement: fileURLToPath(new URL('src/index.ts', import.meta.url))},
      {find: /^retext-article\/(\w+)$/, replacement: fileURLToPath(new URL('src/', import.meta.url)) + '$1/index.ts'}
    ]
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run hundreds of digests: on a loaded machine (CI, or a
    // laptop doing other work) the default 5 s is a flaky timing assertion.
    // The timeout only catches a hang; speed is measured by `npm run bench`.
    testTimeout: 60_000,
    // `npm run coverage` (and `.ci/run`): line coverage of the sources, with
    // a floor. The CLI runs in child processes, which v8 coverage does not
    // follow, so its own tests count only what they import.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: {lines: 90}
    },
    // Slow tests with services of their own run in their own command.
    exclude: ['**/node_modules/**', '**/*.integration.test.ts']
  }
})
