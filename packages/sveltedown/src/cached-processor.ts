import type { Processor } from 'unified'
import type { CompileOptions } from './options.js'
import { createProcessor } from './processor.js'

// Building a processor (and its parser extensions) costs more than compiling a small document,
// and callers usually pass a fresh options object per file (`{ ...options, filename }`). So
// processors are cached by the options' contents: primitives by value, plugins and other
// objects by identity.
const cache = new Map<string, Processor>()
const maxEntries = 32
const identities = new WeakMap<object, number>()
let nextIdentity = 0

export function cachedProcessor(options: Omit<CompileOptions, 'filename'>): Processor {
  const key = keyOf(options)
  let processor = cache.get(key)
  if (processor) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(key)
    cache.set(key, processor)
    return processor
  }
  processor = createProcessor(options)
  // Plugins are set up now, so one that fails to is never cached: unified would skip it on the
  // next use, and that document would compile without it.
  processor.freeze()
  cache.set(key, processor)
  if (cache.size > maxEntries) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return processor
}

function keyOf(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? `#${identity(value)}` : (JSON.stringify(value) ?? 'u')
  }
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`
  if (Object.getPrototypeOf(value) !== Object.prototype) return `#${identity(value)}`
  const entries = Object.entries(value)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return `{${entries.map(([name, entry]) => `${name}:${keyOf(entry)}`).join(',')}}`
}

function identity(value: object): number {
  let id = identities.get(value)
  if (id === undefined) {
    id = nextIdentity++
    identities.set(value, id)
  }
  return id
}
