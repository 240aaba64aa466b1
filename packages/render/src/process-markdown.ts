import GithubSlugger from 'github-slugger'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { resolveRaw } from './html/resolve-raw.js'
import type { Config } from './resolve-config.js'
import { sanitizeTree } from './sanitize/sanitize-tree.js'
import { addHeadingIds, type SluggedHeading } from './transform/add-heading-ids.js'
import { highlightCode } from './transform/highlight-code.js'

export interface Processed {
  mdast: MdastRoot
  hast: HastRoot
  headings: SluggedHeading[]
}

/**
 * The whole pipeline, in order: parse (micromark, GFM, syntax plugins) → remark plugins → hast →
 * raw HTML parsed into elements → sanitize → heading ids → highlight → rehype plugins.
 * Sanitizing comes before the built-in steps and the user's plugins: it cleans what the source
 * brought in, not the trusted output of Shiki or of plugins the app chose.
 * `slugs` carries the heading slugs already used earlier in the document (streaming).
 */
export function processMarkdown(
  source: string,
  config: Config,
  slugs: Record<string, number> = {},
): Processed {
  const mdast = fromMarkdown(source, {
    extensions: config.extensions,
    mdastExtensions: config.mdastExtensions,
  })
  config.runRemark?.(mdast)
  let hast = resolveRaw(toHast(mdast, { allowDangerousHtml: true }) as HastRoot)
  if (config.schema) hast = sanitizeTree(hast, config.schema)
  let slugger: GithubSlugger | undefined
  if (config.headingIds) {
    slugger = new GithubSlugger()
    slugger.occurrences = { ...slugs }
  }
  const headings = addHeadingIds(hast, slugger)
  if (config.highlighter) highlightCode(hast, config.highlighter, config.highlightOptions)
  config.runRehype?.(hast)
  return { mdast, hast, headings }
}
