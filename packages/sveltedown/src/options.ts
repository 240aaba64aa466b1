import type { Options as RemarkRehypeOptions } from 'remark-rehype'
import type { PluggableList } from 'unified'

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
}

export interface FrontmatterOptions {
  /** `yaml` (default, fenced by `---`) or `toml` (fenced by `+++`). */
  type?: 'yaml' | 'toml' | undefined
  /** A different fence marker, such as `-` or `+`. */
  marker?: string | undefined
  /** A custom parser from the frontmatter text to its data. */
  parse?: ((value: string) => unknown) | undefined
}
