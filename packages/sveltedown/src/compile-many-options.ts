import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PluggableList } from 'unified'
import type { CompileOptions } from './options.js'

/** A plugin given by module specifier (`'remark-math'`) or with options (`['rehype-katex', {}]`). */
export type PluginSpecifier = string | [specifier: string, ...options: unknown[]]

/**
 * Options of `compileMany()`: those of `compile()`, with plugins that may also be module
 * specifiers. Specifiers (and no functions anywhere) let documents compile in worker threads.
 */
export interface SerializableOptions
  extends Omit<CompileOptions, 'remarkPlugins' | 'rehypePlugins'> {
  remarkPlugins?: Array<PluggableList[number] | PluginSpecifier> | undefined
  rehypePlugins?: Array<PluggableList[number] | PluginSpecifier> | undefined
}

/**
 * Why the options cannot cross to a worker thread (a function: a plugin given as a function,
 * a custom frontmatter parser, a highlight function, Shiki transformers), or `undefined`.
 * `warningFilter` is applied in the main thread, so it does not count.
 */
export function whyNotSerializable(options: SerializableOptions): string | undefined {
  const { warningFilter: _, ...rest } = options
  return find(rest, 'options', new WeakSet())
}

function find(value: unknown, at: string, seen: WeakSet<object>): string | undefined {
  if (typeof value === 'function') return `${at} is a function`
  if (value === null || typeof value !== 'object') return undefined
  if (seen.has(value)) return undefined
  seen.add(value)
  const prototype = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    return `${at} is a class instance`
  }
  for (const [key, entry] of Object.entries(value)) {
    const found = find(entry, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`, seen)
    if (found) return found
  }
  return undefined
}

/** Import plugins given as module specifiers, resolved from `root`. */
export async function resolvePluginSpecifiers(
  options: SerializableOptions,
): Promise<CompileOptions> {
  const root = options.root ?? process.cwd()
  const require = createRequire(path.join(root, 'package.json'))
  const load = async (list: SerializableOptions['remarkPlugins']) => {
    if (!list) return undefined
    const plugins: PluggableList = []
    for (const item of list) {
      const specifier =
        typeof item === 'string' ? item : isSpecifierTuple(item) ? item[0] : undefined
      if (specifier === undefined) {
        plugins.push(item as PluggableList[number])
        continue
      }
      let url: string
      try {
        url = pathToFileURL(require.resolve(specifier)).href
      } catch {
        url = specifier
      }
      const plugin = ((await import(url)) as { default: unknown }).default
      const settings = typeof item === 'string' ? [] : (item as unknown[]).slice(1)
      plugins.push([plugin, ...settings] as PluggableList[number])
    }
    return plugins
  }
  const { remarkPlugins, rehypePlugins, ...rest } = options
  const remark = await load(remarkPlugins)
  const rehype = await load(rehypePlugins)
  return {
    ...rest,
    ...(remark ? { remarkPlugins: remark } : {}),
    ...(rehype ? { rehypePlugins: rehype } : {}),
  }
}

function isSpecifierTuple(item: unknown): item is [string, ...unknown[]] {
  return Array.isArray(item) && typeof item[0] === 'string'
}
