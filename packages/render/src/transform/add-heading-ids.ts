import type { Element, Root } from 'hast'
import type { Heading } from '../types.js'
import { textContent } from './text-content.js'

const headingTag = /^h([1-6])$/

/** A heading with where it starts, and whether its id came from the slugger (a stream replays those). */
export interface SluggedHeading extends Heading {
  offset: number
  slugged: boolean
}

/**
 * Give every heading without an `id` a GitHub-style slug, unique within the document through
 * `slug` (a shared slugger; none when heading ids are off), and list all headings. Headings are visited in document order, so the same
 * document always gets the same ids, whether rendered at once or streamed.
 */
export function addHeadingIds(
  tree: Root,
  slug: ((text: string) => string) | undefined,
): SluggedHeading[] {
  const headings: SluggedHeading[] = []
  const visit = (node: Element) => {
    const match = headingTag.exec(node.tagName)
    if (match) {
      const text = textContent(node)
      const offset = node.position?.start.offset ?? 0
      const id = node.properties.id
      if (slug && (id === undefined || id === null || id === '')) {
        const value = slug(text)
        node.properties.id = value
        headings.push({ depth: Number(match[1]), id: value, text, offset, slugged: true })
      } else {
        const existing = id === undefined || id === null ? '' : String(id)
        headings.push({ depth: Number(match[1]), id: existing, text, offset, slugged: false })
      }
      return
    }
    for (const child of node.children) if (child.type === 'element') visit(child)
  }
  for (const child of tree.children) if (child.type === 'element') visit(child)
  return headings
}
