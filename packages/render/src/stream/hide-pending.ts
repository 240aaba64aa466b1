import type { Element, RootContent } from 'hast'

/**
 * Leave out the component elements the stream has not closed yet (no end tag, no `/>`), with
 * their content, so no half-built component appears; they show once their end tag arrives.
 * Changes the freshly parsed nodes in place and returns the ones to show.
 */
export function hidePending(nodes: RootContent[]): RootContent[] {
  const shown = nodes.filter((node) => !isPending(node))
  for (const node of shown) {
    if (node.type === 'element' && hasPending(node)) {
      node.children = hidePending(node.children) as Element['children']
    }
  }
  return shown
}

function isPending(node: RootContent): boolean {
  return node.type === 'element' && node.data?.component === true && !node.data.closed
}

function hasPending(node: Element): boolean {
  return node.children.some(
    (child) => isPending(child) || (child.type === 'element' && hasPending(child)),
  )
}
