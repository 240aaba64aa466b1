import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { compile as compileSvelte } from 'svelte/compiler'
import { render } from 'svelte/server'

const cacheDirectory = path.resolve(
  import.meta.dirname,
  '../../node_modules/.cache/sveltedown-tests',
)

/**
 * Compile a component's source with the real Svelte compiler for the server and render it with
 * `svelte/server`, returning the body HTML. The module is written next to our node_modules so
 * its `svelte/internal/server` import resolves like an app's would.
 */
export async function renderCode(code: string, props: Record<string, unknown> = {}) {
  const js = compileSvelte(code, { generate: 'server', filename: 'input.svelte' }).js.code
  fs.mkdirSync(cacheDirectory, { recursive: true })
  const file = path.join(cacheDirectory, `${createHash('sha1').update(js).digest('hex')}.js`)
  if (!fs.existsSync(file)) fs.writeFileSync(file, js)
  const module = await import(/* @vite-ignore */ file)
  return render(module.default, { props }).body
}
