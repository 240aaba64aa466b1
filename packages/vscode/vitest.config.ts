import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'vscode',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
