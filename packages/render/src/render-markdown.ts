import type { Root } from 'hast'
import { processMarkdown } from './process-markdown.js'
import { resolveConfig } from './resolve-config.js'
import { toHtml } from './serialize/to-html.js'
import type { Heading, RenderOptions } from './types.js'

export interface RenderResult {
  /** The HTML `<Markdown>` renders for the same source and options (components aside). */
  html: string
  /** The final hast tree, after sanitizing, ids, highlighting and rehype plugins. */
  tree: Root
  /** The document's headings, in order, with their ids. */
  headings: Heading[]
}

/**
 * Render Markdown to an HTML string without Svelte: for feeds, emails, search indexes, or a
 * server that wants the HTML. Same pipeline and defaults as `<Markdown>`, sanitized by default.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): RenderResult {
  const { hast, headings } = processMarkdown(source, resolveConfig(options))
  const comments =
    options.sanitize === false ||
    (typeof options.sanitize === 'object' && options.sanitize.allowComments)
  return {
    html: toHtml(hast, comments),
    tree: hast,
    headings: headings.map(({ depth, id, text }) => ({ depth, id, text })),
  }
}
