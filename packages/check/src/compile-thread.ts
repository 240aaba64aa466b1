/**
 * A thread of `startCompileThreads()`: a worker imports the compiler as soon as it starts (while
 * the main thread is still loading the project's config), then compiles what it is sent,
 * through the project's persistent cache; the main thread calls `compileRequest` itself.
 * Plugins arrive as module specifiers and are imported here.
 */
import { parentPort, workerData } from 'node:worker_threads'
import {
  type CacheOptions,
  type CompileCache,
  type CompileOptions,
  type CompileResult,
  compile,
  createCompileCache,
  resolvePluginSpecifiers,
  type SerializableOptions,
} from 'sveltedown'

export interface CompileRequest {
  id: number
  source: string
  /** The options of one document, `filename` included; plugins may be module specifiers. */
  options: SerializableOptions
  /** The project's persistent cache, as `createCompileCache()` takes it; `false`: none. */
  cache: (CacheOptions & { root: string }) | false
}

export type CompileResponse =
  | { id: number; result: CompileResult }
  | { id: number; error: Record<string, unknown> }

// The options of a project are the same for every document but its file name: plugins are
// imported once per options, the cache opened once per folder.
const resolved = new Map<string, Promise<CompileOptions>>()
const caches = new Map<string, CompileCache>()

/** Compile one document as a request asks (the same in a worker and in the main thread). */
export async function compileRequest({
  source,
  options,
  cache,
}: CompileRequest): Promise<CompileResult> {
  const { filename, ...shared } = options
  const key = JSON.stringify(shared)
  let ready = resolved.get(key)
  if (!ready) {
    ready = resolvePluginSpecifiers(shared)
    resolved.set(key, ready)
  }
  const compileOptions = { ...(await ready), filename }
  if (!cache) return compile(source, compileOptions)
  const cacheKey = JSON.stringify(cache)
  let opened = caches.get(cacheKey)
  if (!opened) {
    opened = createCompileCache(cache)
    caches.set(cacheKey, opened)
  }
  const { cached: _, ...result } = await opened.compile(source, compileOptions)
  return result
}

/** The `workerData` of these workers (this module is imported in the main thread too). */
export const workerMarker = 'sveltedown-check:compile-thread'

const port = workerData === workerMarker ? parentPort : null
port?.on('message', async (request: CompileRequest) => {
  try {
    port.postMessage({
      id: request.id,
      result: await compileRequest(request),
    } satisfies CompileResponse)
  } catch (error) {
    port.postMessage({ id: request.id, error: serializeError(error) } satisfies CompileResponse)
  }
})

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  // Own enumerable fields (a SveltedownError's code, position, frame) and the standard ones.
  return { ...error, name: error.name, message: error.message, stack: error.stack }
}
