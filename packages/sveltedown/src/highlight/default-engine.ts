/** The regex engines Shiki offers. */
export type RegexEngine = 'javascript' | 'oniguruma'

/**
 * Shiki's regex engine when `highlight.engine` names none: Oniguruma (WebAssembly) wherever Node
 * runs the compiler (builds, `compileMany`'s workers, the Vite plugin, the dev server), the
 * JavaScript engine elsewhere (the browser entry in a playground or an editor).
 *
 * Oniguruma compiles a grammar's expressions natively, where the JavaScript engine first
 * translates each one to a JavaScript RegExp and V8 then compiles that: a cold pass is cheaper,
 * and tokenizing is faster once compiled (`bench/results/highlight.md`). Both give the same hast
 * on every corpus block (test/highlight-engines.test.ts). In a browser the JavaScript engine
 * needs no WebAssembly module to fetch. Decided by the host rather than the entry point, so
 * `sveltedown/browser` imported in Node gets the faster engine too.
 */
export function defaultEngine(): RegexEngine {
  const host = globalThis as { process?: { versions?: { node?: string } } }
  return host.process?.versions?.node ? 'oniguruma' : 'javascript'
}
