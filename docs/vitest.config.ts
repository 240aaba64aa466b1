import { defineConfig } from 'vitest/config'

// The site's tests visit the prerendered site in `build/` (made by `pnpm build`, which
// `pnpm test` runs first) in Chromium: one build, then pages.
export default defineConfig({
  test: {
    name: 'docs',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Pages compile, stream and hydrate on a machine shared with other tests: poll patiently.
    expect: { poll: { timeout: 20_000 } },
  },
})
