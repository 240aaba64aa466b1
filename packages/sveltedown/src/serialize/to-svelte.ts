import type { Element, Nodes, RootContent, Text } from 'hast'
import type { Schema } from 'property-information'
import { html, svg } from 'property-information'
import type { Point } from 'unist'
import { isVoidElement } from '../parse/is-void-element.js'
import { isWrittenElement } from '../transform/is-written-element.js'
import type {
  HastSvelteElement,
  HastSvelteScript,
  HastSvelteStyle,
  SvelteAttribute,
} from '../types.js'
import type { Writer } from './create-writer.js'
import { escapeText, isWhiteSpace } from './escape.js'
import { propertyAttributes } from './property-attributes.js'
import { rawToHast } from './rehype-repair-tree.js'

/**
 * Write hast as Svelte markup. Text and plain attribute values are escaped, so they can never
 * become Svelte; Svelte nodes are written from their source. Every node that came from the
 * document is mapped back to where it was written.
 */
/**
 * Where white space is kept: in a `<pre>` Svelte keeps it; in a component that replaces a `<pre>`
 * (`virtual`) it would not, so text there is written as expressions.
 */
type Pre = false | 'element' | 'virtual'

export function toSvelte(
  node: Nodes | RootContent,
  writer: Writer,
  schema: Schema = html,
  pre: Pre = false,
): void {
  switch (node.type) {
    case 'root':
      for (const child of childrenOf(node)) toSvelte(child, writer, schema, pre)
      return
    case 'text': {
      // Plugins make text without a value now and then.
      const value = typeof node.value === 'string' ? node.value : String(node.value ?? '')
      if (pre === 'virtual' && /\n|\s\s|^\s|\s$/.test(value)) {
        writer.write(`{${JSON.stringify(value)}}`, node.position?.start)
      } else writeText(value, node, writer)
      return
    }
    case 'element':
      if (node.data?.svelteMemo) memoized(node, writer, schema, pre)
      else if (rawTextElements.has(node.tagName)) rawTextElement(node, writer)
      else element(node, writer, schema, pre)
      return
    case 'comment':
      // `-->` inside would end the comment early and turn the rest into markup.
      writer.write(
        `<!--${String(node.value ?? '').replaceAll('-->', '--&gt;')}-->`,
        node.position?.start,
      )
      return
    case 'raw':
      // Raw HTML from a plugin, escaped for Svelte like the rest (see `rehype-repair-tree.ts`).
      for (const child of rawToHast(node.value)) toSvelte(child, writer, schema, pre)
      return
    case 'svelteElement':
      svelteElement(node, writer, schema, pre)
      return
    case 'svelteBlock':
      for (const branch of childrenOf(node)) {
        writer.write('{', branch.tagPosition?.start ?? branch.position?.start)
        writer.writeSource(branch.tag, shift(branch.tagPosition?.start))
        writer.write('}', lastColumn(branch.tagPosition?.end))
        for (const child of childrenOf(branch)) toSvelte(child, writer, schema, pre)
      }
      writer.write('{', node.closingPosition?.start)
      writer.writeSource(node.closing, shift(node.closingPosition?.start))
      writer.write('}', lastColumn(node.closingPosition?.end))
      return
    case 'svelteBlockBranch':
      for (const child of childrenOf(node)) toSvelte(child, writer, schema, pre)
      return
    case 'svelteExpression':
      writer.write('{', node.position?.start)
      writer.writeSource(node.value, shift(node.position?.start))
      writer.write('}', lastColumn(node.position?.end))
      return
    case 'svelteScript':
    case 'svelteStyle':
      rawElement(node.type === 'svelteScript' ? 'script' : 'style', node, writer)
      return
    default:
      // Doctypes and unknown nodes have no place in a component.
      return
  }
}

/** A parent's children; plugins leave `children` out of elements they make. */
function childrenOf<T extends { children?: unknown }>(
  node: T,
): NonNullable<T['children']> extends Array<infer C> ? C[] : never {
  return (Array.isArray(node.children) ? node.children : []) as never
}

/** Prose, escaped, with each word mapped to where it was written. */
function writeText(value: string, node: Text, writer: Writer) {
  if (!node.position) {
    writer.write(escapeText(value))
    return
  }
  if (writer.writeVerbatim(value, node.position.start)) return
  // Runs of white space and of other characters, as `split(/(\s+)/)` gives them, in one pass.
  const words: Array<[string, string | undefined]> = []
  let index = 0
  while (index < value.length) {
    const space = isWhiteSpace(value.charCodeAt(index))
    let end = index + 1
    while (end < value.length && isWhiteSpace(value.charCodeAt(end)) === space) end++
    const part = value.slice(index, end)
    words.push(space ? [part, undefined] : [escapeText(part), part])
    index = end
  }
  writer.writeWords(words, node.position.start, node.position.end)
}

/** The last character before `point` (an end point): a closing brace. */
function lastColumn(point: { line: number; column: number } | undefined) {
  return point ? { line: point.line, column: point.column - 1 } : undefined
}

/** The point one column after `point`: where a brace's contents start. */
function shift(point: { line: number; column: number } | undefined) {
  return point ? { line: point.line, column: point.column + 1 } : undefined
}

/**
 * An element whose markup only depends on its memo key and the line it starts on (a highlighted
 * code block) is written once and replayed, its sourcemap moved to the new line.
 */
function memoized(node: Element, writer: Writer, schema: Schema, pre: Pre) {
  const memo = node.data?.svelteMemo
  if (!memo) return
  const key = `${pre}:${schema.space}:${memo.key}`
  const recording = memo.store.get(key)
  if (recording) {
    writer.replay(recording, memo.line - recording.line)
    return
  }
  memo.fill?.()
  const stop = writer.record()
  element(node, writer, schema, pre)
  const made = stop()
  if (made) memo.store.set(key, { ...made, line: memo.line })
}

function element(node: Element, writer: Writer, parentSchema: Schema, pre: Pre) {
  const schema = node.tagName === 'svg' ? svg : parentSchema
  writer.write(`<${node.tagName}`, node.position?.start)
  writeAttributes(attributesOf(node, schema), writer, node.position?.start)
  const children = childrenOf(node)
  if (children.length === 0 && isVoidElement(node.tagName)) {
    writer.write(' />')
    return
  }
  writer.write('>')
  const childSchema = node.tagName === 'foreignObject' ? html : schema
  const childPre: Pre = pre || (preformatted.has(node.tagName) ? 'element' : false)
  // Elements the author wrote keep Svelte's meaning: their edge white space is trimmed as usual.
  const keepEdges = !childPre && !isWrittenElement(node) && !blockElements.has(node.tagName)
  const last = children.length - 1
  children.forEach((child, index) => {
    if (keepEdges && child.type === 'text' && (index === 0 || index === last)) {
      textWithEdges(child, writer, index === 0, index === last)
    } else toSvelte(child, writer, childSchema, childPre)
  })
  writer.write(`</${node.tagName}>`)
}

function attributesOf(node: Element, schema: Schema): SvelteAttribute[] {
  return propertyAttributes(
    node.properties ?? {},
    node.data?.svelteAttributes ?? [],
    schema,
    node.data?.sveltePropertyPositions,
  )
}

const preformatted = new Set(['pre', 'textarea', 'listing', 'plaintext'])

/** Elements whose content Svelte (like HTML) reads as raw text, braces included. */
const rawTextElements = new Set(['script', 'style'])

/**
 * A `<script>` or `<style>` element that a plugin made (rehype-mathjax's stylesheet, JSON-LD),
 * inside markup: Svelte reads its content as raw text and renders it as is, so the text is
 * written unescaped, with only an inner closing tag broken up.
 */
function rawTextElement(node: Element, writer: Writer) {
  writer.write(`<${node.tagName}`, node.position?.start)
  writeAttributes(attributesOf(node, html), writer, node.position?.start)
  writer.write('>')
  writer.write(escapeClosingTag(rawTextOf(node), node.tagName), node.position?.start)
  writer.write(`</${node.tagName}>`)
}

/**
 * The same at the top level of the component, where Svelte would take a `<style>` or `<script>`
 * for the component's own: written as `{@html "<style>…</style>"}`, which renders exactly that
 * HTML on the server and in the browser.
 */
export function rawTextElementAsHtml(node: RootContent, writer: Writer): boolean {
  if (node.type !== 'element' || !rawTextElements.has(node.tagName)) return false
  const attributes = attributesOf(node, html)
    .filter((attribute) => attribute.value !== null)
    .map((attribute) => ` ${attribute.source}`)
    .join('')
  const content = escapeClosingTag(rawTextOf(node), node.tagName)
  const markup = `<${node.tagName}${attributes}>${content}</${node.tagName}>`
  writer.write(`{@html ${JSON.stringify(markup)}}`, node.position?.start)
  return true
}

/**
 * The text of a raw-text element. Written in the document on one line with other markup, its
 * content was parsed as Markdown and Svelte (braces became expressions): each is written back
 * as it was.
 */
function rawTextOf(node: Element): string {
  let text = ''
  for (const child of childrenOf(node)) {
    if (child.type === 'text') text += String(child.value ?? '')
    else if (child.type === 'svelteExpression') text += `{${child.value}}`
    else if (child.type === 'element') text += rawTextOf(child)
  }
  return text
}
const blockElements = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)

/**
 * Svelte trims white space at the start and end of an element's content, which changes
 * `<code> a </code>` (a code span that keeps its spaces). Edge white space of inline elements is
 * written as an expression, which Svelte keeps.
 */
function textWithEdges(node: Text, writer: Writer, first: boolean, last: boolean) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.value)
  const [, lead = '', middle = '', trail = ''] = match ?? []
  if (first && lead) writer.write(`{${JSON.stringify(lead)}}`, node.position?.start)
  else if (lead) writer.write(escapeText(lead), node.position?.start)
  if (middle) writeText(middle, node, writer)
  if (last && trail && (middle || !first)) writer.write(`{${JSON.stringify(trail)}}`)
  else if (trail && middle) writer.write(escapeText(trail))
}

function svelteElement(node: HastSvelteElement, writer: Writer, schema: Schema, pre: Pre) {
  const replaces = node.data?.svelteReplaces
  const childPre: Pre = pre || (replaces && preformatted.has(replaces) ? 'virtual' : false)
  writer.write(`<${node.name}`, node.position?.start)
  writeAttributes(node.attributes ?? [], writer)
  const children = childrenOf(node)
  if (children.length === 0 && node.selfClosing) {
    writer.write(' />')
    return
  }
  writer.write('>')
  for (const child of children) toSvelte(child, writer, schema, childPre)
  writer.write(`</${node.name}>`)
}

/**
 * Svelte attributes are written as they were; static ones are written anew, so only their start
 * is mapped. Attributes Markdown made (a link's `href`) map to the construct that made them.
 */
function writeAttributes(attributes: SvelteAttribute[], writer: Writer, construct?: Point) {
  for (const attribute of attributes) {
    writer.write(' ')
    if (attribute.parts) {
      for (const part of attribute.parts) {
        if (part.exact) writer.writeSource(part.text, part.start)
        else writer.write(part.text, part.start)
      }
    } else if (attribute.value === null)
      writer.writeSource(attribute.source, attribute.position?.start)
    else writer.write(attribute.source, attribute.position?.start ?? construct)
  }
}

/** Write a `<script>` or `<style>` with its contents exactly as written. */
export function rawElement(
  name: string,
  node: HastSvelteScript | HastSvelteStyle,
  writer: Writer,
  attributes: SvelteAttribute[] = node.attributes,
) {
  writer.write(`<${name}`, node.position?.start)
  writeAttributes(attributes, writer)
  writer.write('>')
  writer.writeSource(escapeClosingTag(node.value, name), node.valueStart)
  writer.write(`</${name}>`)
}

/**
 * Svelte ends a script at the first `</script>`, even inside a JavaScript string. sveltedown
 * found the real end, so an inner `</script` is written as `<\/script`: the same string in
 * JavaScript, and no longer a closing tag.
 */
function escapeClosingTag(value: string, name: string): string {
  return value.replaceAll(`</${name}`, `<\\/${name}`)
}
