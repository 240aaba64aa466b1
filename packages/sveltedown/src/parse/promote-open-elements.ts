import type { Nodes, Paragraph, Parent } from 'mdast'
import type { CompileContext, OnEnterError, Token } from 'mdast-util-from-markdown'
import type { SvelteElement, SvelteTextElement } from '../types.js'
import { childrenKind } from './content-model.js'

/**
 * `<div>Some text\n</div>`, `<Card>Title\n\nMore\n</Card>`: a paragraph in which the opening tag of
 * an element that holds blocks (not phrasing: a `<div>`, a component) is left open at its end (with
 * any elements opened inside it). Svelte reads the element as written, so it
 * is not an error: the elements become flow elements, which a closing tag on a later line closes,
 * and the paragraph's text is their inline content (no `<p>`: it touches the tag's line).
 *
 * Called from the unclosed-element handler while the paragraph exits, with the innermost open
 * element already taken off the stacks (`innermost`). Text before the tag stays a paragraph. Returns false,
 * changing nothing, for anything else (emphasis, a link or a block open around the tag, a
 * phrasing element).
 */
export function promoteOpenElements(
  context: CompileContext,
  closing: Token,
  innermost: Token,
  onUnclosed: OnEnterError,
): boolean {
  const stack = context.data.svelteStack ?? []
  // The nodes still open above the paragraph, outermost first, then the innermost one, which
  // is the last child of the node below it.
  let paragraphIndex = context.stack.length - 1
  while (paragraphIndex >= 0 && context.stack[paragraphIndex]?.type === 'svelteTextElement') {
    paragraphIndex--
  }
  const paragraph = context.stack[paragraphIndex] as Nodes | undefined
  if (paragraph?.type !== 'paragraph' || paragraph.data?.svelteUnwrap) return false
  const above = context.stack.slice(paragraphIndex + 1) as SvelteTextElement[]
  const parentOfInnermost = (above[above.length - 1] ?? paragraph) as Parent
  const last = parentOfInnermost.children[parentOfInnermost.children.length - 1]
  if (last?.type !== 'svelteTextElement') return false
  const elements = [...above, last]

  const opened = stack.slice(-elements.length)
  if (
    paragraph.children[paragraph.children.length - 1] !== elements[0] ||
    opened.length !== elements.length ||
    opened.some(
      (item, index) => item.kind !== 'element' || item.flow || item.name !== elements[index]?.name,
    ) ||
    elements.some((element) => childrenKind(element.name) === 'inline')
  ) {
    return false
  }

  const tokens = above.length > 0 ? context.tokenStack.slice(-above.length) : []
  const [paragraphToken] = context.tokenStack[context.tokenStack.length - 1 - above.length] ?? []
  if (paragraphToken?.type !== closing.type) return false
  tokens.push([innermost, onUnclosed])
  context.stack.length = paragraphIndex + 1
  context.tokenStack.length -= elements.length - 1
  context.exit(closing)

  // The outermost element follows the paragraph (text before the tag stays a paragraph) or takes
  // its place; each element's children before the next element are its inline content.
  const parent = context.stack[context.stack.length - 1] as Parent
  const outermost = elements[0] as unknown as SvelteElement
  paragraph.children.pop()
  const before = paragraph.children[paragraph.children.length - 1]
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '')
  if (before?.position && paragraph.position) paragraph.position.end = before.position.end
  if (before) parent.children.push(outermost)
  else parent.children[parent.children.length - 1] = outermost
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as SvelteTextElement
    const next = elements[index + 1]
    const inline = next ? element.children.slice(0, -1) : element.children
    const flow = element as unknown as SvelteElement
    flow.type = 'svelteElement'
    flow.children = []
    if (inline.length > 0) flow.children.push(unwrapped(inline))
    if (next) flow.children.push(next as unknown as SvelteElement)
    const [token] = tokens[index] ?? []
    context.stack.push(flow)
    if (token) context.tokenStack.push([{ ...token, type: 'svelteFlowTag' }, onUnclosed])
    const item = opened[index]
    if (item?.kind === 'element') item.flow = true
  }
  return true
}

/** A paragraph that `unravelParagraphs` removes: its children stay, as phrasing, with no `<p>`. */
function unwrapped(children: SvelteTextElement['children']): Paragraph {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return {
    type: 'paragraph',
    children: children as Paragraph['children'],
    data: { svelteUnwrap: true },
    ...(start && end ? { position: { start, end } } : {}),
  }
}
