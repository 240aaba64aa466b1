import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'bench',
    include: [
      'render/**/*.test.ts',
      'compile/**/*.test.ts',
      'pathological/**/*.test.ts',
      'site/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
})
