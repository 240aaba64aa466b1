import type { Element } from 'hast'

/** The `<code>` of a `<pre><code>` code block, or `undefined` if the `<pre>` holds anything else. */
export function codeChild(pre: Element): Element | undefined {
  const elements = pre.children.filter((child) => child.type === 'element')
  const only = elements[0]
  return elements.length === 1 && only?.tagName === 'code' ? only : undefined
}
