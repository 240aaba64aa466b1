import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'sv',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The end-to-end test's steps depend on each other, in order.
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
