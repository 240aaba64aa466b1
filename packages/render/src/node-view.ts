import type { Element, RootContent } from 'hast'
import { toAttributes } from './attributes.js'
import { componentProps } from './component-props.js'
import {
  componentOf,
  type RenderContext,
  rawTextElements,
  safeComment,
  voidElements,
} from './render-context.js'
import { textContent } from './transform/text-content.js'
import type { CodeBlockProps, ElementSnippets, Languages } from './types.js'

type LanguageEntry = NonNullable<Languages[string]>
type ElementSnippet = NonNullable<ElementSnippets[string]>
type AnyComponent = NonNullable<ReturnType<typeof componentOf>>

/** How `HastNode` renders one node: which of its branches, with what. */
export type NodeView =
  | { kind: 'element'; tag: string; attributes: Record<string, unknown>; element: Element }
  | { kind: 'text'; value: string }
  | { kind: 'void'; tag: string; attributes: Record<string, unknown> }
  | { kind: 'raw-text'; tag: string; attributes: Record<string, unknown>; text: string }
  | {
      kind: 'component'
      component: AnyComponent
      attributes: Record<string, unknown>
      element: Element
      /** Whether it gets the element's content as `children`. */
      content: boolean
    }
  | {
      kind: 'snippet'
      snippet: ElementSnippet
      attributes: Record<string, unknown>
      element: Element
      content: boolean
    }
  | { kind: 'language'; language: LanguageEntry; props: CodeBlockProps }
  | { kind: 'comment'; html: string }
  | { kind: 'nothing' }

/**
 * Decide how a node renders, in one pass. `HastNode` keeps this as its single derived value and
 * tests the common case (a plain element) first: a node is one branch and one reactive value,
 * not a dozen, which is most of what creating and updating a node costs while a stream grows.
 */
export function nodeView(node: RootContent, ctx: RenderContext): NodeView {
  if (node.type === 'text') return { kind: 'text', value: node.value }
  if (node.type === 'comment') {
    const html = ctx.comments ? safeComment(node.value) : undefined
    return html === undefined ? { kind: 'nothing' } : { kind: 'comment', html }
  }
  if (node.type !== 'element') return { kind: 'nothing' }

  const tag = node.tagName
  const codeBlock = node.data?.codeBlock
  const language = codeBlock ? ctx.languages[codeBlock.lang] : undefined
  if (codeBlock && language) {
    const props: CodeBlockProps = {
      code: codeBlock.code,
      lang: codeBlock.lang,
      meta: codeBlock.meta,
      complete: codeBlock.closed || !ctx.streaming,
      node,
    }
    return { kind: 'language', language, props }
  }

  const entry = ctx.components[tag]
  // A tag from the source that a component renders: its props as written, JSON where declared.
  const fromSource = node.data?.component === true
  const attributes = fromSource ? componentProps(node, entry) : toAttributes(node.properties)
  const isVoid = voidElements.has(tag)
  const snippet = fromSource ? undefined : ctx.snippets[tag]
  if (snippet) return { kind: 'snippet', snippet, attributes, element: node, content: !isVoid }
  const component = componentOf(entry)
  if (component) {
    const content = !isVoid && !(fromSource && node.children.length === 0)
    return { kind: 'component', component, attributes, element: node, content }
  }
  if (isVoid) return { kind: 'void', tag, attributes }
  if (rawTextElements.has(tag))
    return { kind: 'raw-text', tag, attributes, text: textContent(node) }
  return { kind: 'element', tag, attributes, element: node }
}
