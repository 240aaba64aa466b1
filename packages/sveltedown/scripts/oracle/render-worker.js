// A worker thread that renders one component per message (three times, see renderAll) with `svelte/server`. The parent
// terminates it when a render runs past the timeout, which also stops synchronous endless loops.
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { parentPort } from 'node:worker_threads'
import { render } from 'svelte/server'

register('./loader-hooks.js', import.meta.url)

// What a sample's `_config.js` imports from Svelte's test harness: `test(config)` gives the config
// back; anything else (assert, ok, helpers) is a callable that does nothing.
const inert = new Proxy(() => {}, {
  get: (_target, key) => (key === 'then' ? undefined : key === 'test' ? (config) => config : inert),
  apply: () => inert,
})
globalThis.__oracleHarness = inert

/**
 * Renders a component as plain `.svelte` twice (to tell a nondeterministic component) and then as
 * `.svx`; each gets module instances of its own. Each result is posted when it is ready, so a
 * timeout is blamed on the render that did not finish.
 * @param {{ id: number, file: string, config: string | undefined,
 *   options: Record<string, unknown> }} task
 */
async function renderAll(task) {
  const parts = [
    ['plain', 'svelte', false],
    ['again', 'svelte-again', false],
    ['svx', 'svx', true],
  ]
  for (const [part, variant, svx] of parts) {
    const result = await settle(renderOne(task, variant, svx))
    parentPort.postMessage({ id: task.id, part, result })
    if (!result.ok && part === 'plain') break
  }
  parentPort.postMessage({ id: task.id, done: true })
}

async function settle(promise) {
  try {
    return { ok: true, ...(await promise) }
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error).split('\n')[0] }
  }
}

async function renderOne(task, variant, svx) {
  const loadConfig = async (variant, options) => {
    if (!task.config) return {}
    const url = pathToFileURL(task.config).href + query(variant, options)
    const config = await import(url).catch((error) => {
      throw new Error(`[oracle:config] ${error?.message ?? error}`)
    })
    return config.default ?? {}
  }
  // The compile options a sample asks for (`runes`, `preserveWhitespace`, …) apply to both compiles.
  const { hmr: _, ...asked } = (await loadConfig(`${variant}-probe`, {})).compileOptions ?? {}
  const options = { ...task.options, ...asked }
  const config = await loadConfig(variant, options)
  const entry = svx ? `&svx=${encodeURIComponent(task.file)}` : ''
  const url = `${pathToFileURL(task.file).href}${query(variant, options)}${entry}`
  const component = (await import(url)).default
  try {
    const result = render(component, { props: config.server_props ?? config.props ?? {} })
    // A component with `await` renders asynchronously; reading `body` synchronously would throw.
    const { head, body } = typeof result.then === 'function' ? await result : result
    return { head, body }
  } catch (error) {
    throw new Error(`[oracle:render] ${error?.message ?? error}`)
  }
}

function query(variant, options) {
  return `?oracle=${variant}&options=${encodeURIComponent(JSON.stringify(options))}`
}

// A sample may leave a timer or promise behind that throws later: that must not end the worker.
process.on('uncaughtException', () => {})
process.on('unhandledRejection', () => {})

parentPort.on('message', renderAll)
