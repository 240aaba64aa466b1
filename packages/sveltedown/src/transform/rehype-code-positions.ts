import type { Element, Root } from 'hast'

/**
 * remark-rehype gives the text of a code block no position. It is the fence's content: from the
 * line after the opening fence to the end of the block, so the sourcemap can map it word by word.
 */
export function rehypeCodePositions() {
  return (tree: Root) => {
    walk(tree)
  }
}

// A plain walk: unist-util-visit's generality (parents, tests, skip/exit) costs more than the
// check itself on every element of every document.
function walk(parent: Root | Element) {
  for (const pre of parent.children) {
    if (pre.type !== 'element' && !('children' in pre)) continue
    if ('children' in pre) walk(pre as Element)
    if (pre.type !== 'element' || pre.tagName !== 'pre' || !pre.position) continue
    const code = pre.children[0]
    if (code?.type !== 'element' || code.tagName !== 'code') continue
    const text = code.children[0]
    if (text?.type !== 'text' || text.position) continue
    const { start, end } = pre.position
    text.position = { start: { line: start.line + 1, column: start.column }, end }
  }
}
