import type { Element, Root } from 'hast'
import type { Position } from 'unist'
import { expressionEnd, expressionStart } from '../parse/expression-markers.js'
import { escapeAttribute } from '../serialize/escape.js'
import type { SvelteAttribute } from '../types.js'

const marked = new RegExp(`${expressionStart}([\\s\\S]*?)${expressionEnd}`, 'g')

/**
 * Properties that hold expressions (`![Logo of {site}](/logo.png)` gives `alt`,
 * `[docs]({base}/docs)` gives `href`) become Svelte attributes, `alt="Logo of {site}"`, so the
 * expression runs instead of being lost; a value that is one expression is written
 * `src={src}`. Expressions whose place is known (`svelteExpressionPositions`) map to it.
 */
export function rehypeSvelteAttributeExpressions() {
  return (tree: Root) => {
    walk(tree, (node: Element) => {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value !== 'string' || !value.includes(expressionStart)) continue
        const name = key === 'className' ? 'class' : key.toLowerCase()
        const positions = node.data?.svelteExpressionPositions?.[key]
        const parts = toParts(name, value.split(marked), positions, node.position)
        const dynamic = node.data?.svelteAttributes ?? []
        const after = Object.keys(node.properties).indexOf(key)
        delete node.properties[key]
        const source = parts.map((part) => part.text).join('')
        dynamic.push({ name, value: null, source, parts, after })
        node.data = { ...node.data, svelteAttributes: dynamic } as Element['data']
      }
    })
  }
}

/**
 * The attribute in pieces: `name="`, then text and expressions in turn (split text: odd
 * indices are expressions), then `"`. The name maps to the element, each expression to where it
 * was written, and the text after it to just after it.
 */
function toParts(
  name: string,
  split: string[],
  positions: Position[] | undefined,
  element: Position | undefined,
): NonNullable<SvelteAttribute['parts']> {
  // Positions belong to these expressions only when there are as many.
  const places = positions?.length === (split.length - 1) / 2 ? positions : undefined
  const expression = (index: number) => ({
    text: `{${split[index]}}`,
    start: places?.[(index - 1) / 2]?.start,
    exact: places !== undefined,
  })
  if (split.length === 3 && split[0] === '' && split[2] === '') {
    return [{ text: `${name}=`, start: element?.start }, expression(1)]
  }
  const parts: NonNullable<SvelteAttribute['parts']> = [
    { text: `${name}="${escapeAttribute(split[0] ?? '')}`, start: element?.start },
  ]
  for (let index = 1; index < split.length; index += 2) {
    parts.push(expression(index))
    const text = escapeAttribute(split[index + 1] ?? '')
    if (text) parts.push({ text, start: places?.[(index - 1) / 2]?.end })
  }
  parts.push({ text: '"' })
  return parts
}

/** Every element, parents first (a plain walk: cheaper than unist-util-visit on every node). */
function walk(parent: Root | Element, visitor: (node: Element) => void) {
  for (const child of parent.children) {
    if (child.type === 'element') visitor(child)
    if ('children' in child) walk(child as Element, visitor)
  }
}
