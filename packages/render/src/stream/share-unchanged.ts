import type { Element, Properties, RootContent } from 'hast'
import type { Position } from 'unist'

/**
 * Reuse the previous update's nodes wherever the new parse of the tail gave the same thing: same
 * type, place, attributes and content. `<Markdown>` then sees the very same objects and leaves
 * their DOM alone, so a streamed update touches only the part of the last block that changed
 * (the last list item, the last row, the last words), not the whole block.
 */
export function shareUnchanged(next: RootContent[], previous: RootContent[]): RootContent[] {
  if (previous.length === 0) return next
  return next.map((node, index) => {
    const old = previous[index]
    return old ? share(node, old) : node
  })
}

function share(node: RootContent, old: RootContent): RootContent {
  if (node.type !== old.type) return node
  if (node.type === 'text' || node.type === 'comment') {
    const same =
      samePosition(node.position, old.position) && node.value === (old as typeof node).value
    return same ? old : node
  }
  if (node.type !== 'element') return node
  const previous = old as Element
  if (
    node.tagName !== previous.tagName ||
    !sameProperties(node.properties, previous.properties) ||
    !sameData(node.data, previous.data)
  ) {
    return node
  }
  // An element that grew (its end moved: the last paragraph, list or table of a stream) is new,
  // but its children that did not change are still the previous objects: only the growing path
  // is rendered again, not every row of the table or every link of the paragraph.
  let same =
    node.children.length === previous.children.length &&
    samePosition(node.position, previous.position)
  const children = node.children.map((child, index) => {
    const kept = previous.children[index] ? share(child, previous.children[index]!) : child
    if (kept !== previous.children[index]) same = false
    return kept
  }) as Element['children']
  if (same) return previous
  node.children = children
  return node
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a?.start.offset === b?.start.offset && a?.end.offset === b?.end.offset
}

function sameProperties(a: Properties, b: Properties): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    const x = a[key]
    const y = b[key]
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, index) => item !== y[index])) return false
    } else if (x !== y) return false
  }
  return true
}

function sameData(a: Element['data'], b: Element['data']): boolean {
  if (a === b) return true
  if (!a || !b) return false
  const x = a.codeBlock
  const y = b.codeBlock
  const sameBlock =
    x === y ||
    (x !== undefined &&
      y !== undefined &&
      x.code === y.code &&
      x.lang === y.lang &&
      x.meta === y.meta &&
      x.closed === y.closed)
  return sameBlock && a.component === b.component && a.closed === b.closed
}
