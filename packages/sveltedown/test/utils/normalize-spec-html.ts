import type { Element, Nodes, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'

const blocks = new Set(
  'address article aside blockquote body details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)

/**
 * Normalise HTML the way the CommonMark spec's `normalize.py` does, on a parsed tree rather
 * than with regexes: comments (Svelte's hydration markers) are dropped, white space next to
 * block tags is removed, and runs of white space outside `<pre>` become one space (Svelte
 * collapses them too). Attributes and entities are printed one way.
 */
export function normalizeSpecHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true })
  clean(tree, false)
  return toHtml(tree, { closeSelfClosing: false, tightSelfClosing: true }).trim()
}

function clean(parent: Root | Element, inPre: boolean) {
  const children: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'comment') continue
    if (child.type === 'element') clean(child, inPre || child.tagName === 'pre')
    children.push(child)
  }
  const result: RootContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    if (child.type === 'text' && !inPre) {
      let value = child.value.replace(/\s+/g, ' ')
      if (isBlock(children[index - 1]) || index === 0) value = value.replace(/^ /, '')
      if (isBlock(children[index + 1]) || index === children.length - 1)
        value = value.replace(/ $/, '')
      if (parent.type === 'element' && !blocks.has(parent.tagName))
        value = child.value.replace(/\s+/g, ' ')
      if (value === '') continue
      result.push({ ...child, value })
      continue
    }
    result.push(child)
  }
  parent.children = result as typeof parent.children
}

function isBlock(node: Nodes | undefined): boolean {
  return node !== undefined && node.type === 'element' && blocks.has(node.tagName)
}
