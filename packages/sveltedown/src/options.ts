import type { Options as RemarkRehypeOptions } from 'remark-rehype'
import type { Options as SmartypantsOptions } from 'retext-smartypants'
import type { PluggableList } from 'unified'
import type { Diagnostic } from './compile.js'
import type { HighlightFunction, HighlightOptions } from './highlight/highlight-options.js'

/** Options of `compile()`, `createProcessor()` and the `sveltedown()` preprocessor. */
export interface CompileOptions {
  /** Path of the document, used in sourcemaps and diagnostics. */
  filename?: string | undefined
  /** Extensions the preprocessor compiles (default `['.svx', '.mds']`). */
  extensions?: string[] | undefined
  /** remark plugins, run on mdast after parsing (functions or `[plugin, options]`). */
  remarkPlugins?: PluggableList | undefined
  /** rehype plugins, run on hast after sveltedown's built-in steps. */
  rehypePlugins?: PluggableList | undefined
  /** Options passed to remark-rehype. */
  remarkRehypeOptions?: Omit<RemarkRehypeOptions, 'allowDangerousHtml'> | undefined
  /** Frontmatter: YAML by default; `false` turns it off. */
  frontmatter?: FrontmatterOptions | false | undefined
  /** GitHub Flavored Markdown (tables, task lists, strikethrough, autolinks, footnotes). Default on. */
  gfm?: boolean | undefined
  /** Add GitHub-style `id`s to headings and export `headings`. Default on. */
  headingIds?: boolean | undefined
  /** Parse indented code (four spaces). Default off: content inside components is indented. */
  indentedCode?: boolean | undefined
  /**
   * A layout component: one path, or named layouts (`{ blog: '...', _: '...' }`, `_` being the
   * fallback) picked with `layout: name` in frontmatter. Paths are absolute or relative to `root`.
   */
  layout?: string | Record<string, string> | false | undefined
  /** Element name to component path, for every document: `{ a: './src/lib/Link.svelte' }`. */
  components?: Record<string, string> | undefined
  /** Shiki options, a function returning HTML or hast, or `false`. Default: Shiki with github themes. */
  highlight?: HighlightOptions | HighlightFunction | false | undefined
  /** Typographic quotes, dashes and ellipses in prose. Default off. */
  smartypants?: boolean | SmartypantsOptions | undefined
  /** The project root that layout and component paths are relative to. Default `process.cwd()`. */
  root?: string | undefined
  /**
   * Keep a warning (return `true`) or silence it (`false`), like Svelte's `warningFilter`:
   * `(warning) => warning.code !== 'highlight_language_unknown'`.
   */
  warningFilter?: ((warning: Diagnostic) => boolean) | undefined
}

export interface FrontmatterOptions {
  /** `yaml` (default, fenced by `---`) or `toml` (fenced by `+++`). */
  type?: 'yaml' | 'toml' | undefined
  /** A different fence marker, such as `-` or `+`. */
  marker?: string | undefined
  /** A custom parser from the frontmatter text to its data. */
  parse?: ((value: string) => unknown) | undefined
}
