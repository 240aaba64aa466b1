import { docsContentFiles } from './docs-content-files.js'
import { docsCssFile } from './docs-css-file.js'
import { type DocsFileOptions, docsPagesFile } from './docs-pages-file.js'
import { docsRouteLayoutFile } from './docs-route-layout-file.js'
import { docsSearchBoxFile } from './docs-search-box-file.js'
import { docsSearchEndpointFile } from './docs-search-endpoint-file.js'
import { docsSearchFile } from './docs-search-file.js'
import { docsThemeToggleFile } from './docs-theme-toggle-file.js'
import { docsTocFile } from './docs-toc-file.js'

export type { DocsFileOptions }

/**
 * `example:docs`: a docs section at `/docs`, a small copy of what the sveltedown site does. The
 * parts are in `src/lib/docs` (page list, search, components, CSS), the frame and the search
 * index in `src/routes/docs`, next to the pages. Nothing outside these two folders changes.
 */
export function docsExampleFiles(
  options: DocsFileOptions,
): Array<{ path: string; content: string }> {
  const lib = `${options.lib}/docs`
  const routes = `${options.routes}/docs`
  const script = options.language === 'ts' ? '.ts' : '.js'
  return [
    { path: `${lib}/pages${script}`, content: docsPagesFile(options) },
    { path: `${lib}/search${script}`, content: docsSearchFile(options.language) },
    { path: `${lib}/Search.svelte`, content: docsSearchBoxFile(options.language) },
    { path: `${lib}/Toc.svelte`, content: docsTocFile(options.language) },
    { path: `${lib}/ThemeToggle.svelte`, content: docsThemeToggleFile(options.language) },
    { path: `${lib}/docs.css`, content: docsCssFile() },
    { path: `${routes}/+layout.svelte`, content: docsRouteLayoutFile(options) },
    { path: `${routes}/search.json/+server${script}`, content: docsSearchEndpointFile(options) },
    ...docsContentFiles(options),
  ]
}
