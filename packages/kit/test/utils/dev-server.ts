import { svelte } from '@sveltejs/vite-plugin-svelte'
import { createLogger, createServer, type ViteDevServer } from 'vite'
import WebSocket from 'ws'
import { type SveltedownPluginOptions, sveltedown } from '../../src/index.js'

export interface DevServer {
  vite: ViteDevServer
  /** `http://127.0.0.1:<port>` */
  url: string
  /** Messages Vite's logger printed (warnings and errors). */
  logs: string[]
  /** A client of the HMR websocket, as the browser's Vite client connects. */
  hmr: HmrClient
  close(): Promise<void>
}

export interface HmrClient {
  /** The next payload that matches, or a rejection after `timeout` ms. */
  next(matches: (payload: HmrPayload) => boolean, timeout?: number): Promise<HmrPayload>
  /** Forget the payloads received so far (before a new edit, so an old one is not taken for its answer). */
  drain(): void
  close(): void
}

export interface HmrPayload {
  type: string
  updates?: Array<{ type: string; path: string; acceptedPath: string; timestamp: number }>
  path?: string
  err?: Record<string, unknown>
}

/**
 * A real Vite dev server on 127.0.0.1 (file watcher, HTTP, HMR websocket) for the app in `root`,
 * with `sveltedown(options)` before vite-plugin-svelte, and an HMR client already connected.
 */
export async function startDevServer(
  root: string,
  options: SveltedownPluginOptions = {},
): Promise<DevServer> {
  const logs: string[] = []
  const logger = createLogger('warn', { allowClearScreen: false })
  logger.warn = (message) => logs.push(message)
  logger.error = (message) => logs.push(message)
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    plugins: [sveltedown(options), svelte()],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  await vite.listen()
  const address = vite.httpServer?.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const hmr = await connectHmr(port)
  return {
    vite,
    url: `http://127.0.0.1:${port}`,
    logs,
    hmr,
    async close() {
      hmr.close()
      await vite.close()
    },
  }
}

async function connectHmr(port: number): Promise<HmrClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr')
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  // Payloads nobody waited for yet are kept, so one sent before `next()` is called is not lost.
  const queue: HmrPayload[] = []
  const waiting = new Set<{ matches: (payload: HmrPayload) => boolean; resolve: () => void }>()
  socket.on('message', (data) => {
    queue.push(JSON.parse(String(data)) as HmrPayload)
    for (const waiter of waiting) waiter.resolve()
  })
  return {
    next(matches, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const take = () => {
          const index = queue.findIndex(matches)
          if (index === -1) return false
          const [payload] = queue.splice(0, index + 1).slice(-1)
          clearTimeout(timer)
          waiting.delete(waiter)
          resolve(payload as HmrPayload)
          return true
        }
        const waiter = { matches, resolve: () => void take() }
        const timer = setTimeout(() => {
          waiting.delete(waiter)
          reject(new Error(`no matching HMR payload within ${timeout} ms`))
        }, timeout)
        if (!take()) waiting.add(waiter)
      })
    },
    drain: () => void queue.splice(0),
    close: () => socket.close(),
  }
}
