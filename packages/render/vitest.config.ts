import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  test: {
    name: 'render',
    include: ['test/**/*.test.ts'],
    // Browser tests share one Chromium per file; the machine has two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
