import type { Element, Root, RootContent } from 'hast'
import { codeChild } from './code-child.js'
import { textContent } from './text-content.js'

/** An opening or closing fence: backticks, tildes, or remark-math's `$$`, after any container marks. */
const fence = /^[ \t>]*(`{3,}|~{3,}|\${2,})/

/**
 * Find the fenced code blocks (and remark-math's display math, which becomes the same
 * `<pre><code class="language-math">`), note their language, text and whether the source closes
 * them, for the `languages` renderers. While streaming, a math block whose closing `$$` has not
 * arrived is replaced by a pending block, so rehype-katex never renders half a formula.
 */
export function markCodeBlocks(tree: Root, source: string, streaming: boolean): void {
  const visit = (parent: Root | Element) => {
    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'element') continue
      const code = node.tagName === 'pre' ? codeChild(node) : undefined
      if (!code) {
        visit(node)
        continue
      }
      const classes = Array.isArray(code.properties.className) ? code.properties.className : []
      const language = classes.map(String).find((name) => name.startsWith('language-'))
      if (!language) continue
      const lang = language.slice('language-'.length)
      const text = textContent(code).replace(/\n$/, '')
      const closed = isClosed(node, source)
      if (streaming && lang === 'math' && !closed) {
        children[index] = {
          type: 'element',
          tagName: 'pre',
          properties: { className: ['math-pending'], ariaBusy: 'true' },
          children: [{ type: 'element', tagName: 'code', properties: {}, children: code.children }],
          ...(node.position ? { position: node.position } : {}),
        }
        continue
      }
      const meta = code.data?.meta ?? undefined
      node.data = { ...node.data, codeBlock: { lang, code: text, meta, closed } } as Element['data']
    }
  }
  visit(tree)
}

/** Whether the block's last line is a fence closing its first: same character, at least as long. */
function isClosed(pre: Element, source: string): boolean {
  const start = pre.position?.start.offset
  const end = pre.position?.end.offset
  if (start === undefined || end === undefined) return true
  const firstEnd = source.indexOf('\n', start)
  if (firstEnd === -1 || firstEnd >= end) return false
  const open = fence.exec(source.slice(start, firstEnd))?.[1]
  if (!open) return true
  const lastLine = source.slice(source.lastIndexOf('\n', end - 1) + 1, end)
  const close = fence.exec(lastLine)?.[1]
  return (
    close !== undefined &&
    close[0] === open[0] &&
    close.length >= open.length &&
    lastLine.slice(lastLine.indexOf(close) + close.length).trim() === ''
  )
}
