import { closesOmitted } from './content-model.js'
import { isVoidElement } from './is-void-element.js'

/**
 * How deep the tags and block tags of one line of Svelte nest, read from their source as the
 * tokenizer finishes each: `<div><div>` is 2, `<li><li>` 1 (an `<li>` closes an open `<li>`),
 * `<br>` and `<a />` add nothing, `{#if a}` adds one and `{/if}` takes it away. It follows the
 * tree's rules (the same `closesOmitted`), so it never counts more depth than the tree will have;
 * it can count less, which the check on the tree catches.
 */
export interface LineNesting {
  /** Add a tag (`<div>`, `</div>`) or brace (`{#if a}`) as written; returns the depth after it. */
  add(source: string): number
}

const tagName = /^<\/?([^\s/>]+)/

export function createLineNesting(): LineNesting {
  const open: string[] = []
  return {
    add(source) {
      if (source.charAt(0) === '{') {
        const sigil = source.charAt(1)
        if (sigil === '#') open.push('{')
        else if (sigil === '/' && open[open.length - 1] === '{') open.pop()
        return open.length
      }
      const name = tagName.exec(source)?.[1]
      if (!name || source.startsWith('<!--')) return open.length
      if (source.charAt(1) === '/') {
        const index = open.lastIndexOf(name)
        if (index >= 0) open.length = index
      } else if (!isVoidElement(name) && !source.endsWith('/>')) {
        while (open.length > 0 && closesOmitted(open[open.length - 1] as string, name)) open.pop()
        open.push(name)
      }
      return open.length
    },
  }
}
