import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'language-server',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
