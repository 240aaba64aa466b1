import type { Properties } from 'hast'

/**
 * HTML's boolean attributes. On the client Svelte sets these as DOM properties, so they must stay
 * `true`, not `''` (`input.checked = ''` would uncheck a task list item that the server checked).
 */
const booleanAttributes = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
])

const special: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
}

/** The HTML attribute name of a hast property name (`className` → `class`, `dataFootnoteRef` → `data-footnote-ref`). */
export function attributeName(property: string): string {
  const known = special[property]
  if (known) return known
  if (/^data[A-Z]/.test(property)) {
    return `data${property.slice(4).replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}`
  }
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`
  return property.toLowerCase()
}

/** The hast property for an HTML attribute, the inverse of {@link attributeName}. */
export function propertyOf(attribute: string, value: string): [string, Properties[string]] {
  if (attribute === 'class') return ['className', value.split(/[\t\n\f\r ]+/).filter(Boolean)]
  if (attribute === 'for') return ['htmlFor', value]
  if (attribute === 'http-equiv') return ['httpEquiv', value]
  if (attribute === 'accept-charset') return ['acceptCharset', value]
  if (booleanAttributes.has(attribute)) return [attribute, true]
  if (/^data-[a-z]/.test(attribute)) {
    return [
      `data${attribute.slice(4).replace(/-([a-z])/g, (_, char: string) => char.toUpperCase())}`,
      value,
    ]
  }
  if (/^aria-[a-z]/.test(attribute)) {
    return [`aria${attribute.charAt(5).toUpperCase()}${attribute.slice(6)}`, value]
  }
  return [attribute, value]
}

/** Attribute values as Svelte and the DOM want them; `false`, `null` and `undefined` drop out. */
export function toAttributes(properties: Properties | undefined): Record<string, string | true> {
  const attributes: Record<string, string | true> = {}
  if (!properties) return attributes
  for (const [property, value] of Object.entries(properties)) {
    if (value === false || value === null || value === undefined) continue
    const name = attributeName(property)
    if (value === true) {
      attributes[name] = booleanAttributes.has(name) ? true : ''
    } else if (Array.isArray(value)) {
      attributes[name] = value.join(name === 'accept' || name === 'coords' ? ',' : ' ')
    } else {
      attributes[name] = booleanAttributes.has(name) && value === '' ? true : String(value)
    }
  }
  return attributes
}
