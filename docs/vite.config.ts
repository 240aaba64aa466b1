import { sveltedown } from '@sveltedown/kit'
import adapter from '@sveltejs/adapter-static'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'
import { generatedSections } from './plugins/generated-sections.js'
import { remarkLiveExamples } from './plugins/remark-live-examples.js'

// The documentation site: its pages are `.svx` (and the migration guide, `.md`) compiled by
// `@sveltedown/kit`, prerendered to static files.
export default defineConfig({
  plugins: [
    generatedSections(),
    sveltedown({
      extensions: ['.svx', '.md'],
      layout: './src/lib/DocLayout.svelte',
      remarkPlugins: [remarkLiveExamples],
      highlight: { langAlias: { svx: 'svelte' } },
      cache: false,
    }),
    sveltekit({
      adapter: adapter({ fallback: '404.html' }),
      compilerOptions: { runes: true },
      prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    }),
  ],
  server: { fs: { allow: ['..'] } },
})
