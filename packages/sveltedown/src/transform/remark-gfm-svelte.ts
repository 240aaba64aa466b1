import type { Link, Nodes, Parents, Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { autolinkLiteralBeforeBrace } from '../parse/autolink-literal-before-brace.js'

/**
 * remark plugin, used right after remark-gfm: GFM's literal autolinks fit Svelte. They end
 * before a `{` (an expression), and text inside an HTML `<a>` is never linked again, because
 * Svelte rejects a link inside a link (`<a href="https://x.co">https://x.co</a>`).
 */
export function remarkGfmSvelte(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(autolinkLiteralBeforeBrace())
  return (tree: Root, file: VFile) => {
    unlinkInsideAnchors(tree, String(file.value), false)
  }
}

/** Replace literal autolinks inside an `<a>` element by their text. */
function unlinkInsideAnchors(parent: Parents, source: string, inAnchor: boolean) {
  const children = parent.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Nodes
    if (inAnchor && child.type === 'link' && isLiteral(child, source)) {
      children.splice(index, 1, ...child.children)
      index += child.children.length - 1
      continue
    }
    if ('children' in child) {
      const anchor =
        (child.type === 'svelteElement' || child.type === 'svelteTextElement') && child.name === 'a'
      unlinkInsideAnchors(child, source, inAnchor || anchor)
    }
  }
}

/**
 * A link GFM found in text: it was written as its URL, not as `[text](url)` or `<url>`. Links
 * without a place were made by GFM's own search through text, as no other plugin ran yet.
 */
function isLiteral(node: Link, source: string): boolean {
  const offset = node.position?.start.offset
  if (offset === undefined) return true
  const first = source.charAt(offset)
  return first !== '[' && first !== '<'
}
