import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { type Processor, unified } from 'unified'
import type { CompileOptions } from './options.js'
import { remarkSvelte } from './parse/remark-svelte.js'
import { rehypeSvelte } from './serialize/rehype-svelte.js'
import { rehypeHeadingIds } from './transform/rehype-heading-ids.js'
import { rehypeSvelteLineBreaks } from './transform/rehype-svelte-line-breaks.js'
import { rehypeSvelteScope } from './transform/rehype-svelte-scope.js'
import { remarkFrontmatterData } from './transform/remark-frontmatter-data.js'
import { svelteHandlers } from './transform/svelte-handlers.js'

/**
 * The whole compile pipeline, in order. Each step is a unified plugin; read top to bottom.
 *
 * 1. parse: Markdown with Svelte (and frontmatter) to mdast
 * 2. frontmatter: parsed into `file.data.frontmatter`
 * 3. GFM, then the user's remark plugins
 * 4. to hast: Svelte nodes stay typed, HTML written in the document becomes hast elements
 * 5. built-in rehype steps: line breaks as written, heading ids and the headings list
 * 6. the user's rehype plugins
 * 7. scope: frontmatter keys usable in markup
 * 8. serialize and assemble: hast to a Svelte component with a sourcemap
 */
export function createProcessor(options: CompileOptions = {}): Processor {
  return unified()
    .use(remarkParse)
    .use(remarkSvelte, options)
    .use(remarkFrontmatterData, options)
    .use(options.gfm === false ? [] : [remarkGfm])
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype, {
      ...options.remarkRehypeOptions,
      allowDangerousHtml: true,
      handlers: { ...svelteHandlers, ...options.remarkRehypeOptions?.handlers },
    })
    .use(rehypeSvelteLineBreaks)
    .use(rehypeHeadingIds, { ids: options.headingIds })
    .use(options.rehypePlugins ?? [])
    .use(rehypeSvelteScope)
    .use(rehypeSvelte) as unknown as Processor
}
