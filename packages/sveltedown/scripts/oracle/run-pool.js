// Runs render tasks on a few worker threads, one task per worker at a time, and replaces a worker
// whose task outlives the timeout (a synchronous endless loop cannot be interrupted otherwise).
import { Worker } from 'node:worker_threads'

const workerFile = new URL('./render-worker.js', import.meta.url)
/** Module instances pile up in a worker (each render imports fresh copies): start over now and then. */
const tasksPerWorker = 300

/**
 * @param {{ size: number, timeout: number }} options
 * @typedef {{ ok: boolean, head?: string, body?: string, error?: string }} Rendered
 * @returns {{ run: (task: object) => Promise<{ plain: Rendered, again?: Rendered, svx?: Rendered }>,
 *   close: () => Promise<void> }}
 */
export function createPool({ size, timeout }) {
  const idle = []
  const waiting = []
  let nextId = 0
  const spawn = () => {
    // What samples print (console.log in their scripts) is not the oracle's output.
    const worker = new Worker(workerFile, { stdout: true, stderr: true })
    worker.stdout.resume()
    worker.stderr.resume()
    return { worker, done: 0 }
  }
  for (let index = 0; index < size; index++) idle.push(spawn())

  const runOn = (slot, task) =>
    new Promise((resolve) => {
      const id = nextId++
      const results = {}
      const finish = (replace) => {
        clearTimeout(timer)
        slot.worker.off('message', onMessage)
        slot.worker.off('error', onError)
        if (replace || ++slot.done >= tasksPerWorker) {
          slot.worker.terminate()
          slot = spawn()
        }
        release(slot)
        resolve(results)
      }
      /** The render that was running when the worker failed or ran out of time. */
      const fail = (error) => {
        const part = ['plain', 'again', 'svx'].find((name) => !(name in results))
        if (part) results[part] = { ok: false, error }
        finish(true)
      }
      const onMessage = (message) => {
        if (message.id !== id) return
        if (message.done) finish(false)
        else results[message.part] = message.result
      }
      const onError = (error) => fail(`[oracle:worker] ${error.message}`)
      const timer = setTimeout(
        () => fail(`[oracle:timeout] no result after ${timeout} ms`),
        timeout,
      )
      slot.worker.on('message', onMessage)
      slot.worker.on('error', onError)
      slot.worker.postMessage({ ...task, id })
    })

  const release = (slot) => {
    const next = waiting.shift()
    if (next) runOn(slot, next.task).then(next.resolve)
    else idle.push(slot)
  }

  return {
    run(task) {
      const slot = idle.pop()
      if (slot) return runOn(slot, task)
      return new Promise((resolve) => waiting.push({ task, resolve }))
    },
    async close() {
      await Promise.all(idle.splice(0).map((slot) => slot.worker.terminate()))
    },
  }
}
