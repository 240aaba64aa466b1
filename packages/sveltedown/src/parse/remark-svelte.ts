import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { Data, Processor } from 'unified'
import type { CompileOptions } from '../options.js'
import { destinationExpressionsFromMarkdown } from './destination-expressions.js'
import { frontmatterMatter } from './frontmatter-matter.js'
import { leadingFrontmatter } from './leading-frontmatter.js'
import { installLinearEditMap } from './linear-edit-map.js'
// Loaded for its effect: micromark's text resolver made linear (see the module).
import './linear-text-merge.js'
// Loaded for its effect: micromark's emphasis and strikethrough resolvers made linear.
import './linear-spans.js'
import { svelteFromMarkdown } from './svelte-from-markdown.js'
import { svelteSyntax } from './svelte-syntax.js'
import { svelteToMarkdown } from './svelte-to-markdown.js'

/**
 * remark plugin: parse Svelte in Markdown (and frontmatter). Registers the micromark syntax
 * extension and its mdast extensions the way remark-gfm and remark-mdx do.
 */
export function remarkSvelte(this: Processor, options: CompileOptions = {}) {
  installLinearEditMap()
  // remark-stringify declares `toMarkdownExtensions`; we do not depend on it, so say the shape here.
  const data = this.data() as Data & {
    toMarkdownExtensions?: ToMarkdownOptions[]
  }
  const micromarkExtensions = (data.micromarkExtensions ??= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])
  const toMarkdownExtensions = (data.toMarkdownExtensions ??= [])

  micromarkExtensions.push(
    svelteSyntax({ indentedCode: options.indentedCode, gfm: options.gfm !== false }),
  )
  fromMarkdownExtensions.push(svelteFromMarkdown(), destinationExpressionsFromMarkdown())
  toMarkdownExtensions.push(svelteToMarkdown())

  if (options.frontmatter !== false) {
    const matter = frontmatterMatter(options.frontmatter)
    micromarkExtensions.push(leadingFrontmatter(matter))
    fromMarkdownExtensions.push(frontmatterFromMarkdown(matter))
    toMarkdownExtensions.push(frontmatterToMarkdown(matter))
  }
}
