import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'kit',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The endurance test measures the heap after garbage collection.
    execArgv: ['--expose-gc'],
  },
})
