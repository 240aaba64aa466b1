import type { Element } from 'hast'
import type { Components } from './types.js'

/**
 * The props of a component tag from the source (`<Chart data="[1,2]" title="Sales" />`): each
 * attribute as the string it was, or parsed as JSON when the entry lists it in `jsonProps`.
 * Invalid JSON leaves the prop out, so the component sees its default, never a wrong type.
 */
export function componentProps(
  element: Element,
  entry: Components[string],
): Record<string, unknown> {
  const json = typeof entry === 'object' ? entry.jsonProps : undefined
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(element.properties)) {
    if (!json?.includes(name)) {
      props[name] = value
      continue
    }
    try {
      props[name] = JSON.parse(String(value))
    } catch {
      // Left out, see above.
    }
  }
  return props
}
