import type { Pluggable, PluggableList, Preset, Processor } from 'unified'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { SveltedownError } from '../diagnostics/sveltedown-error.js'
import { isStackOverflow, positionOf, reasonOf } from '../diagnostics/to-sveltedown-error.js'

type Kind = 'remarkPlugins' | 'rehypePlugins'
// biome-ignore lint/suspicious/noExplicitAny: a plugin of any shape, as unified accepts it.
type AnyPlugin = (this: Processor, ...parameters: any[]) => any
type Callback = (error?: unknown, tree?: unknown, file?: unknown) => void
type AnyTransformer = (tree: unknown, file: VFile, next?: Callback) => unknown

const documentStart: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/**
 * The user's plugins, each wrapped so that an error it throws (when it is set up, or while it
 * transforms, synchronously, through a promise or through its callback) becomes a
 * `plugin_error` naming it, and a plugin written for remark 12 or older a `plugin_incompatible`.
 * Without this, an error from a plugin reads as if sveltedown had failed, and nothing says which
 * of a dozen plugins to look at.
 */
export function wrapUserPlugins(list: PluggableList | undefined, kind: Kind): PluggableList {
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) throw notAPlugin(kind, list)
  return list.map((entry, index) => wrapPluggable(entry, `${kind}[${index}]`))
}

function wrapPluggable(entry: Pluggable, at: string): Pluggable {
  if (typeof entry === 'function') return wrapPlugin(entry as AnyPlugin, at)
  if (Array.isArray(entry)) {
    const [plugin, ...parameters] = entry as unknown[]
    if (typeof plugin !== 'function') throw notAPlugin(at, plugin)
    return [wrapPlugin(plugin as AnyPlugin, at), ...parameters] as Pluggable
  }
  if (entry && typeof entry === 'object' && ('plugins' in entry || 'settings' in entry)) {
    const preset = entry as Preset
    return {
      ...preset,
      plugins: preset.plugins
        ? preset.plugins.map((inner, index) => wrapPluggable(inner, `${at}.plugins[${index}]`))
        : preset.plugins,
    }
  }
  throw notAPlugin(at, entry)
}

function notAPlugin(at: string, value: unknown): SveltedownError {
  return createDiagnostic('plugin_error', documentStart, {
    plugin: `\`${at}\``,
    value: typeof value === 'string' ? `string ${JSON.stringify(value)}` : `\`${String(value)}\``,
    hint: typeof value === 'string' ? ' (import the plugin and pass the function)' : undefined,
  })
}

// One wrapper per plugin and place, made once: the processor cache keys on the user's plugins,
// and a wrapper kept per place names the place. (A plugin listed twice in one list is attached
// twice, where unified would merge the two entries' options.)
const wrappers = new WeakMap<AnyPlugin, Map<string, AnyPlugin>>()

function wrapPlugin(plugin: AnyPlugin, at: string): AnyPlugin {
  // Its name (packages often name theirs `plugin` or `attacher`) and its place in the options.
  const label = plugin.name ? `\`${plugin.name}\` at \`${at}\`` : `at \`${at}\``
  const named = `${at.startsWith('remark') ? 'remark' : 'rehype'} plugin ${label}`
  const key = at
  let byKey = wrappers.get(plugin)
  if (!byKey) wrappers.set(plugin, (byKey = new Map()))
  const existing = byKey.get(key)
  if (existing) return existing
  const wrapped = function (this: Processor, ...parameters: unknown[]) {
    const extensionsBefore = extensionCount(this)
    let transformer: unknown
    try {
      transformer = plugin.apply(this, parameters)
    } catch (error) {
      const old = oldApi(plugin)
      if (old && !(error instanceof SveltedownError)) throw incompatible(named, old, error)
      throw pluginError(named, 'while it was set up', error)
    }
    if (typeof transformer !== 'function') {
      // A remark 12 plugin that checks for the old parser and quietly does nothing.
      const old = oldApi(plugin)
      if (old && extensionCount(this) === extensionsBefore) {
        throw incompatible(named, old)
      }
      return transformer
    }
    return wrapTransformer(transformer as AnyTransformer, named)
  } as AnyPlugin
  Object.defineProperty(wrapped, 'name', { value: plugin.name })
  byKey.set(key, wrapped)
  return wrapped
}

/**
 * The transformer, always called with a callback (so unified waits for it in every style), and
 * its error, however it comes, turned into a `plugin_error`.
 */
function wrapTransformer(transformer: AnyTransformer, named: string) {
  return function (this: unknown, tree: unknown, file: VFile, next: Callback) {
    let settled = false
    const done: Callback = (error, nextTree, nextFile) => {
      if (settled) return
      settled = true
      if (error) next(pluginError(named, 'while it transformed the document', error))
      else next(undefined, nextTree, nextFile)
    }
    try {
      if (transformer.length > 2) {
        transformer.call(this, tree, file, done)
        return
      }
      const result = transformer.call(this, tree, file)
      if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
        ;(result as PromiseLike<unknown>).then(
          (value) => done(undefined, value),
          (error: unknown) => done(error ?? new Error('the promise was rejected')),
        )
      } else if (result instanceof Error) done(result)
      else done(undefined, result)
    } catch (error) {
      done(error)
    }
  }
}

function pluginError(named: string, stage: string, error: unknown): SveltedownError {
  if (error instanceof SveltedownError) return error
  const place = positionOf(error) ?? documentStart
  if (isStackOverflow(error)) {
    return createDiagnostic('nesting_too_deep', place, { kind: 'content', plugin: named }, error)
  }
  return createDiagnostic(
    'plugin_error',
    place,
    { plugin: named, stage, reason: reasonOf(error) },
    error,
  )
}

function incompatible(named: string, reason: string, cause?: unknown): SveltedownError {
  return createDiagnostic('plugin_incompatible', documentStart, { plugin: named, reason }, cause)
}

/** Syntax and compiler extensions a plugin registered (what a modern syntax plugin does). */
function extensionCount(processor: Processor): number {
  const data = processor.data() as Record<string, unknown>
  let count = 0
  for (const name of ['micromarkExtensions', 'fromMarkdownExtensions', 'toMarkdownExtensions']) {
    const list = data[name]
    if (Array.isArray(list)) count += list.length
  }
  return count
}

/**
 * What in a plugin's source belongs to remark 12 and older: tokenizers added to
 * `this.Parser.prototype`, visitors to `this.Compiler.prototype`. Only read once the plugin has
 * failed (or did nothing), so a plugin that merely mentions them is never refused.
 */
function oldApi(plugin: AnyPlugin): string | undefined {
  let source: string
  try {
    source = Function.prototype.toString.call(plugin)
  } catch {
    return undefined
  }
  if (
    /\b(?:block|inline)(?:Tokenizers|Methods)\b|\bParser\.prototype\b|\bthis\.Parser\b/.test(source)
  ) {
    return 'it adds tokenizers to `this.Parser.prototype`, which remark 13 replaced with micromark extensions'
  }
  if (/\bCompiler\.prototype\b|\bthis\.Compiler\b/.test(source)) {
    return 'it changes `this.Compiler`, the compiler of remark 12, which unified 11 no longer has'
  }
  return undefined
}
