import type { StandardSchemaV1 } from '@standard-schema/spec'
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
  /**
   * Images written with a relative path, `![alt](./img.png)`, `![a](../assets/b.jpg)` or
   * `<img src="./a.png">`, are imported as modules, so Vite (or another bundler) copies them
   * with a hashed name and the `src` is that URL, in dev and after the build. So are the other
   * files the markup loads: the candidates of `srcset` on `<img>` and `<source>`, `src` of
   * `<video>`, `<audio>`, `<source>` and `<track>`, and `<video poster>`. A file that does
   * not exist is the error `asset_not_found` at the attribute. Only paths starting with `./` or
   * `../` count, and paths through an import alias (`$lib/images/a.png`, imported as written and
   * resolved by the bundler): absolute paths (`/logo.png`, served from `static/`), remote URLs
   * and paths with expressions are left as written.
   *
   * - `true` (default): `import Sveltedown_image_0 from './img.png'` and `src={Sveltedown_image_0}`.
   * - `'enhanced'`: an `<img>` with no `srcset` of its own becomes
   *   `<enhanced:img src="./img.png">` for `@sveltejs/enhanced-img` (add its
   *   `enhancedImages()` Vite plugin), which makes responsive, optimized images at build time.
   *   The Vite plugin of `@sveltedown/kit` falls back to `true`, with a warning, when
   *   `enhancedImages()` is not among the Vite plugins.
   * - `false`: every URL is left as written.
   *
   * Needs `filename` and a file system: without them (the browser entry), nothing changes.
   */
  images?: boolean | 'enhanced' | undefined
  /**
   * Links to other documents, `[next](./other.svx)` or `[x](../guide/intro.md#setup)`, become
   * the URL of their page in SvelteKit, through `resolve()` from `$app/paths` (so `paths.base`
   * applies). A link to a document that does not exist, or to a heading id the document does not
   * have, is the warning `link_broken` at the link. Default: on with `{ routes: 'src/routes' }`
   * when the project (`root`) has that folder, else off; the Vite plugin of `@sveltedown/kit`
   * uses the routes folder of SvelteKit's config (`kit.files.routes`). `false` turns it off.
   */
  links?: LinkOptions | false | undefined
  /**
   * Typed frontmatter: a [Standard Schema](https://standardschema.dev) (zod 4, valibot, arktype,
   * ...) per folder or per layout, validated when a document compiles. Keys are globs matched
   * against the document's path relative to `root` (`'src/routes/blog/**'`), or `layout:<name>`
   * for the documents that use a named layout; the first key that matches (in the order written)
   * applies. A value the schema rejects is the error `frontmatter_schema` at the value's line;
   * `metadata` (and `result.data.frontmatter`) is the schema's output, so defaults and transforms
   * (a date string to a `Date`) apply.
   *
   * ```js
   * content: { 'src/routes/blog/**': { schema: z.object({ title: z.string(), date: z.coerce.date() }) } }
   * ```
   */
  content?: Record<string, ContentOptions> | undefined
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

/** Where documents are pages, for links between documents (the `links` option). */
export interface LinkOptions {
  /**
   * The SvelteKit routes folder, absolute or relative to `root` (`src/routes`). A document
   * `src/routes/guide/(docs)/intro/+page.svx` is the page `/guide/intro`: route groups are
   * dropped, as SvelteKit does. A link may also name the page's folder as a document:
   * `../intro.svx` finds `../intro/+page.svx`. Default `src/routes` when the project has it.
   */
  routes?: string | undefined
  /**
   * Folders of documents that a dynamic route shows, and that route's URL with the document's
   * path (without extension) as its last segment: `{ 'src/lib/posts': '/blog' }` gives
   * `src/lib/posts/first-post.svx` the URL `/blog/first-post`.
   */
  folders?: Record<string, string> | undefined
}

/** One entry of the `content` option. */
export interface ContentOptions {
  /**
   * Validates and transforms the frontmatter: any Standard Schema. Its output is what the
   * document exports as `metadata`; values that are not JSON are written as JavaScript
   * (`new Date(...)`, `new URL(...)`, `Map`, `Set`, `BigInt`, `RegExp`).
   */
  schema: StandardSchemaV1
  /**
   * Frontmatter fields that hold images, as paths into the schema's output: `'cover'`,
   * `'author.avatar'`, `'gallery[]'` (every item of a list). Standard Schema has no way to mark
   * a field, so they are named here. A relative path (`cover: ./cover.png`) is imported as the
   * document's images are (see `images`): `metadata.cover` is the hashed URL, and a missing file
   * is `asset_not_found` at the value. In `result.data.frontmatter` such a value is
   * `{ identifier, from }`, the import it is written as.
   */
  images?: string[] | undefined
}
