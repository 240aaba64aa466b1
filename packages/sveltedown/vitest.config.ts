import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'
// The built preprocessor: `pnpm test` builds first, and this is exactly what users install.
import { sveltedown } from './dist/index.js'

export default defineConfig({
  plugins: [
    svelte({
      extensions: ['.svelte', '.svx', '.mds'],
      preprocess: [sveltedown()],
    }),
  ],
  server: { fs: { allow: ['../..'] } },
  test: {
    name: 'sveltedown',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
