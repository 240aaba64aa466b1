import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'kit',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Pages hydrate on a machine shared with other tests (1.7 s seen under load): poll patiently.
    expect: { poll: { timeout: 20_000 } },
    // The endurance test measures the heap after garbage collection.
    execArgv: ['--expose-gc'],
  },
})
