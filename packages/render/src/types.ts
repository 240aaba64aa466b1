import type { Element, Root as HastRoot, Properties } from 'hast'
import type { Component, Snippet } from 'svelte'
import type { PluggableList } from 'unified'
import type { SanitizeSchema } from './sanitize/default-schema.js'

/** What a component or snippet that replaces an element receives. */
export type ElementProps = Record<string, unknown> & {
  /** The hast element being rendered, for anything the attributes do not say. */
  node: Element
  /** The element's rendered content; absent for void elements (`img`, `br`, ...). */
  children?: Snippet | undefined
}

// Components are typed loosely on purpose: a user's `Chart` takes its own props (`data: number[]`),
// which `Component<Record<string, unknown>>` would not accept.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type AnyComponent = Component<any>

/** A component with the attributes it wants parsed as JSON (`<Chart data="[1,2]" />`). */
export interface ComponentEntry {
  component: AnyComponent
  /** Attributes whose values are parsed as JSON; invalid JSON leaves the prop out. */
  jsonProps?: string[]
}

/**
 * Element name (`'a'`, `'h1'`, `'pre'`) to the Svelte component that renders it instead. A key
 * that starts with a capital letter (`Chart`) is also a tag the source may use (`<Chart />`):
 * its attributes arrive as string props, or parsed JSON for the names in `jsonProps`.
 */
export type Components = Partial<Record<string, AnyComponent | ComponentEntry>>

/** What a code renderer receives: the code block's text and whether it is complete. */
export interface CodeBlockProps {
  /** The code, without the fences and the final newline. */
  code: string
  /** The language named after the opening fence (`mermaid`). */
  lang: string
  /** The rest of the opening fence's info string, if any. */
  meta: string | undefined
  /** `false` while streaming, until the closing fence arrives. */
  complete: boolean
  /** The `<pre>` element, for anything else. */
  node: Element
}

/** Language name to a component, or `{ snippet }`, that renders its fenced code blocks. */
export type Languages = Partial<
  Record<string, AnyComponent | { snippet: Snippet<[CodeBlockProps]> }>
>

/** Element name to a snippet that renders it instead (`{#snippet h1(props)}`). */
export type ElementSnippets = Partial<Record<string, Snippet<[ElementProps]>>>

/** The subset of a Shiki highlighter that is used; `createHighlighterCoreSync()` returns one. */
export interface ShikiHighlighter {
  codeToHast(code: string, options: Record<string, unknown> & { lang: string }): HastRoot
  getLoadedLanguages(): string[]
}

/** Or highlight with your own function: return hast to use, or `undefined` to keep plain code. */
export type HighlightFunction = (code: string, lang: string | undefined) => HastRoot | undefined

export interface RenderOptions {
  /** GitHub Flavored Markdown: tables, task lists, strikethrough, autolinks, footnotes. Default `true`. */
  gfm?: boolean
  /** Give headings GitHub-style `id`s (`## Hello world` → `id="hello-world"`). Default `true`. */
  headingIds?: boolean
  /**
   * Sanitize the output to an allow-list. Default `true` (the default schema). `false` renders raw
   * HTML from the source as HTML: only for Markdown you trust. An object replaces the schema.
   */
  sanitize?: boolean | SanitizeSchema
  /** unified remark plugins, run on the mdast tree (`[plugin, options]` tuples allowed). */
  remarkPlugins?: PluggableList
  /** unified rehype plugins, run on the hast tree after sanitizing, ids and highlighting. */
  rehypePlugins?: PluggableList
  /** A synchronous Shiki highlighter (or a function) for fenced code with a language. */
  highlighter?: ShikiHighlighter | HighlightFunction
  /** Options passed to `highlighter.codeToHast` besides `lang`: `theme`, `themes`, `transformers`... */
  highlightOptions?: Record<string, unknown>
  /**
   * URL prefixes links may point to (`['https://example.com/docs']`), compared after resolving
   * the URL, by origin and path. `['*']` or leaving it out allows any link the protocols allow.
   */
  allowedLinkPrefixes?: string[]
  /** URL prefixes images may load from, as `allowedLinkPrefixes`. */
  allowedImagePrefixes?: string[]
  /**
   * Relative URLs are resolved against this origin (`https://example.com`). Without it, a prefix
   * list blocks relative URLs, since where they lead depends on the page.
   */
  defaultOrigin?: string
  /**
   * URL schemes links and images may use, without `:` (`['https', 'mailto']`; `'*'` for any).
   * Default: the schema's (`http https mailto tel xmpp irc ircs` for links, `http https` for
   * images). `javascript:` and `vbscript:` never pass.
   */
  allowedProtocols?: string[]
  /** Allow `data:` images of a raster type (png, gif, jpeg, webp, avif, bmp, ico). Default `false`. */
  allowDataImages?: boolean
  /** `target` for external links (`'_blank'`); they always get `rel="noopener noreferrer"`. */
  linkTarget?: string
}

export interface Heading {
  depth: number
  id: string
  text: string
}

/** One top-level piece of the rendered document. Its key survives appends while it is unchanged. */
export interface Block {
  key: string
  node: HastRoot['children'][number]
}

export type { Properties }

/** What a code renderer needs, kept on the `<pre>` element's `data` (mark-code-blocks.ts). */
export interface CodeBlockData {
  lang: string
  code: string
  meta: string | undefined
  /** The closing fence is in the source. */
  closed: boolean
}

declare module 'hast' {
  interface ElementData {
    codeBlock?: CodeBlockData
    /** A tag the source used because a component renders it (`<Chart />`), attributes as written. */
    component?: boolean
    /** The component tag's end tag (or `/>`) is in the source; while streaming, others are hidden. */
    closed?: boolean
  }
}
