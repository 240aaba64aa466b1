import type { Component } from 'svelte'
import { compile as compileSvelte } from 'svelte/compiler'
// @ts-expect-error Svelte's server runtime has no types: it is what compiled server code imports.
import * as internal from 'svelte/internal/server'
import { render } from 'svelte/server'

/**
 * Compile a component with the real Svelte compiler for the client and the server, and render
 * the server build with `svelte/server`. The server module is evaluated in this process: its
 * only imports are Svelte's server runtime and the three test components below.
 */

// The components generated documents import. They render every snippet they are given, so
// marker words inside snippets passed as props reach the page too.
const componentSources: Record<string, string> = {
  Card: `<script>
  let { children, ...props } = $props()
</script>
<div class="card">{#each Object.values(props) as value}{#if typeof value === 'function' && value.length > 0}{@render value('arg')}{/if}{/each}{@render children?.()}</div>`,
  Box: `<script>
  let { children, ...props } = $props()
</script>
<section>{#each Object.values(props) as value}{#if typeof value === 'function' && value.length > 0}{@render value('arg')}{/if}{/each}{@render children?.()}</section>`,
  Badge: `<script>
  let { children } = $props()
</script>
<span class="badge">{@render children?.()}</span>`,
}

type ServerComponent = Component<Record<string, unknown>>

let components: Record<string, ServerComponent> | undefined

function testComponents() {
  if (components) return components
  components = {}
  for (const [name, source] of Object.entries(componentSources)) {
    components[name] = evaluateServer(
      compileSvelte(source, { generate: 'server', filename: `${name}.svelte` }).js.code,
    )
  }
  return components
}

/** Turn the server build (an ES module) into a function and run it. */
function evaluateServer(code: string): ServerComponent {
  let body = code
    .replace(/^import \* as \$ from 'svelte\/internal\/server';$/m, '')
    .replace(/^import (\w+) from '\.\/(\w+)\.svelte';$/gm, 'const $1 = components.$2;')
    .replace(/^export default function /m, 'return function ')
    .replace(/^export (const|let|function) /gm, '$1 ')
  if (/^\s*(import|export) /m.test(body)) throw new Error(`Unexpected module syntax in:\n${code}`)
  // `return function` must come last: move the default export's body after the module code.
  const start = body.indexOf('return function ')
  body = `${body.slice(0, start)}const __default = ${body.slice(start + 'return '.length)}\nreturn __default`
  return new Function('$', 'components', body)(internal, testComponents()) as ServerComponent
}

export interface Rendered {
  html: string
}

/** Compile `code` for client and server (throws Svelte's error) and render it on the server. */
export function compileAndRender(code: string, props: Record<string, unknown>): Rendered {
  compileSvelte(code, { generate: 'client', filename: 'Document.svelte' })
  const server = compileSvelte(code, { generate: 'server', filename: 'Document.svelte' })
  const component = evaluateServer(server.js.code)
  const result = render(component, { props })
  return { html: `${result.head}${result.body}` }
}

/** The text of rendered HTML, tags and comments replaced by spaces, to look for marker words. */
export function renderedText(html: string) {
  return html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')
}
