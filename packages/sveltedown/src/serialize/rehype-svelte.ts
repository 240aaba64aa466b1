import type { Root } from 'hast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { assemble } from './assemble.js'

declare module 'unified' {
  interface CompileResultMap {
    SvelteComponent: string
  }
}

/**
 * unified compiler: hast to Svelte component source; the sourcemap goes to `file.map`.
 *
 * The work is done in a transformer, the last one, and the compiler returns its result:
 * unified 11 calls the compiler from a callback, so an error thrown there escapes
 * `process()`'s promise (an uncaught exception that ends a dev server). An error thrown in a
 * transformer rejects it.
 */
export function rehypeSvelte(this: Processor) {
  const compiled = new WeakMap<object, string>()
  this.compiler = (tree, file: VFile) => {
    const code = compiled.get(tree)
    if (code !== undefined) {
      compiled.delete(tree)
      return code
    }
    // `stringify()` called without `run()`.
    return serialize(tree as Root, file)
  }
  return (tree: Root, file: VFile) => {
    compiled.set(tree, serialize(tree, file))
  }
}

function serialize(tree: Root, file: VFile): string {
  const { code, map } = assemble(tree, file)
  file.map = map as VFile['map']
  return code
}
