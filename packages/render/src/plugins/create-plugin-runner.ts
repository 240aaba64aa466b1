import type { Node } from 'unist'

/** A unified plugin (attacher), its options, a preset, or a list of them (`PluggableList`). */
type Pluggable = unknown
type Transformer = (
  tree: Node,
  file: PluginFile,
  next?: (error?: unknown, tree?: Node) => void,
) => unknown

/** The part of a vfile that plugins use: `data`, `messages` and `message()` (rehype-katex reports with it). */
export interface PluginFile {
  data: Record<string, unknown>
  messages: Array<{ reason: string; fatal: boolean | undefined }>
  history: string[]
  cwd: string
  value: string
  message(reason: string, options?: unknown): { reason: string; fatal: boolean | undefined }
  info(reason: string, options?: unknown): { reason: string; fatal: boolean | undefined }
  fail(reason: string, options?: unknown): never
}

export interface PluginRunner {
  /** What the plugins registered through `this.data()`: micromark and mdast extensions. */
  data: Record<string, unknown>
  /** Run the transformers in order, synchronously, on `tree` (in place, or replaced). */
  run<T extends Node>(tree: T): T
}

/**
 * unified's plugin protocol for synchronous runs, without unified itself (and vfile, trough and
 * extend with it: a quarter of the bundle's gzip size besides Svelte): attachers are called with
 * `this` as a processor offering `data()`, presets and `[plugin, ...options]` tuples are unpacked,
 * and transformers run in order. A transformer that returns a promise or does not call its
 * callback at once fails as unified's `runSync` does.
 */
export function createPluginRunner(plugins: Pluggable[]): PluginRunner {
  const data: Record<string, unknown> = {}
  const transformers: Transformer[] = []
  const processor = {
    data(...args: [key?: string | Record<string, unknown>, value?: unknown]) {
      const [key, value] = args
      if (typeof key === 'string') {
        if (args.length === 2) {
          data[key] = value
          return processor
        }
        return data[key]
      }
      if (key) Object.assign(data, key)
      return data
    },
    use(...pluggable: Pluggable[]) {
      add(pluggable.length === 1 ? pluggable[0] : pluggable)
      return processor
    },
  }

  const attach = (plugin: (...options: unknown[]) => unknown, options: unknown[]) => {
    // `[plugin, false]` turns a plugin off; `[plugin, true]` means no options, as in unified.
    if (options[0] === false) return
    const transformer = plugin.call(processor, ...(options[0] === true ? [] : options))
    if (typeof transformer === 'function') transformers.push(transformer as Transformer)
  }

  const add = (value: Pluggable) => {
    if (typeof value === 'function') attach(value as (...options: unknown[]) => unknown, [])
    else if (Array.isArray(value)) {
      if (typeof value[0] === 'function') attach(value[0], value.slice(1))
      else for (const item of value) add(item)
    } else if (value && typeof value === 'object') {
      const preset = value as { plugins?: Pluggable[]; settings?: Record<string, unknown> }
      if (preset.settings) {
        data.settings = { ...(data.settings as Record<string, unknown>), ...preset.settings }
      }
      for (const item of preset.plugins ?? []) add(item)
    } else if (value !== undefined && value !== null) {
      throw new TypeError(`Expected usable value, not \`${String(value)}\``)
    }
  }

  add(plugins)

  return {
    data,
    run(tree) {
      const file = createFile()
      let current: Node = tree
      for (const transformer of transformers) {
        let done = false
        let output: unknown
        const next = (error?: unknown, result?: Node) => {
          if (error) throw error
          done = true
          output = result
        }
        if (transformer.length >= 3) {
          transformer(current, file, next)
        } else {
          output = transformer(current, file)
          done = !(output instanceof Promise)
        }
        if (!done) throw new Error('`runSync` finished async. Use `run` instead')
        if (output instanceof Error) throw output
        if (output && typeof output === 'object' && 'type' in output) current = output as Node
      }
      return current as typeof tree
    },
  }
}

function createFile(): PluginFile {
  const file: PluginFile = {
    data: {},
    messages: [],
    history: [],
    cwd: '/',
    value: '',
    message(reason, _options) {
      const message = { reason: String(reason), fatal: false as boolean | undefined }
      file.messages.push(message)
      return message
    },
    info(reason, options) {
      const message = file.message(reason, options)
      message.fatal = undefined
      return message
    },
    fail(reason, options) {
      const message = file.message(reason, options)
      message.fatal = true
      throw Object.assign(new Error(message.reason), message)
    },
  }
  return file
}
