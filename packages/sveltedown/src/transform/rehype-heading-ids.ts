import GithubSlugger from 'github-slugger'
import type { Element, ElementContent, Root } from 'hast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { isWrittenElement } from './is-written-element.js'
import { keysInScope } from './rehype-svelte-scope.js'

export interface Heading {
  depth: number
  id: string
  text: string
}

declare module 'vfile' {
  interface DataMap {
    /** Headings of the document, in order, with their ids. */
    headings: Heading[]
    /** Where the text of each heading of `headings` starts, for the sourcemap of the export. */
    headingPositions: Array<Position | undefined>
  }
}

const headingDepth: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }

/**
 * Give headings GitHub-style ids, unique in the document, and collect `file.data.headings`.
 * Ids already set (by the author or a plugin) are kept and reserved.
 */
export function rehypeHeadingIds(options: { ids?: boolean | undefined } = {}) {
  const addIds = options.ids !== false
  return async (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger()
    const headings: Array<{ node: Element; depth: number }> = []
    const taken = new Set<string>()
    collect(tree.children, headings, taken)
    // Only keys in scope in the markup: a script's own `title` shadows the frontmatter's.
    const inScope = new Set(await keysInScope(tree, file))
    const frontmatter = Object.fromEntries(
      Object.entries(file.data.frontmatter ?? {}).filter(([key]) => inScope.has(key)),
    )
    file.data.headingPositions = headings.map(({ node }) => firstTextPosition(node))
    file.data.headings = headings.map(({ node, depth }) => {
      const text = textContent(node, frontmatter).replace(/\s+/g, ' ').trim()
      let id = typeof node.properties.id === 'string' ? node.properties.id : ''
      // A heading whose text gives no slug gets no id: an empty `id` attribute is invalid HTML.
      if (!id && addIds && !isWrittenElement(node)) {
        let slug = ''
        do slug = slugger.slug(text)
        while (slug && taken.has(slug))
        if (slug) {
          id = slug
          taken.add(id)
          node.properties.id = id
        }
      }
      return { depth, id, text }
    })
  }
}

function collect(
  nodes: Root['children'] | ElementContent[],
  headings: Array<{ node: Element; depth: number }>,
  taken: Set<string>,
) {
  for (const node of nodes) {
    // The footnotes section (GFM) has its own label heading, which is not the document's.
    if (node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes)
      continue
    if (node.type === 'element') {
      const depth = headingDepth[node.tagName]
      if (depth) headings.push({ node, depth })
      if (typeof node.properties.id === 'string') taken.add(node.properties.id)
    }
    if ('children' in node) collect(node.children as ElementContent[], headings, taken)
  }
}

/** Where a heading's text starts: its first text or expression, else the heading. */
function firstTextPosition(node: Element): Position | undefined {
  for (const child of node.children) {
    if (child.type === 'svelteExpression' && child.position) return child.position
    if (child.type === 'text' && child.position && child.value.trim()) return child.position
    if (child.type === 'element') {
      const inner = firstTextPosition(child)
      if (inner) return inner
    }
  }
  return node.position
}

/**
 * Text of a heading. Svelte expressions have no text until they run, except a frontmatter key
 * (`# {title}`), whose value is known now; other expressions are skipped.
 */
function textContent(node: ElementContent | Root, frontmatter: Record<string, unknown>): string {
  if (node.type === 'text') return node.value
  if (node.type === 'svelteExpression') {
    const value = node.kind === 'expression' ? frontmatter[node.value.trim()] : undefined
    return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  }
  if ('children' in node) {
    let result = ''
    for (const child of node.children as ElementContent[]) result += textContent(child, frontmatter)
    return result
  }
  return ''
}
