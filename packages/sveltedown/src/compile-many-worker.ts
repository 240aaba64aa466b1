/**
 * A worker of `compileMany()`: compiles the documents it is sent with the options it was
 * started with. Plugins arrive as module specifiers and are imported here.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { compile } from './compile.js'
import { resolvePluginSpecifiers, type SerializableOptions } from './compile-many-options.js'

export interface WorkerRequest {
  id: number
  source: string
  filename: string | undefined
}

export type WorkerResponse =
  | { id: number; result: Awaited<ReturnType<typeof compile>> }
  | { id: number; error: Record<string, unknown> }

const port = parentPort
if (port) {
  const ready = resolvePluginSpecifiers(workerData as SerializableOptions)
  port.on('message', async ({ id, source, filename }: WorkerRequest) => {
    try {
      const options = await ready
      const result = await compile(source, { ...options, filename })
      port.postMessage({ id, result } satisfies WorkerResponse)
    } catch (error) {
      port.postMessage({ id, error: serializeError(error) } satisfies WorkerResponse)
    }
  })
}

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  // Own enumerable fields (a SveltedownError's code, position, frame) and the standard ones.
  return { ...error, name: error.name, message: error.message, stack: error.stack }
}
