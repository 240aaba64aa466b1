import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type CompileResult, type SerializableOptions, SveltedownError } from 'sveltedown'
import {
  type CompileRequest,
  type CompileResponse,
  compileRequest,
  workerMarker,
} from './compile-thread.js'

/** Threads that compile documents: this one and workers started before the options are known. */
export interface CompileThreads {
  /** Compile one document in the next free thread (a failure rejects with its error). */
  compile(
    source: string,
    options: SerializableOptions,
    cache: CompileRequest['cache'],
  ): Promise<CompileResult>
  /** Stop the worker threads. */
  close(): void
}

type Task = {
  request: CompileRequest
  resolve: (result: CompileResult) => void
  reject: (error: Error) => void
}

interface Slot {
  running: number
  crashed: Error | undefined
  send(task: Task): void
  close(): void
}

/**
 * Compile documents in this thread and in `workers` worker threads beside it (one per CPU
 * but this one, at most three). The workers import the compiler as soon as they start, while
 * this thread loads the project's config (each import costs about half a second of CPU); this
 * thread has the compiler already (the config's plugins import it) and nothing else to do
 * until the shadows are written. Idle workers do not keep the process alive.
 */
export function startCompileThreads(
  workers = Math.min(3, os.availableParallelism() - 1),
): CompileThreads {
  const queue: Task[] = []
  let nextId = 0
  const slots: Slot[] = [
    thisThread(() => pump()),
    ...Array.from({ length: Math.max(0, workers) }, () => workerThread(() => pump())),
  ]

  function pump() {
    const crashed = slots.find((slot) => slot.crashed)?.crashed
    if (crashed && slots.every((slot) => slot.crashed)) {
      for (const task of queue.splice(0)) task.reject(crashed)
    }
    for (const slot of slots) {
      // Two documents in flight per thread hide the time a message takes; the rest wait here,
      // so that a thread that finishes early takes the next one.
      while (!slot.crashed && slot.running < 2 && queue.length > 0) {
        slot.send(queue.shift() as Task)
      }
    }
  }

  return {
    compile(source, options, cache) {
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, source, options, cache }, resolve, reject })
        pump()
      })
    },
    close() {
      for (const slot of slots) slot.close()
    },
  }
}

function thisThread(onDone: () => void): Slot {
  const slot: Slot = {
    running: 0,
    crashed: undefined,
    send(task) {
      slot.running++
      // After the current turn, so that handing out documents does not wait for a compile.
      setImmediate(() => {
        compileRequest(task.request)
          .then(task.resolve, task.reject)
          .finally(() => {
            slot.running--
            onDone()
          })
      })
    },
    close() {},
  }
  return slot
}

function workerThread(onDone: () => void): Slot {
  const worker = new Worker(workerUrl(), { workerData: workerMarker })
  const running = new Map<number, Task>()
  worker.unref()
  const slot: Slot = {
    running: 0,
    crashed: undefined,
    send(task) {
      running.set(task.request.id, task)
      slot.running = running.size
      // A busy worker keeps the process alive; an idle one does not.
      worker.ref()
      worker.postMessage(task.request)
    },
    close() {
      void worker.terminate()
    },
  }
  const settle = () => {
    slot.running = running.size
    if (running.size === 0) worker.unref()
    onDone()
  }
  worker.on('message', (response: CompileResponse) => {
    const task = running.get(response.id)
    if (!task) return
    running.delete(response.id)
    if ('error' in response) task.reject(reviveError(response.error))
    else task.resolve(response.result)
    settle()
  })
  // A worker that crashed (not a document that failed) fails what it was compiling.
  worker.on('error', (error) => {
    slot.crashed = error
    for (const task of running.values()) task.reject(error)
    running.clear()
    settle()
  })
  return slot
}

/** The built worker next to this module; from the sources (tests), the built one in `dist`. */
function workerUrl(): URL {
  const here = new URL('./compile-thread.js', import.meta.url)
  if (fs.existsSync(fileURLToPath(here))) return here
  return new URL('../dist/compile-thread.js', import.meta.url)
}

/** A document's error as the compiler threw it (`compileShadow` reports a `SveltedownError`). */
function reviveError(data: Record<string, unknown>): Error {
  const prototype = data.name === 'SveltedownError' ? SveltedownError.prototype : Error.prototype
  const error = Object.create(prototype) as Error
  Object.assign(error, data)
  return error
}
