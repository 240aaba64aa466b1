import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compile } from 'sveltedown'
import { typeShadow } from '../../packages/check/src/type-shadow.ts'
import { loadCorpus } from '../compile/load-corpus.ts'

/** Installed SvelteKit, Vite, svelte-check, TypeScript and sveltedown: the example app's. */
const modules = path.resolve(
  import.meta.dirname,
  '../../fixtures/apps/kit-vite-config/node_modules',
)

export interface Projects {
  /** The corpus as `.svx` pages, checked by `sveltedown check`. */
  svx: string
  /** The same pages as `.svelte` files (each document's compiled output), for svelte-check. */
  svelte: string
  pages: number
  /** Corpus files sveltedown rejects (invalid frontmatter): left out of both projects. */
  rejected: number
  remove: () => void
}

/**
 * Two SvelteKit projects with the same pages: one written in `.svx`, one as `.svelte` files that
 * are what a person would write by hand for them (the compiled documents). Both use the example
 * app's `node_modules`, so the same versions check both.
 */
export async function createProjects(limit = Number.POSITIVE_INFINITY): Promise<Projects> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-bench-check-'))
  const svx = path.join(work, 'svx')
  const svelte = path.join(work, 'svelte')
  for (const root of [svx, svelte]) writeApp(root)
  let pages = 0
  let rejected = 0
  for (const [index, document] of loadCorpus(limit).entries()) {
    const slug = `${String(index).padStart(3, '0')}-${path.basename(document.path, '.md')}`
    try {
      const { code } = await compile(document.value, {
        filename: path.join(svx, 'src/routes', slug, '+page.svx'),
        highlight: false,
      })
      write(svx, `src/routes/${slug}/+page.svx`, document.value)
      // Typed as a person would type it (and as the shadow is): an empty `headings` list.
      write(svelte, `src/routes/${slug}/+page.svelte`, typeShadow(code))
      pages++
    } catch {
      rejected++
    }
  }
  return { svx, svelte, pages, rejected, remove: () => fs.rmSync(work, { recursive: true }) }
}

function writeApp(root: string) {
  write(root, 'package.json', '{ "name": "bench-check", "private": true, "type": "module" }\n')
  // The same Vite config in both: the .svelte project type-checks the same `vite.config.js` (which
  // imports @sveltedown/kit's types), so the two runs differ only in the pages.
  write(
    root,
    'vite.config.js',
    `import { sveltekit } from '@sveltejs/kit/vite'\nimport { sveltedown } from '@sveltedown/kit'\nimport { defineConfig } from 'vite'\n\nexport default defineConfig({ plugins: [sveltedown({ highlight: false, cache: { dir: '.sveltedown-cache' } }), sveltekit()] })\n`,
  )
  write(
    root,
    'tsconfig.json',
    `${JSON.stringify({ extends: './.svelte-kit/tsconfig.json', compilerOptions: { allowJs: true, checkJs: true, strict: true, skipLibCheck: true, moduleResolution: 'bundler' } }, null, 2)}\n`,
  )
  write(
    root,
    'src/app.html',
    '<!doctype html>\n<html><head>%sveltekit.head%</head><body>%sveltekit.body%</body></html>\n',
  )
  write(root, 'src/app.d.ts', '/// <reference types="@sveltedown/kit/types" />\nexport {}\n')
  fs.symlinkSync(modules, path.join(root, 'node_modules'))
}

function write(root: string, file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), content)
}
