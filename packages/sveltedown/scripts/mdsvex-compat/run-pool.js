// Runs page checks on a few worker threads, one page per worker at a time, and replaces a worker
// whose page outlives the timeout (a compile that never ends cannot be interrupted otherwise).
import { Worker } from 'node:worker_threads'

const workerFile = new URL('./compat-worker.js', import.meta.url)
/** Each render imports fresh module copies, which pile up in a worker: start over now and then. */
const tasksPerWorker = 200

/** @param {{ size: number, timeout: number }} options */
export function createPool({ size, timeout }) {
  const idle = []
  const waiting = []
  let nextId = 0
  const spawn = () => {
    const worker = new Worker(workerFile, { stdout: true, stderr: true })
    worker.stdout.resume()
    worker.stderr.resume()
    return { worker, done: 0 }
  }
  for (let index = 0; index < size; index++) idle.push(spawn())

  const runOn = (slot, task) =>
    new Promise((resolve) => {
      const id = nextId++
      let stage = 'start'
      const finish = (result, replace) => {
        clearTimeout(timer)
        slot.worker.off('message', onMessage)
        slot.worker.off('error', onError)
        if (replace || ++slot.done >= tasksPerWorker) {
          slot.worker.terminate()
          slot = spawn()
        }
        release(slot)
        resolve(result)
      }
      const onMessage = (message) => {
        if (message.id !== id) return
        if (message.stage) stage = message.stage
        else finish(message, false)
      }
      const onError = (error) => finish({ id, crash: `${stage}: ${error.message}` }, true)
      const timer = setTimeout(() => finish({ id, timeout: stage }, true), timeout)
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
