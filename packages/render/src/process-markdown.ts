import GithubSlugger from 'github-slugger'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { resolveRaw } from './html/resolve-raw.js'
import type { Config } from './resolve-config.js'
import { sanitizeTree } from './sanitize/sanitize-tree.js'
import { secureLinks } from './sanitize/secure-links.js'
import { addHeadingIds, type SluggedHeading } from './transform/add-heading-ids.js'
import { highlightCode } from './transform/highlight-code.js'
import { markCodeBlocks } from './transform/mark-code-blocks.js'

export interface Processed {
  mdast: MdastRoot
  hast: HastRoot
  headings: SluggedHeading[]
}

/**
 * The whole pipeline, in order: parse (micromark, GFM, syntax plugins) → remark plugins → hast →
 * raw HTML parsed into elements (component tags included) → sanitize → link and image policy →
 * heading ids → code blocks marked (language, complete) → highlight → rehype plugins.
 * Sanitizing comes before the built-in steps and the user's plugins: it cleans what the source
 * brought in, not the trusted output of Shiki or of plugins the app chose.
 * `slugs` carries the heading slugs already used earlier in the document (streaming).
 * `streaming`: the source is an unfinished stream, so an unclosed math block is shown as pending.
 */
export function processMarkdown(
  source: string,
  config: Config,
  slugs: Record<string, number> = {},
  streaming = false,
): Processed {
  const mdast = fromMarkdown(source, {
    extensions: config.extensions,
    mdastExtensions: config.mdastExtensions,
  })
  config.runRemark?.(mdast)
  let hast = resolveRaw(
    toHast(mdast, { allowDangerousHtml: true }) as HastRoot,
    config.componentTags,
  )
  if (config.schema) hast = sanitizeTree(hast, config.schema)
  if (config.urlPolicy) secureLinks(hast, config.urlPolicy)
  // Made on the first heading only: the slugs of a long streamed document are many, and most
  // tails have no heading.
  let slugger: GithubSlugger | undefined
  const slug = (text: string) => {
    if (!slugger) {
      slugger = new GithubSlugger()
      slugger.occurrences = { ...slugs }
    }
    return slugger.slug(text)
  }
  const headings = addHeadingIds(hast, config.headingIds ? slug : undefined)
  markCodeBlocks(hast, source, streaming)
  if (config.highlighter) highlightCode(hast, config.highlighter, config.highlightOptions)
  config.runRehype?.(hast)
  return { mdast, hast, headings }
}
