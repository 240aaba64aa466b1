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

/** Element name (`'a'`, `'h1'`, `'pre'`) to the Svelte component that renders it instead. */
export type Components = Partial<Record<string, Component<ElementProps>>>

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
