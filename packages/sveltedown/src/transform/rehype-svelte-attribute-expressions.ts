import type { Element, Root } from 'hast'
import { expressionEnd, expressionStart } from '../parse/expression-markers.js'
import { escapeAttribute } from '../serialize/escape.js'

const marked = new RegExp(`${expressionStart}([\\s\\S]*?)${expressionEnd}`, 'g')

/**
 * Properties that hold expressions (`![Logo of {site}](/logo.png)` gives `alt`) become Svelte
 * attributes, `alt="Logo of {site}"`, so the expression runs instead of being lost.
 */
export function rehypeSvelteAttributeExpressions() {
  return (tree: Root) => {
    walk(tree, (node: Element) => {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value !== 'string' || !value.includes(expressionStart)) continue
        const name = key === 'className' ? 'class' : key.toLowerCase()
        const source = value
          .split(marked)
          .map((part, index) => (index % 2 === 1 ? `{${part}}` : escapeAttribute(part)))
          .join('')
        const dynamic = node.data?.svelteAttributes ?? []
        const after = Object.keys(node.properties).indexOf(key)
        delete node.properties[key]
        dynamic.push({ name, value: null, source: `${name}="${source}"`, after })
        node.data = { ...node.data, svelteAttributes: dynamic } as Element['data']
      }
    })
  }
}

/** Every element, parents first (a plain walk: cheaper than unist-util-visit on every node). */
function walk(parent: Root | Element, visitor: (node: Element) => void) {
  for (const child of parent.children) {
    if (child.type === 'element') visitor(child)
    if ('children' in child) walk(child as Element, visitor)
  }
}
