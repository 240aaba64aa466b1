import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { PreprocessorGroup } from 'svelte/compiler'
import { defineConfig } from 'vitest/config'
// The built preprocessor: `pnpm test` builds first, and this is exactly what users install.
import { sveltedown } from './dist/index.js'
import { fixtureOptions } from './test/utils/fixture-options.js'

/** The preprocessor, with the options of the fixture a document belongs to. */
const fixturePreprocessor: PreprocessorGroup = {
  name: 'sveltedown-fixtures',
  async markup({ content, filename }) {
    if (!filename?.endsWith('.svx')) return
    const options = await fixtureOptions(path.dirname(filename))
    // Compiled every time: the tests are about the compiler, not the cache.
    return sveltedown({ ...options, cache: false }).markup?.({ content, filename })
  },
}

export default defineConfig({
  plugins: [
    svelte({
      extensions: ['.svelte', '.svx', '.mds'],
      preprocess: [fixturePreprocessor],
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
