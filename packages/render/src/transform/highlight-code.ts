import type { Element, Root, RootContent } from 'hast'
import type { HighlightFunction, ShikiHighlighter } from '../types.js'
import { codeChild } from './code-child.js'
import { textContent } from './text-content.js'

/**
 * Replace `<pre><code class="language-x">` with the highlighter's output. Languages the
 * highlighter has not loaded stay plain code rather than failing the whole render: a stream may
 * name a language that is still being typed.
 */
export function highlightCode(
  tree: Root,
  highlighter: ShikiHighlighter | HighlightFunction,
  options: Record<string, unknown>,
): void {
  const loaded =
    typeof highlighter === 'function' ? undefined : new Set(highlighter.getLoadedLanguages())

  const visit = (parent: Root | Element) => {
    parent.children.forEach((node, index) => {
      if (node.type !== 'element') return
      const code = node.tagName === 'pre' ? codeChild(node) : undefined
      if (!code) {
        visit(node)
        return
      }
      const classes = code.properties.className
      const language = Array.isArray(classes)
        ? classes.map(String).find((name) => name.startsWith('language-'))
        : undefined
      const lang = language?.slice('language-'.length)
      const text = textContent(code).replace(/\n$/, '')
      let result: Root | undefined
      try {
        if (typeof highlighter === 'function') result = highlighter(text, lang)
        else if (lang && loaded!.has(lang))
          result = highlighter.codeToHast(text, { ...options, lang })
      } catch {
        result = undefined
      }
      const replacement = result?.children.find(
        (child): child is Element => child.type === 'element',
      )
      if (replacement) {
        // The block keeps its place in the source, so streamed blocks keep their keys.
        if (node.position) replacement.position = node.position
        // A `languages` renderer still finds the block it renders.
        if (node.data) replacement.data = { ...replacement.data, ...node.data }
        ;(parent.children as RootContent[])[index] = replacement
      }
    })
  }
  visit(tree)
}
