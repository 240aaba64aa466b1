import fs from 'node:fs'
import path from 'node:path'
import { baseTsconfig, loadProject, shadowFolder, writeTsconfig } from '@sveltedown/check'
import type { CompileOptions } from 'sveltedown'

const configs = [
  'vite.config.ts',
  'vite.config.js',
  'vite.config.mts',
  'vite.config.mjs',
  'svelte.config.js',
  'svelte.config.mjs',
  'svelte.config.ts',
]

/** The folder of a document's project: the nearest one up with a Vite or Svelte config. */
export function projectRootOf(document: string, fallback: string): string {
  let folder = path.dirname(document)
  for (;;) {
    if (configs.some((name) => fs.existsSync(path.join(folder, name)))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) return fallback
    folder = parent
  }
}

/**
 * Where the language server keeps its shadows: a mirror of the project as `sveltedown check`
 * makes one (`.svelte-kit/sveltedown-language-server/`), with a tsconfig that extends the
 * project's, so that a shadow's imports resolve as its document's do.
 */
export function mirrorOf(root: string): string {
  return shadowFolder(root, 'sveltedown-language-server')
}

/** Whether a file is in a language server mirror (the shadows it writes). */
export function isShadowUri(uri: string): boolean {
  return /[\\/]\.(svelte-kit[\\/])?sveltedown-language-server[\\/]/.test(decodeURIComponent(uri))
}

const loaded = new Map<string, Promise<CompileOptions>>()

/**
 * The project's own sveltedown options, read from its config as `sveltedown check` reads them
 * (loading also syncs SvelteKit's generated types), and its mirror's tsconfig written; once per
 * project. A config that fails to load leaves the defaults, and `onError` says why.
 */
export function projectOptions(root: string, onError: (message: string) => void) {
  let options = loaded.get(root)
  if (!options) {
    options = setUp(root, onError)
    loaded.set(root, options)
  }
  return options
}

async function setUp(root: string, onError: (message: string) => void): Promise<CompileOptions> {
  let options: CompileOptions = {}
  try {
    // The disk cache is for builds; the editor compiles text that is not saved.
    const { cache: _cache, ...rest } = (await loadProject(root)).options as CompileOptions & {
      cache?: unknown
    }
    options = rest
  } catch (error) {
    onError(`sveltedown: could not load the config in ${root}: ${String(error)}`)
  }
  try {
    await writeTsconfig(root, mirrorOf(root), baseTsconfig(root, undefined))
  } catch (error) {
    onError(`sveltedown: no tsconfig for the shadows in ${root}: ${String(error)}`)
  }
  return options
}
