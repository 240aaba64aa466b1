import os from 'node:os'
import {
  type CacheOptions,
  type CompileOptions,
  type CompileResult,
  type CompileWorkers,
  compile,
  createCompileCache,
  createCompileWorkers,
  resolvePluginSpecifiers,
  type SerializableOptions,
  SveltedownError,
  whyNotSerializable,
} from 'sveltedown'

export interface DocumentCompilerOptions {
  /** The compiler's options; plugins may be module specifiers. `root` is set. */
  options: SerializableOptions & { root: string }
  cache: boolean | CacheOptions
  /** Worker threads for a build; `false` or `1`: this thread. */
  threads: number | false
  /** `vite build` (threads allowed) or the dev server (always this thread). */
  build: boolean
}

export interface DocumentCompiler {
  compile(source: string, id: string): Promise<CompileResult>
  /** Options with plugins imported, for compiles that stay in this thread (`?metadata`). */
  resolved(): Promise<CompileOptions>
  /** Threads documents compile in (`1`: this thread), and why not more when threads were asked. */
  readonly threads: number
  readonly inProcessReason: string | undefined
}

/**
 * How the Vite plugin compiles a document: through the persistent cache, then in a worker
 * thread during `vite build` when the options can be sent to one (plugins as module
 * specifiers, no functions), else in this thread. Each file goes to the same worker (a hash of
 * its id), so each worker warms up (grammars, highlighted blocks) once. The dev server compiles
 * in this thread: it asks for one page at a time, and a worker would pay its own cold start.
 */
export function createDocumentCompiler(settings: DocumentCompilerOptions): DocumentCompiler {
  const { options, build } = settings
  const { warningFilter, ...stored } = options
  const cache = settings.cache
    ? createCompileCache({
        ...(settings.cache === true ? {} : settings.cache),
        root: options.root,
      })
    : undefined
  const wanted = settings.threads === false ? 1 : settings.threads
  const inProcessReason = !build
    ? 'the dev server compiles in this thread'
    : wanted < 2
      ? `threads is ${settings.threads}`
      : whyNotSerializable(stored)
  const workers: CompileWorkers | undefined =
    inProcessReason === undefined ? createCompileWorkers(stored, wanted) : undefined
  let resolving: Promise<CompileOptions> | undefined
  const resolved = () => {
    resolving ??= resolvePluginSpecifiers(stored)
    return resolving
  }

  return {
    threads: workers?.threads ?? 1,
    inProcessReason,
    resolved,
    async compile(source, id) {
      const key = cache?.keyOf(source, { ...stored, filename: id } as CompileOptions)
      // Stored unfiltered, so a change of `warningFilter` needs no new entry.
      const hit = key ? cache?.read(key) : undefined
      if (hit) return filtered(hit)
      let result: CompileResult
      if (workers) {
        // An error is not stored from here: a worker sends it without its `cause`.
        result = await workers.compile(source, id)
      } else {
        try {
          result = await compile(source, { ...(await resolved()), filename: id })
        } catch (error) {
          if (cache && key && isDocumentError(error)) cache.write(key, error)
          throw error
        }
      }
      if (cache && key) cache.write(key, result)
      return filtered(result)
    },
  }

  function filtered(result: CompileResult): CompileResult {
    if (!warningFilter) return result
    return {
      ...result,
      diagnostics: result.diagnostics.filter((warning) => warningFilter(warning)),
    }
  }
}

/** A document's own error (not a plugin's or an internal one, which may not happen again). */
function isDocumentError(error: unknown): error is SveltedownError {
  return error instanceof SveltedownError && error.cause === undefined
}

/**
 * Worker threads for `vite build` by default: one per CPU but one, which Vite keeps busy
 * (Svelte's compiler, the bundler). Below two, documents compile in Vite's thread: on two CPUs,
 * the corpus site (167 pages) built in 23.7 s in one thread and 31.0 s with two workers, which
 * each load Shiki's grammars and compete with Vite for the CPUs (bench/results/site.md).
 */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism() - 1)
}
