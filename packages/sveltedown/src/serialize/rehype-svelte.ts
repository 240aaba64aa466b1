import type { Root } from 'hast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { assemble } from './assemble.js'

declare module 'unified' {
  interface CompileResultMap {
    SvelteComponent: string
  }
}

/** unified compiler: hast to Svelte component source; the sourcemap goes to `file.map`. */
export function rehypeSvelte(this: Processor) {
  this.compiler = (tree, file: VFile) => {
    const { code, map } = assemble(tree as Root, file)
    file.map = map as VFile['map']
    return code
  }
}
