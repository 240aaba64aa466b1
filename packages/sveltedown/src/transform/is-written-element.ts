import type { Element } from 'hast'

/**
 * Whether an element was written as HTML in the document (`<h2>`, `<p>`), not made from Markdown
 * (`## a`, a paragraph). Written elements mean what they mean in Svelte: no heading id is added,
 * and their white space is Svelte's to trim.
 */
export function isWrittenElement(node: Element): boolean {
  return node.data?.svelteAttributes !== undefined
}
