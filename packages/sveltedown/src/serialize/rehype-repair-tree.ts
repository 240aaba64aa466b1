import type { ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'

type Node = Root | RootContent

/**
 * After the user's plugins: give the hast shapes plugins commonly make the fields every later
 * step reads. An element without `children` or `properties` (rehype-autolink-headings with
 * `content: { type: 'element', tagName: 'img' }`), text or a comment without `value`, and
 * `raw` HTML, which is parsed into elements here so that it is escaped for Svelte like
 * everything else and element replacement sees it. The walk is iterative: plugins may nest
 * deeper than the nesting limit allows the document to.
 */
export function rehypeRepairTree() {
  return (tree: Root) => {
    const stack: Node[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop() as Node
      if (!node || typeof node !== 'object') continue
      if (node.type === 'element') {
        if (!node.properties || typeof node.properties !== 'object') node.properties = {}
      }
      if (node.type === 'svelteElement' && !Array.isArray(node.attributes)) node.attributes = []
      if ((node.type === 'text' || node.type === 'comment') && typeof node.value !== 'string') {
        ;(node as { value: string }).value = node.value == null ? '' : String(node.value)
      }
      if (node.type === 'element' || node.type === 'svelteElement') {
        const parent = node as { children?: ElementContent[] }
        if (!parent.children) parent.children = []
      }
      if (!('children' in node)) continue
      if (!Array.isArray(node.children)) {
        ;(node as { children: unknown[] }).children = []
        continue
      }
      const children = node.children as RootContent[]
      for (let index = 0; index < children.length; index++) {
        const child = children[index]
        if (!child || typeof child !== 'object') {
          // `undefined` or a string where a node belongs: dropped.
          children.splice(index, 1)
          index--
          continue
        }
        if (child.type === 'raw') {
          const parsed = rawToHast(child.value)
          children.splice(index, 1, ...parsed)
          index += parsed.length - 1
          continue
        }
        if (child.type === 'element' && typeof child.tagName !== 'string') {
          // An element without a name stands for its children.
          const inner = Array.isArray(child.children) ? child.children : []
          children.splice(index, 1, ...inner)
          index--
          continue
        }
        stack.push(child)
      }
    }
  }
}

/**
 * `raw` HTML as hast, without positions (they would be offsets into the HTML string, not the
 * document). Parsed as the HTML parser would read it inside a `<template>`: a tag left open
 * is closed, a lone closing tag dropped.
 */
export function rawToHast(value: unknown): ElementContent[] {
  const tree = fromHtml(typeof value === 'string' ? value : String(value ?? ''), {
    fragment: true,
  })
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    delete node.position
    if ('children' in node) stack.push(...(node.children as Node[]))
  }
  return tree.children.filter((node) => node.type !== 'doctype') as ElementContent[]
}
