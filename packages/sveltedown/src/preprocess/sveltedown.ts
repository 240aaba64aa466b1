import type { PreprocessorGroup } from 'svelte/compiler'
import { type CacheOptions, createCompileCache } from '../cache/create-compile-cache.js'
import { compile } from '../compile.js'
import type { CompileOptions } from '../options.js'
import { normalizeOptions } from '../transform/normalize-options.js'

/** Options of the preprocessor: the compile options, and the persistent cache. */
export interface PreprocessOptions extends CompileOptions {
  /**
   * Keep compiled documents on disk, keyed by source, options, plugins, layouts and versions,
   * so a rebuild only compiles what changed. Default on, in `node_modules/.cache/sveltedown`;
   * `false` turns it off.
   */
  cache?: boolean | CacheOptions | undefined
}

/**
 * The Svelte preprocessor: compiles documents whose file name ends with one of `extensions`
 * (default `.svx`, `.mds`) and leaves every other file alone.
 *
 * ```js
 * preprocess: [vitePreprocess(), sveltedown()]
 * ```
 */
export function sveltedown(
  options: PreprocessOptions = {},
): PreprocessorGroup & { options: PreprocessOptions } {
  // mdsvex's `extension` counts too, as it does for `compile()`.
  const extensions = normalizeOptions(options).options.extensions ?? ['.svx', '.mds']
  const { cache: cacheOption = true } = options
  const cache = cacheOption
    ? createCompileCache({ ...(cacheOption === true ? {} : cacheOption), root: options.root })
    : undefined
  const group: PreprocessorGroup & { options: PreprocessOptions } = {
    name: 'sveltedown',
    // Read by `sveltedown check`, which loads the real Svelte config instead of asking again;
    // the Vite plugin of @sveltedown/kit adds what SvelteKit's config says (the routes folder
    // that links resolve against), so they are read at each document.
    options,
    async markup({ content, filename }) {
      if (!filename || !extensions.some((extension) => filename.endsWith(extension))) return
      const { cache: _cache, ...settings } = group.options
      const documentOptions = { ...settings, filename }
      const result = cache
        ? await cache.compile(content, documentOptions)
        : await compile(content, documentOptions)
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
  return group
}
