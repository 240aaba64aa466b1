import type { Element } from 'hast'
import { find, html } from 'property-information'
import type { Position } from 'unist'

/**
 * A static property becomes a Svelte attribute, `name={expression}`, in the place it was
 * written: among the element's other Svelte attributes, each placed after a count of static
 * properties (`after`), the ones written after it now follow one static property fewer.
 */
export function replaceProperty(
  node: Element,
  name: string,
  expression: string,
  position: Position | undefined,
) {
  const attribute = find(html, name).attribute
  const source = `${attribute}={${expression}}`
  const index = Object.keys(node.properties).indexOf(name)
  const dynamic = [...(node.data?.svelteAttributes ?? [])]
  let at = dynamic.findIndex((item) => item.after > index)
  if (at === -1) at = dynamic.length
  for (const item of dynamic.slice(at)) item.after--
  dynamic.splice(at, 0, {
    name: attribute,
    value: null,
    source,
    // Written in pieces, so only the start maps: the text is not a copy of the source.
    parts: [{ text: source, start: position?.start }],
    after: index,
  })
  delete node.properties[name]
  node.data = { ...node.data, svelteAttributes: dynamic } as Element['data']
}
