import type { Nodes } from 'hast'

/** The text of a hast node and its descendants, as `textContent` would give it. */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map(textContent).join('')
  return ''
}
