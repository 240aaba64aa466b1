import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A stable text for any option value, for a cache key. Plain data by value; functions by their
 * name and source text (a plugin's identity), unless they or an object carry a `cacheKey`
 * string, which is used instead (for plugins whose behaviour depends on values they close over).
 */
export function fingerprint(value: unknown, seen = new WeakSet<object>()): string {
  if (value === undefined) return 'u'
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return value.toString()
  const key = (value as { cacheKey?: unknown }).cacheKey
  if (typeof key === 'string') return `key:${JSON.stringify(key)}`
  if (typeof value === 'function') return `fn:${value.name}:${hash(value.toString())}`
  if (seen.has(value)) return 'cycle'
  seen.add(value)
  // A Standard Schema that describes itself as JSON Schema is keyed by that description.
  const schema = standardJsonSchema(value)
  if (schema) return schema
  if (value instanceof RegExp) return `re:${value.toString()}`
  if (value instanceof Date) return `date:${value.toISOString()}`
  if (Array.isArray(value)) return `[${value.map((item) => fingerprint(item, seen)).join(',')}]`
  if (value instanceof Map || value instanceof Set) {
    return `${value.constructor.name}(${fingerprint([...value], seen)})`
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([name, entry]) => `${JSON.stringify(name)}:${fingerprint(entry, seen)}`).join(',')}}`
}

/**
 * A Standard Schema (`content` option) keeps its checks where enumerating does not reach them
 * (zod's `.min(3)` and `.min(5)` look alike); the JSON Schema it can describe itself as
 * (Standard JSON Schema, zod 4) tells them apart. Refinements and transforms are code, so a
 * schema's `cacheKey` (the Vite plugin of @sveltedown/kit sets one from the content module's
 * files) is what covers them.
 */
function standardJsonSchema(value: object): string {
  // Schemas are immutable: each is described once per process.
  const known = describedSchemas.get(value)
  if (known !== undefined) return known
  const described = describeSchema(value)
  describedSchemas.set(value, described)
  return described
}

const describedSchemas = new WeakMap<object, string>()

function describeSchema(value: object): string {
  const standard = (value as { '~standard'?: { jsonSchema?: { input?: unknown } } })['~standard']
  const input = standard?.jsonSchema?.input
  if (typeof input !== 'function') return ''
  try {
    const described = input({ target: 'draft-2020-12', libraryOptions: { unrepresentable: 'any' } })
    return `schema:${JSON.stringify(described)}`
  } catch {
    return ''
  }
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

const fileHashes = new Map<string, { stamp: string; digest: string }>()

/**
 * The contents of a file the output depends on (a layout, a component), as a digest: cached by
 * size and modification time, so an unchanged file is not read again. A missing file is `missing`.
 */
export function fileDigest(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) return 'missing'
  const stamp = `${stat.size}:${stat.mtimeMs}`
  const known = fileHashes.get(file)
  if (known?.stamp === stamp) return known.digest
  const digest = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  fileHashes.set(file, { stamp, digest })
  return digest
}

let toolchain: string | undefined

/**
 * The versions of everything that shapes the output: sveltedown itself (its version and a digest
 * of its own built files, so a local edit of the compiler invalidates too), svelte, shiki,
 * unified and remark-parse.
 */
export function toolchainFingerprint(): string {
  toolchain ??= hash(toolchainVersions().join('\n'))
  return toolchain
}

/** `name@version` of each package in the key, and `build:<digest>` of sveltedown's files. */
export function toolchainVersions(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const ownRoot = path.resolve(here, '..')
  const versions = ['svelte', 'shiki', 'unified', 'remark-parse', 'micromark'].map(
    (name) => `${name}@${packageVersion(name)}`,
  )
  const packageJson = path.resolve(ownRoot, '../package.json')
  versions.push(`sveltedown@${readVersion(packageJson)}`, `build:${directoryDigest(ownRoot)}`)
  return versions
}

function packageVersion(name: string): string {
  try {
    let directory = path.dirname(fileURLToPath(import.meta.resolve(name)))
    while (directory !== path.dirname(directory)) {
      const file = path.join(directory, 'package.json')
      if (fs.existsSync(file)) {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
          name?: string
          version?: string
        }
        if (json.name === name) return json.version ?? '?'
      }
      directory = path.dirname(directory)
    }
  } catch {
    // Not installed (micromark is a dependency of a dependency): its parent's version counts.
  }
  return 'none'
}

function readVersion(file: string): string {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '?'
  } catch {
    return '?'
  }
}

/** A digest of the compiler's own `.js`/`.ts` files: sizes and modification times. */
function directoryDigest(directory: string): string {
  const parts: string[] = []
  for (const entry of fs.readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|ts)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue
    const file = path.join(entry.parentPath, entry.name)
    const stat = fs.statSync(file)
    parts.push(`${path.relative(directory, file)}:${stat.size}:${stat.mtimeMs}`)
  }
  return hash(parts.sort().join('\n'))
}
