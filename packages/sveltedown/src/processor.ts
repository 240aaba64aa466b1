import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { type Processor, unified } from 'unified'
import type { VFile } from 'vfile'
import { createDiagnostic } from './diagnostics/create-diagnostic.js'
import { rehypeHighlightCode } from './highlight/rehype-highlight-code.js'
import type { CompileOptions } from './options.js'
import { remarkIncrementalParse } from './parse/remark-incremental-parse.js'
import { remarkSvelte } from './parse/remark-svelte.js'
import { rehypeRepairTree } from './serialize/rehype-repair-tree.js'
import { rehypeSvelte } from './serialize/rehype-svelte.js'
import { linkExpressionHandlers } from './transform/link-expression-handlers.js'
import { normalizeOptions } from './transform/normalize-options.js'
import { rehypeCodePositions } from './transform/rehype-code-positions.js'
import { rehypeDocumentLinks } from './transform/rehype-document-links.js'
import { rehypeHeadingIds } from './transform/rehype-heading-ids.js'
import { rehypeRelativeAssets } from './transform/rehype-relative-assets.js'
import { rehypeSmartypants } from './transform/rehype-smartypants.js'
import { rehypeSvelteAttributeExpressions } from './transform/rehype-svelte-attribute-expressions.js'
import { rehypeSvelteComponents } from './transform/rehype-svelte-components.js'
import { rehypeSvelteLineBreaks } from './transform/rehype-svelte-line-breaks.js'
import { rehypeSvelteScope } from './transform/rehype-svelte-scope.js'
import { remarkFrontmatterData } from './transform/remark-frontmatter-data.js'
import { remarkFrontmatterSchema } from './transform/remark-frontmatter-schema.js'
import { remarkGfmAlerts } from './transform/remark-gfm-alerts.js'
import { remarkGfmSvelte } from './transform/remark-gfm-svelte.js'
import { remarkNestingLimit } from './transform/remark-nesting-limit.js'
import { remarkReadingTime } from './transform/remark-reading-time.js'
import { svelteHandlers } from './transform/svelte-handlers.js'
import { wrapUserPlugins } from './transform/wrap-user-plugins.js'

/**
 * The whole compile pipeline, in order. Each step is a unified plugin; read top to bottom.
 *
 * 1. parse: Markdown with Svelte (and frontmatter) to mdast, nested no deeper than is safe;
 *    after an edit of a long document, only the top-level blocks around the change
 * 2. frontmatter: parsed into `file.data.frontmatter`, and validated (and transformed) by the
 *    schema of the `content` option that matches the document
 * 3. GFM (with GitHub's alerts), then the user's remark plugins (each wrapped, so its errors name
 *    it), then the words counted for the reading time
 * 4. to hast: Svelte nodes stay typed, HTML written in the document becomes hast elements
 * 5. built-in rehype steps: line breaks as written, heading ids and the headings list, Shiki,
 *    typographic quotes
 * 6. the user's rehype plugins, then the hast shapes plugins commonly make (no `children`, no
 *    `properties`, `raw` HTML) made regular for the steps after
 * 7. relative images imported (hashed URLs), links to other documents made page URLs, elements
 *    replaced by components (layout exports, `components`), and the frontmatter keys in scope
 *    in the markup
 * 8. serialize and assemble: hast to a Svelte component with a sourcemap, in its layout
 */
export function createProcessor(input: CompileOptions = {}): Processor {
  const { options, notes } = normalizeOptions(input)
  const highlight = options.highlight ?? {}
  const remarkPlugins = wrapUserPlugins(options.remarkPlugins, 'remarkPlugins')
  const rehypePlugins = wrapUserPlugins(options.rehypePlugins, 'rehypePlugins')
  const userPlugins = remarkPlugins.length + rehypePlugins.length > 0
  return unified()
    .use(reportOptionNotes, notes)
    .use(remarkParse)
    .use(remarkSvelte, options)
    .use(remarkNestingLimit)
    .use(remarkIncrementalParse)
    .use(remarkFrontmatterData, options)
    .use(remarkFrontmatterSchema, options)
    .use(options.gfm === false ? [] : [remarkGfm, remarkGfmSvelte, remarkGfmAlerts])
    .use(remarkPlugins)
    .use(remarkReadingTime)
    .use(remarkRehype, {
      ...options.remarkRehypeOptions,
      allowDangerousHtml: true,
      handlers: {
        ...svelteHandlers,
        ...linkExpressionHandlers,
        ...options.remarkRehypeOptions?.handlers,
      },
    })
    .use(rehypeSvelteLineBreaks)
    .use(rehypeSvelteAttributeExpressions)
    .use(rehypeCodePositions)
    .use(rehypeHeadingIds, { ids: options.headingIds })
    .use(
      highlight === false
        ? []
        : [[rehypeHighlightCode, highlight, { memo: rehypePlugins.length === 0 }]],
    )
    .use(options.smartypants ? [[rehypeSmartypants, options.smartypants]] : [])
    .use(rehypePlugins)
    .use(userPlugins ? [rehypeRepairTree] : [])
    .use(rehypeRelativeAssets, options)
    .use(rehypeDocumentLinks, options)
    .use(rehypeSvelteComponents, options)
    .use(rehypeSvelteScope)
    .use(rehypeSvelte) as unknown as Processor
}

/**
 * Options that mdsvex names differently, and option names nobody reads, are reported on every
 * document that uses them.
 */
function reportOptionNotes(notes: ReturnType<typeof normalizeOptions>['notes']) {
  return (_: unknown, file: VFile) => {
    const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
    for (const note of notes) {
      ;(file.data.diagnostics ??= []).push(
        note.code === 'option_mdsvex'
          ? createDiagnostic(note.code, place, { message: note.message })
          : createDiagnostic(note.code, place, {
              name: note.name,
              closest: note.closest,
              known: knownOptionList,
            }),
      )
    }
  }
}

const knownOptionList =
  '`remarkPlugins`, `rehypePlugins`, `remarkRehypeOptions`, `layout`, `components`, `highlight`, `frontmatter`, `gfm`, `headingIds`, `indentedCode`, `smartypants`, `images`, `links`, `content`, `extensions`, `root`, `warningFilter`'
