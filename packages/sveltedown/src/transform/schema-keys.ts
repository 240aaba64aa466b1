/** Keys found per schema object: documents that share a `content` entry ask once. */
const found = new WeakMap<object, readonly string[]>()

/**
 * The top-level keys an object schema declares, optional ones included (`[]` when it cannot
 * tell). A frontmatter key that the schema declares but a document leaves out is still a name
 * in the markup (`{subtitle ?? ''}`), as the generated `metadata` type says it may be there.
 *
 * Read from Standard JSON Schema (`~standard.jsonSchema`: zod 4, arktype), whose output lists
 * every property; for libraries without it, the object's own description of its entries
 * (valibot's `entries`, zod 3's `shape`).
 */
export function schemaKeys(schema: unknown): readonly string[] {
  // arktype's types are functions.
  if (!schema || (typeof schema !== 'object' && typeof schema !== 'function')) return []
  let keys = found.get(schema)
  if (!keys) {
    keys = readKeys(schema as Record<string, unknown>)
    found.set(schema, keys)
  }
  return keys
}

interface JsonSchemaConverter {
  output?: (options: { target: string; libraryOptions?: Record<string, unknown> }) => unknown
}

function readKeys(schema: Record<string, unknown>): string[] {
  const standard = schema['~standard'] as { jsonSchema?: JsonSchemaConverter } | undefined
  const converter = standard?.jsonSchema
  if (typeof converter?.output === 'function') {
    try {
      // zod throws on types JSON Schema cannot express (a date) unless told to write `{}`.
      const json = converter.output({
        target: 'draft-2020-12',
        libraryOptions: { unrepresentable: 'any' },
      }) as { properties?: unknown } | undefined
      if (isRecord(json?.properties)) return Object.keys(json.properties)
    } catch {
      // The library cannot describe this schema: fall back to its own fields.
    }
  }
  for (const field of ['entries', 'shape']) {
    const entries = schema[field]
    if (isRecord(entries)) return Object.keys(entries)
  }
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
