import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * remark-rehype gives the text of a code block no position. It is the fence's content: from the
 * line after the opening fence to the end of the block, so the sourcemap can map it word by word.
 */
export function rehypeCodePositions() {
  return (tree: Root) => {
    visit(tree, 'element', (pre: Element) => {
      if (pre.tagName !== 'pre' || !pre.position) return
      const code = pre.children[0]
      if (code?.type !== 'element' || code.tagName !== 'code') return
      const text = code.children[0]
      if (text?.type !== 'text' || text.position) return
      const { start, end } = pre.position
      text.position = { start: { line: start.line + 1, column: start.column }, end }
    })
  }
}
