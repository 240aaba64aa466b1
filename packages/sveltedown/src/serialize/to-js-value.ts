/**
 * A value as JavaScript source that evaluates to an equal value: JSON where JSON is enough, and
 * constructors for what a schema's output may hold beyond it (`new Date(...)`, `new URL(...)`,
 * `new Map(...)`, `new Set(...)`, `123n`, regular expressions, `NaN`, `-0`, `Infinity`), so
 * `metadata` exports what the schema returned, not its JSON. Class instances are written as
 * the plain objects of their own enumerable properties and functions and symbols are left out,
 * as `JSON.stringify` does. `<` is escaped everywhere so a value can never close the script.
 */
/**
 * A value that is the default export of a module (an image imported as its URL): written as
 * `identifier`, which the component (or the `?metadata` module of @sveltedown/kit) imports
 * from `from`.
 */
export class ModuleImport {
  constructor(
    readonly identifier: string,
    readonly from: string,
  ) {}
}

export function toJsValue(value: unknown, seen = new Set<object>()): string {
  return write(value, seen).replace(/</g, '\\u003c')
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null || value === undefined) return value === null ? 'null' : 'undefined'
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0'
    return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : `${value}`
  }
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value !== 'object') return 'undefined'
  if (value instanceof ModuleImport) return value.identifier
  if (seen.has(value)) throw new TypeError('frontmatter holds a circular reference')
  seen.add(value)
  try {
    if (value instanceof Date) {
      const time = value.getTime()
      return `new Date(${Number.isNaN(time) ? 'NaN' : JSON.stringify(value.toISOString())})`
    }
    if (value instanceof URL) return `new URL(${JSON.stringify(value.href)})`
    if (value instanceof RegExp)
      return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`
    if (value instanceof Map) return `new Map(${write([...value], seen)})`
    if (value instanceof Set) return `new Set(${write([...value], seen)})`
    if (Array.isArray(value)) {
      // TypeScript reads a bare `[]` as `never[]`, so a correct `{tags.map(…)}` over an empty
      // list (a schema's default) would be a type error in `sveltedown check` and the editor.
      if (value.length === 0) return '/** @type {any[]} */ ([])'
      // Holes and leftovers (functions, symbols) are `null`, as in JSON.
      return `[${Array.from(value, (item) => (isWritable(item) ? write(item, seen) : 'null')).join(',')}]`
    }
    const entries = Object.entries(value).filter(
      ([, item]) => isWritable(item) && item !== undefined,
    )
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, seen)}`).join(',')}}`
  } finally {
    seen.delete(value)
  }
}

function isWritable(value: unknown): boolean {
  return typeof value !== 'function' && typeof value !== 'symbol'
}
