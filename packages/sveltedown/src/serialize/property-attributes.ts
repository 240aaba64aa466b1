import { stringify as commas } from 'comma-separated-tokens'
import type { Properties } from 'hast'
import { find, html, type Schema } from 'property-information'
import { stringify as spaces } from 'space-separated-tokens'
import type { Position } from 'unist'
import type { SvelteAttribute } from '../types.js'
import { escapeAttribute } from './escape.js'

/**
 * An element's attributes as written to Svelte: its static properties (possibly changed by
 * plugins) interleaved with its Svelte attributes in the order they were written. `after` says
 * how many static properties came before each Svelte attribute.
 */
export function propertyAttributes(
  properties: Properties,
  dynamic: Array<SvelteAttribute & { after: number }>,
  schema: Schema = html,
  positions: Record<string, Position | undefined> = {},
): SvelteAttribute[] {
  const result: SvelteAttribute[] = []
  let index = 0
  let written = 0
  const flush = (all: boolean) => {
    while (index < dynamic.length && (all || (dynamic[index]?.after ?? 0) <= written)) {
      const attribute = dynamic[index]
      if (attribute) result.push(attribute)
      index++
    }
  }
  flush(false)
  for (const key in properties) {
    const attribute = serializeProperty(key, properties[key], schema)
    if (attribute) result.push({ ...attribute, position: positions[key] })
    written++
    flush(false)
  }
  flush(true)
  return result
}

function serializeProperty(
  key: string,
  value: Properties[string],
  schema: Schema,
): SvelteAttribute | undefined {
  const info = find(schema, key)
  if (value === null || value === undefined || value === false) return undefined
  if (typeof value === 'number' && Number.isNaN(value)) return undefined
  if (value === true) return { name: info.attribute, value: true, source: info.attribute }
  const text = Array.isArray(value)
    ? (info.commaSeparated ? commas : spaces)(value.map(String))
    : String(value)
  return {
    name: info.attribute,
    value: text,
    source: `${info.attribute}="${escapeAttribute(text)}"`,
  }
}
