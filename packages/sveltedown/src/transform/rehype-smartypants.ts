import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { retext } from 'retext'
import retextSmartypants, { type Options } from 'retext-smartypants'

/** Content of these is code or markup, never prose. */
const skip = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'textarea',
  'var',
  'math',
  'svg',
])
const blocks = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section summary table td th tr ul'.split(
    ' ',
  ),
)

type Segment = { type: 'text'; node: Text } | { type: 'opaque' } | { type: 'break' }

/**
 * Typographic quotes, dashes and ellipses with retext-smartypants, in prose only: text nodes
 * are changed, so expressions, attributes, code, scripts and styles never are. Each text node is
 * educated with one character of context from its neighbours, so `"{name}"` gets an opening and
 * a closing quote.
 */
export function rehypeSmartypants(options: Options | true = {}) {
  const processor = retext().use(retextSmartypants, options === true ? {} : options)
  return (tree: Root) => {
    const segments: Segment[] = []
    collect(tree, segments)
    segments.forEach((segment, index) => {
      if (segment.type !== 'text' || !/["'`.-]/.test(segment.node.value)) return
      const before = contextChar(segments[index - 1], 'before')
      const after = contextChar(segments[index + 1], 'after')
      const result = String(processor.processSync(before + segment.node.value + after))
      segment.node.value = result.slice(before.length, result.length - after.length)
    })
  }
}

function collect(
  parent: Root | Element | { children: Array<RootContent | ElementContent> },
  segments: Segment[],
) {
  for (const child of parent.children as Array<RootContent | ElementContent>) {
    if (child.type === 'text') segments.push({ type: 'text', node: child })
    else if (child.type === 'svelteExpression') segments.push({ type: 'opaque' })
    else if (child.type === 'element') {
      if (skip.has(child.tagName)) segments.push({ type: 'opaque' })
      else {
        const block = blocks.has(child.tagName) || child.tagName === 'br'
        if (block) segments.push({ type: 'break' })
        collect(child, segments)
        if (block) segments.push({ type: 'break' })
      }
    } else if ('children' in child) collect(child as { children: ElementContent[] }, segments)
  }
}

/**
 * A neighbour as one character smartypants will not change: a space where the text starts or
 * ends, a letter next to an expression or code (they render as words), else the real character,
 * unless it is one smartypants would read as its own.
 */
function contextChar(segment: Segment | undefined, side: 'before' | 'after'): string {
  if (!segment || segment.type === 'break') return ' '
  if (segment.type === 'opaque') return 'a'
  const value = segment.node.value
  const character = side === 'before' ? value.slice(-1) : value.slice(0, 1)
  if (character === '') return ' '
  if (/\s/.test(character)) return ' '
  return /["'`.-]/.test(character) ? 'a' : character
}
