// A worker thread that checks one page per message (check-page.js). The parent terminates it when
// a page runs past the timeout, which also stops a compile that never ends.
import { parentPort } from 'node:worker_threads'
import { checkPage } from './check-page.js'

/** Tells the parent which step runs, so a timeout is blamed on it. */
const progress = (task, stage) => parentPort.postMessage({ id: task.id, stage })
const firstLine = (error) => String(error?.message ?? error).split('\n')[0]

// A page may leave a timer or promise behind that throws later: that must not end the worker.
process.on('uncaughtException', () => {})
process.on('unhandledRejection', () => {})

parentPort.on('message', async (task) => {
  let result
  try {
    result = await checkPage(task, progress)
  } catch (error) {
    result = { id: task.id, crash: firstLine(error) }
  }
  parentPort.postMessage(result)
})
