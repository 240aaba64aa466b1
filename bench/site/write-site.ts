/**
 * Writes the corpus as a site, one of four ways: SvelteKit with `+page.svx` pages and one
 * `+layout.svelte`, compiled by sveltedown (its Vite plugin), mdsvex with its defaults (Prism),
 * or mdsvex with the Shiki recipe; or Astro with the same pages as `.md` and one layout, its
 * default Markdown pipeline and Shiki. Every cache is inside the site folder, so a cold build
 * removes them all. `node_modules` is the bench package's.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from './select-pages.ts'

export const ways = ['sveltedown', 'mdsvex', 'mdsvex-shiki', 'astro'] as const
export type Way = (typeof ways)[number]

export const wayNames: Record<Way, string> = {
  sveltedown: 'SvelteKit + sveltedown (defaults: Shiki, two themes)',
  mdsvex: 'SvelteKit + mdsvex 0.12.8 (defaults: Prism)',
  'mdsvex-shiki': 'SvelteKit + mdsvex 0.12.8 + Shiki recipe (two themes)',
  astro: 'Astro 7 (.md, default pipeline, Shiki)',
}

/** Folders a cold build starts without: outputs and every cache. */
export const cacheFolders = [
  '.svelte-kit',
  'build',
  'dist',
  '.vite-cache',
  '.sveltedown-cache',
  '.astro',
  '.astro-cache',
]

const benchModules = path.resolve(import.meta.dirname, '../node_modules')

export function writeSite(directory: string, way: Way, pages: Page[]): void {
  fs.rmSync(directory, { recursive: true, force: true })
  fs.mkdirSync(directory, { recursive: true })
  fs.symlinkSync(benchModules, path.join(directory, 'node_modules'))
  write(directory, 'package.json', `${JSON.stringify({ private: true, type: 'module' })}\n`)
  if (way === 'astro') writeAstro(directory, pages)
  else writeKit(directory, way, pages)
}

/** Where a page's source is, for the dev edits. */
export function pagePath(way: Way, slug: string): string {
  return way === 'astro' ? `src/pages/${slug}.md` : `src/routes/${slug}/+page.svx`
}

function writeKit(directory: string, way: Exclude<Way, 'astro'>, pages: Page[]) {
  const kit = `kit: {
    adapter: adapter(),
    // Not the build's time (the default), so two builds of the same pages can be compared.
    version: { name: 'site-bench' },
    prerender: { handleHttpError: 'warn', handleMissingId: 'ignore', handleUnseenRoutes: 'ignore' },
  },`
  if (way === 'sveltedown') {
    write(
      directory,
      'vite.config.js',
      `import { sveltedown } from '@sveltedown/kit'
import { sveltekit } from '@sveltejs/kit/vite'
export default {
  cacheDir: '.vite-cache',
  plugins: [sveltedown({ cache: { dir: '.sveltedown-cache' } }), sveltekit()],
}
`,
    )
    write(
      directory,
      'svelte.config.js',
      `import adapter from '@sveltejs/adapter-static'
export default {
  ${kit}
}
`,
    )
  } else {
    write(
      directory,
      'vite.config.js',
      `import { sveltekit } from '@sveltejs/kit/vite'
export default { cacheDir: '.vite-cache', plugins: [sveltekit()] }
`,
    )
    write(
      directory,
      'svelte.config.js',
      way === 'mdsvex'
        ? `import adapter from '@sveltejs/adapter-static'
import { mdsvex } from 'mdsvex'
export default {
  extensions: ['.svelte', '.svx'],
  preprocess: [mdsvex({ extensions: ['.svx'] })],
  ${kit}
}
`
        : `import adapter from '@sveltejs/adapter-static'
import { escapeSvelte, mdsvex } from 'mdsvex'
import { bundledLanguages, createHighlighter } from 'shiki'

// mdsvex's Shiki recipe, doing the work sveltedown's defaults do: one highlighter, the github
// light and dark themes, each language loaded when a fence first asks for it.
const themes = { light: 'github-light', dark: 'github-dark' }
const highlighter = await createHighlighter({ themes: Object.values(themes), langs: [] })

export default {
  extensions: ['.svelte', '.svx'],
  preprocess: [
    mdsvex({
      extensions: ['.svx'],
      highlight: {
        async highlighter(code, lang) {
          let language = lang && lang in bundledLanguages ? lang : 'text'
          if (language !== 'text') await highlighter.loadLanguage(language)
          const html = escapeSvelte(highlighter.codeToHtml(code, { lang: language, themes }))
          return \`{@html \\\`\${html}\\\` }\`
        },
      },
    }),
  ],
  ${kit}
}
`,
    )
  }
  write(
    directory,
    'src/app.html',
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    %sveltekit.head%
  </head>
  <body>
    <div style="display: contents">%sveltekit.body%</div>
  </body>
</html>
`,
  )
  write(directory, 'src/routes/+layout.js', 'export const prerender = true\n')
  write(
    directory,
    'src/routes/+layout.svelte',
    `<script>
  let { children } = $props()
</script>

<nav><a href="/">Documentation</a></nav>
<main>{@render children()}</main>
`,
  )
  write(
    directory,
    'src/routes/+page.svelte',
    `<ul>\n${pages.map((page) => `  <li><a href="/${page.slug}">${page.slug}</a></li>`).join('\n')}\n</ul>\n`,
  )
  for (const page of pages) write(directory, pagePath('sveltedown', page.slug), page.source)
}

function writeAstro(directory: string, pages: Page[]) {
  write(
    directory,
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config'
export default defineConfig({ cacheDir: './.astro-cache', vite: { cacheDir: '.vite-cache' } })
`,
  )
  write(
    directory,
    'src/layouts/Base.astro',
    `---
const { frontmatter } = Astro.props
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body>
    <nav><a href="/">Documentation</a></nav>
    <main><slot /></main>
  </body>
</html>
`,
  )
  write(
    directory,
    'src/pages/index.astro',
    `<ul>\n${pages.map((page) => `  <li><a href="/${page.slug}">${page.slug}</a></li>`).join('\n')}\n</ul>\n`,
  )
  for (const page of pages) {
    const layout = 'layout: ../layouts/Base.astro'
    const source = page.source.startsWith('---\n')
      ? page.source.replace('---\n', `---\n${layout}\n`)
      : `---\n${layout}\n---\n\n${page.source}`
    write(directory, pagePath('astro', page.slug), source)
  }
}

function write(directory: string, file: string, text: string) {
  const full = path.join(directory, file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, text)
}
