import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { attributeName } from '../src/attributes.ts'
import { voidElements } from '../src/render-context.ts'

/** Svelte's hydration markers in server output: `<!--[-->`, `<!--]-->`, `<!---->`, `<!--[-1-->`. */
const hydrationMarker = /^(?:\[-?\d*|\]|)$/

const blockTags = new Set(
  'address article aside blockquote body caption center col colgroup dd details dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu meta nav ol optgroup option p param pre section source summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
)

/**
 * Our normalisation, in the spirit of the CommonMark spec's `normalize.py`: parse the HTML as a
 * browser would (so quoting, entity spelling and attribute order stop mattering), drop Svelte's
 * hydration markers, collapse whitespace outside `<pre>`, and drop whitespace next to block tags.
 */
export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true })
  return serialize(tree, false).trim()
}

function serialize(node: Nodes, pre: boolean): string {
  if (node.type === 'root') return joinChildren(node.children, pre)
  if (node.type === 'text')
    return pre ? escapeHtml(node.value) : escapeHtml(node.value.replace(/\s+/g, ' '))
  if (node.type === 'comment') return hydrationMarker.test(node.value) ? '' : `<!--${node.value}-->`
  if (node.type !== 'element') return ''
  const attributes = Object.entries(attributesOf(node))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('')
  const inside = joinChildren(node.children, pre || node.tagName === 'pre')
  if (voidElements.has(node.tagName)) return `<${node.tagName}${attributes}>`
  return `<${node.tagName}${attributes}>${inside}</${node.tagName}>`
}

/** Svelte's `hash()`: server output puts `<!--hash-->` before `{@html}` content to check hydration. */
function svelteHash(value: string): string {
  const text = value.replace(/\r/g, '')
  let hash = 5381
  let index = text.length
  while (index--) hash = ((hash << 5) - hash) ^ text.charCodeAt(index)
  return (hash >>> 0).toString(36)
}

function isMarker(children: Nodes[], index: number): boolean {
  const child = children[index]!
  if (child.type !== 'comment') return false
  if (hydrationMarker.test(child.value)) return true
  const next = children[index + 1]
  return next?.type === 'comment' && child.value === svelteHash(`<!--${next.value}-->`)
}

function joinChildren(children: Nodes[], pre: boolean): string {
  // Removing markers leaves text split in several nodes; a reader sees one run of text.
  const merged: Nodes[] = []
  children.forEach((child, index) => {
    if (isMarker(children, index)) return
    const previous = merged[merged.length - 1]
    if (child.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: previous.value + child.value }
    } else merged.push(child)
  })
  const parts = merged.map((child) => ({ child, html: serialize(child, pre) }))
  let html = ''
  parts.forEach(({ child, html: part }, index) => {
    let text = part
    if (!pre && child.type === 'text') {
      const previous = parts[index - 1]?.child
      const next = parts[index + 1]?.child
      if (!previous || isBlock(previous)) text = text.replace(/^ /, '')
      if (!next || isBlock(next)) text = text.replace(/ $/, '')
    }
    html += text
  })
  return html
}

function isBlock(node: Nodes): boolean {
  return node.type === 'element' && blockTags.has(node.tagName)
}

function attributesOf(node: Element): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === false || value === null || value === undefined) continue
    result[attributeName(key)] =
      value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value)
  }
  return result
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
