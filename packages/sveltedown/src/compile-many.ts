import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type CacheOptions, createCompileCache } from './cache/create-compile-cache.js'
import { type CompileResult, compile } from './compile.js'
import {
  resolvePluginSpecifiers,
  type SerializableOptions,
  whyNotSerializable,
} from './compile-many-options.js'
import type { WorkerRequest, WorkerResponse } from './compile-many-worker.js'
import { SveltedownError } from './diagnostics/sveltedown-error.js'

export type { PluginSpecifier, SerializableOptions } from './compile-many-options.js'

export interface CompileManyOptions extends SerializableOptions {
  /**
   * Worker threads to compile in. Default: one per CPU (`os.availableParallelism()`); `1` or
   * `false` compiles in this thread. Workers are only used when the options can cross to a
   * thread (no functions: plugins as module specifiers) and there are enough documents.
   */
  threads?: number | false | undefined
  /** The persistent cache (see `createCompileCache`). Default off here; `true` for defaults. */
  cache?: boolean | CacheOptions | undefined
}

export interface DocumentInput {
  source: string
  filename?: string | undefined
}

export type CompiledDocument =
  | { filename: string | undefined; result: CompileResult; cached: boolean }
  | { filename: string | undefined; error: Error }

export interface CompileManyReport {
  /** One entry per input document, in order: its result or its error. */
  documents: CompiledDocument[]
  /** Threads the documents were compiled in (`1`: this thread). */
  threads: number
  /** Why the documents were compiled in this thread, when workers were asked for. */
  inProcessReason?: string | undefined
}

/** Fewer documents than this per thread do not repay starting workers. */
const minimumPerThread = 4

/**
 * Compile many documents, in parallel worker threads when the options allow it, with the
 * persistent cache when asked. Each document gets its own entry: one failing document does
 * not stop the others.
 */
export async function compileMany(
  inputs: DocumentInput[],
  options: CompileManyOptions = {},
): Promise<CompileManyReport> {
  const { threads: threadOption, cache: cacheOption = false, ...compileOptions } = options
  const cache = cacheOption
    ? createCompileCache({ ...(cacheOption === true ? {} : cacheOption), root: options.root })
    : undefined
  const documents: Array<CompiledDocument | undefined> = new Array(inputs.length)
  const keys: string[] = []
  const misses: number[] = []
  inputs.forEach((input, index) => {
    if (cache) {
      const key = cache.keyOf(input.source, {
        ...compileOptions,
        filename: input.filename,
      } as never)
      keys[index] = key
      try {
        const hit = cache.read(key)
        if (hit) {
          documents[index] = { filename: input.filename, result: filtered(hit), cached: true }
          return
        }
      } catch (error) {
        documents[index] = { filename: input.filename, error: error as Error }
        return
      }
    }
    misses.push(index)
  })

  const wanted = threadOption === false ? 1 : Math.max(1, threadOption ?? os.availableParallelism())
  const threads = Math.min(wanted, Math.floor(misses.length / minimumPerThread))
  let inProcessReason: string | undefined
  if (wanted > 1) {
    inProcessReason =
      whyNotSerializable(compileOptions) ??
      (threads < 2 ? `${misses.length} documents to compile are too few for threads` : undefined)
  }

  const finish = (index: number, outcome: { result: CompileResult } | { error: Error }) => {
    const filename = inputs[index]?.filename
    const key = keys[index]
    if ('error' in outcome) {
      if (cache && key && outcome.error instanceof SveltedownError) cache.write(key, outcome.error)
      documents[index] = { filename, error: outcome.error }
      return
    }
    if (cache && key) cache.write(key, outcome.result)
    documents[index] = { filename, result: filtered(outcome.result), cached: false }
  }

  if (wanted > 1 && !inProcessReason) {
    const pool = poolFor(compileOptions, threads)
    await Promise.all(
      misses.map(async (index) => {
        const input = inputs[index] as DocumentInput
        finish(index, await pool.run(input.source, input.filename))
      }),
    )
  } else {
    const { warningFilter: _, ...rest } = compileOptions
    const resolved = await resolvePluginSpecifiers(rest)
    for (const index of misses) {
      const input = inputs[index] as DocumentInput
      try {
        finish(index, {
          result: await compile(input.source, { ...resolved, filename: input.filename }),
        })
      } catch (error) {
        finish(index, { error: error as Error })
      }
    }
  }

  return {
    documents: documents as CompiledDocument[],
    threads: wanted > 1 && !inProcessReason ? threads : 1,
    inProcessReason,
  }

  function filtered(result: CompileResult): CompileResult {
    const filter = compileOptions.warningFilter
    return filter ? { ...result, diagnostics: result.diagnostics.filter(filter) } : result
  }
}

/** Stop the worker threads of `compileMany()` (they are reused between calls until then). */
export async function closeCompileWorkers(): Promise<void> {
  const all = [...pools.values()]
  pools.clear()
  await Promise.all(all.map((pool) => pool.close()))
}

/** Worker threads that compile one document at a time, each file always in the same worker. */
export interface CompileWorkers {
  /** Worker threads in the pool. */
  readonly threads: number
  /** Compile like `compile()` (a failure rejects with its `SveltedownError`), in a worker. */
  compile(source: string, filename: string): Promise<CompileResult>
}

/**
 * The worker threads of `compileMany()` for one document at a time, as a bundler's transform
 * hook asks. Each file name goes to the same worker every time (a hash of it), so a worker
 * highlights and replays the blocks of its own files and every worker warms up once.
 * The options must cross to a thread (`whyNotSerializable()` returns `undefined`); plugins may
 * be module specifiers. Workers are shared with `compileMany()` and stopped by
 * `closeCompileWorkers()`; idle, they do not keep the process alive.
 */
export function createCompileWorkers(
  options: SerializableOptions,
  threads: number = os.availableParallelism(),
): CompileWorkers {
  const reason = whyNotSerializable(options)
  if (reason) throw new TypeError(`Options cannot be sent to a worker thread: ${reason}`)
  const size = Math.max(1, threads)
  return {
    threads: size,
    async compile(source, filename) {
      const outcome = await poolFor(options, size).run(source, filename, slotOf(filename, size))
      if ('error' in outcome) throw outcome.error
      return outcome.result
    },
  }
}

/** FNV-1a of the file name: a stable worker per file, spread evenly. */
function slotOf(filename: string, size: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < filename.length; index++) {
    hash ^= filename.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % size
}

interface Pool {
  /** Run in any free worker, or in worker `slot` when given. */
  run(
    source: string,
    filename: string | undefined,
    slot?: number | undefined,
  ): Promise<{ result: CompileResult } | { error: Error }>
  close(): Promise<void>
}

// Workers keep their processor, highlighter and highlighted blocks warm between calls.
const pools = new Map<string, Pool>()

function poolFor(options: SerializableOptions, threads: number): Pool {
  const { warningFilter: _, ...data } = options
  const key = `${threads}:${JSON.stringify(data)}`
  let pool = pools.get(key)
  if (!pool) {
    pool = createPool(data, threads, () => pools.delete(key))
    pools.set(key, pool)
  }
  return pool
}

function createPool(data: SerializableOptions, size: number, onBroken: () => void): Pool {
  type Task = {
    request: WorkerRequest
    resolve: (outcome: { result: CompileResult } | { error: Error }) => void
  }
  const queue: Task[] = []
  const slots = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl(), { workerData: data })
    // Documents pinned to this worker wait here; the shared queue is for any worker.
    const slot = {
      worker,
      running: new Map<number, Task>(),
      pinned: [] as Task[],
      crashed: undefined as Error | undefined,
    }
    worker.unref()
    worker.on('message', (response: WorkerResponse) => {
      const task = slot.running.get(response.id)
      if (!task) return
      slot.running.delete(response.id)
      task.resolve('error' in response ? { error: reviveError(response.error) } : response)
      pump()
    })
    worker.on('error', (error) => {
      // A worker that crashed (not a document that failed) fails what it was doing.
      // The pool is dropped (the next call starts a new one); documents waiting for this
      // worker fail too, and no more are sent to it.
      onBroken()
      slot.crashed = error
      for (const task of [...slot.running.values(), ...slot.pinned.splice(0)]) {
        task.resolve({ error })
      }
      slot.running.clear()
    })
    return slot
  })
  let nextId = 0

  function pump() {
    for (const slot of slots) {
      if (slot.crashed) continue
      // Two documents in flight per worker hide the time a message takes.
      while (slot.running.size < 2 && slot.pinned.length + queue.length > 0) {
        const task = (slot.pinned.shift() ?? queue.shift()) as Task
        slot.running.set(task.request.id, task)
        slot.worker.postMessage(task.request)
      }
      // A busy worker keeps the process alive; an idle one does not.
      if (slot.running.size > 0) slot.worker.ref()
      else slot.worker.unref()
    }
  }

  return {
    run(source, filename, slot) {
      return new Promise((resolve) => {
        const task = { request: { id: nextId++, source, filename }, resolve }
        const pinned = slot === undefined ? undefined : slots[slot]
        if (pinned?.crashed) resolve({ error: pinned.crashed })
        else if (pinned) pinned.pinned.push(task)
        else queue.push(task)
        pump()
      })
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
  }
}

/** The built worker next to this module; from the sources (tests), the built one in `dist`. */
function workerUrl(): URL {
  const here = new URL('./compile-many-worker.js', import.meta.url)
  if (fs.existsSync(fileURLToPath(here))) return here
  return new URL('../dist/compile-many-worker.js', import.meta.url)
}

function reviveError(data: Record<string, unknown>): Error {
  const prototype = data.name === 'SveltedownError' ? SveltedownError.prototype : Error.prototype
  const error = Object.create(prototype) as Error
  Object.assign(error, data)
  return error
}
