import type { PreprocessorGroup } from 'svelte/compiler'
import { compile } from '../compile.js'
import type { CompileOptions } from '../options.js'
import { normalizeOptions } from '../transform/normalize-options.js'

/**
 * The Svelte preprocessor: compiles documents whose file name ends with one of `extensions`
 * (default `.svx`, `.mds`) and leaves every other file alone.
 *
 * ```js
 * preprocess: [vitePreprocess(), sveltedown()]
 * ```
 */
export function sveltedown(options: CompileOptions = {}): PreprocessorGroup {
  // mdsvex's `extension` counts too, as it does for `compile()`.
  const extensions = normalizeOptions(options).options.extensions ?? ['.svx', '.mds']
  const settings: CompileOptions = { ...options }
  return {
    name: 'sveltedown',
    async markup({ content, filename }) {
      if (!filename || !extensions.some((extension) => filename.endsWith(extension))) return
      const result = await compile(content, { ...settings, filename })
      // A preprocessor has no way to return warnings, so they are printed (filtered by
      // `warningFilter`); the Vite plugin of @sveltedown/kit reports them through Vite instead.
      for (const warning of result.diagnostics) {
        console.warn(
          `${filename}:${warning.start.line}:${warning.start.column} warning ${warning.code}: ${warning.message}\n${warning.frame}`,
        )
      }
      return { code: result.code, map: result.map, dependencies: result.dependencies }
    },
  }
}
