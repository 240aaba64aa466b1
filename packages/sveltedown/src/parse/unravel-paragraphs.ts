import type { Paragraph, Parent, Root, RootContent } from 'mdast'

/**
 * A paragraph that holds only Svelte (elements, blocks, expressions) and white space is not a
 * paragraph the author meant: `<Badge>new</Badge>` or `{name}` alone on a line. Replace it with
 * its children so no `<p>` is emitted around them.
 */
export function unravelParagraphs(tree: Root): undefined {
  walk(tree)
}

function walk(parent: Parent): void {
  const children = parent.children as RootContent[]
  let index = 0
  while (index < children.length) {
    const child = children[index]
    if (child.type === 'paragraph' && isOnlySvelte(child)) {
      children.splice(index, 1, ...child.children)
      index += child.children.length
      continue
    }
    if ('children' in child) walk(child)
    index++
  }
}

function isOnlySvelte(paragraph: Paragraph): boolean {
  let svelte = false
  for (const child of paragraph.children) {
    if (
      child.type === 'svelteTextElement' ||
      child.type === 'svelteTextBlock' ||
      child.type === 'svelteTextExpression'
    ) {
      svelte = true
    } else if (!(child.type === 'text' && /^\s*$/.test(child.value))) {
      return false
    }
  }
  return svelte
}
