import type { PreprocessorGroup } from 'svelte/compiler'
import { compile } from '../compile.js'
import type { CompileOptions } from '../options.js'

/**
 * The Svelte preprocessor: compiles documents whose file name ends with one of `extensions`
 * (default `.svx`, `.mds`) and leaves every other file alone.
 *
 * ```js
 * preprocess: [vitePreprocess(), sveltedown()]
 * ```
 */
export function sveltedown(options: CompileOptions = {}): PreprocessorGroup {
  const extensions = options.extensions ?? ['.svx', '.mds']
  // Keep one options object so the compiled processor is reused for every file.
  const settings: CompileOptions = { ...options }
  return {
    name: 'sveltedown',
    async markup({ content, filename }) {
      if (!filename || !extensions.some((extension) => filename.endsWith(extension))) return
      const result = await compile(content, { ...settings, filename })
      return { code: result.code, map: result.map, dependencies: result.dependencies }
    },
  }
}
