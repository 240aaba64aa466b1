import { parse as parseCommas } from 'comma-separated-tokens'
import type { Element, ElementContent, Properties } from 'hast'
import type { Html, Parents, Text } from 'mdast'
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast'
import { find, html } from 'property-information'
import { parse as parseSpaces } from 'space-separated-tokens'
import type { Position } from 'unist'
import { readsChildrenInline } from '../parse/content-model.js'
import { isPhrasingNode } from '../parse/is-phrasing-node.js'
import type {
  HastSvelteBlock,
  HastSvelteBlockBranch,
  HastSvelteElement,
  HastSvelteExpression,
  HastSvelteScript,
  HastSvelteStyle,
  SvelteAttribute,
  SvelteBlock,
  SvelteBlockBranch,
  SvelteElement,
  SvelteExpression,
  SvelteScript,
  SvelteStyle,
  SvelteTextBlock,
  SvelteTextBlockBranch,
  SvelteTextElement,
  SvelteTextExpression,
} from '../types.js'

/**
 * remark-rehype handlers for sveltedown's nodes. HTML elements written in the document become
 * real hast `element`s (so rehype plugins see `<div class="note">` like any other element);
 * components, `svelte:*` elements, blocks and expressions stay typed Svelte nodes.
 */
export const svelteHandlers: Handlers = {
  svelteElement: element,
  svelteTextElement: element,
  svelteBlock: block,
  svelteTextBlock: block,
  svelteBlockBranch: branch,
  svelteTextBlockBranch: branch,
  svelteExpression: expression,
  svelteTextExpression: expression,
  svelteScript: script,
  svelteStyle: style,
  html: comment,
  text: verbatimOrTrimmed,
}

/**
 * Text is trimmed at line starts and ends, as Markdown does, except inside `<pre>` and
 * `<textarea>` written in the document, whose white space is content.
 */
function verbatimOrTrimmed(state: State, node: Text): ElementContent {
  if (!node.data?.svelteVerbatim) return defaultHandlers.text(state, node) as ElementContent
  const result: ElementContent = { type: 'text', value: node.value }
  state.patch(node, result)
  return state.applyData(node, result)
}

/** `Foo`, `Foo.Bar`, `svelte:head` and `my:thing` are Svelte's; `div` and `my-element` are HTML. */
export function isHtmlElementName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name)
}

/**
 * Flow content gets line breaks around and between its blocks, as remark-rehype gives every
 * container; content that starts and ends on the lines of its tags (`<b>{a}</b>` alone on a
 * line) keeps exactly the white space that was written.
 */
function children(state: State, node: Parents, flow: boolean): ElementContent[] {
  const result = state.all(node)
  return flow && result.length > 0 ? state.wrap(result, true) : result
}

function element(state: State, node: SvelteElement | SvelteTextElement) {
  const opening = node.data?.openingPosition
  const closing = node.data?.closingPosition
  const oneLine = opening && closing && opening.end.line === closing.start.line
  const lone = node.children.length === 1 ? node.children[0] : undefined
  // `<button>` on its own line with one paragraph inside: a `<p>` is not allowed there, so its
  // content is the button's.
  const unwrap = lone?.type === 'paragraph' && readsChildrenInline(node.name)
  const flow = node.type === 'svelteElement' && !oneLine && !unwrap && !isPhrasingOnly(node)
  const content = unwrap ? state.all(lone) : children(state, node, flow)

  if (isHtmlElementName(node.name)) {
    const result: Element = {
      type: 'element',
      tagName: node.name,
      properties: {},
      children: content,
    }
    const positions: Record<string, Position | undefined> = {}
    const dynamic = toProperties(node.attributes, result.properties, positions)
    // Another package declares `position` on `ElementData` as required; it is optional in practice.
    result.data = {
      svelteAttributes: dynamic,
      sveltePropertyPositions: positions,
    } as Element['data']
    state.patch(node, result)
    return state.applyData(node, result)
  }

  const result: HastSvelteElement = {
    type: 'svelteElement',
    name: node.name,
    attributes: node.attributes,
    selfClosing: node.selfClosing,
    children: content,
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

/** An element lifted out of a paragraph keeps phrasing children: no line breaks are added. */
function isPhrasingOnly(node: SvelteElement): boolean {
  return node.children.length > 0 && node.children.every((child) => isPhrasingNode(child.type))
}

/**
 * Static attributes become hast properties; the rest stay Svelte attributes, remembered with how
 * many static properties came before each, so the serializer writes them back in order.
 */
function toProperties(
  attributes: SvelteAttribute[],
  properties: Properties,
  positions: Record<string, Position | undefined>,
): Array<SvelteAttribute & { after: number }> {
  const dynamic: Array<SvelteAttribute & { after: number }> = []
  let count = 0
  for (const attribute of attributes) {
    if (attribute.name === null || attribute.value === null) {
      dynamic.push({ ...attribute, after: count })
      continue
    }
    const info = find(html, attribute.name)
    // A duplicate is kept as written, so Svelte reports it instead of one silently winning.
    if (info.property in properties) {
      dynamic.push({ ...attribute, after: count })
      continue
    }
    let value: Properties[string] = attribute.value
    if (typeof value === 'string') {
      if (info.spaceSeparated) value = parseSpaces(value)
      else if (info.commaSeparated) value = parseCommas(value)
      else if (info.boolean || info.overloadedBoolean) value = value === '' ? true : value
    }
    properties[info.property] = value
    positions[info.property] = attribute.position
    count++
  }
  return dynamic
}

function block(state: State, node: SvelteBlock | SvelteTextBlock) {
  const result: HastSvelteBlock = {
    type: 'svelteBlock',
    name: node.name,
    closing: node.closing,
    closingPosition: node.closingPosition,
    children: state.all(node) as unknown as HastSvelteBlockBranch[],
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

function branch(state: State, node: SvelteBlockBranch | SvelteTextBlockBranch) {
  const oneLine =
    node.tagPosition && node.position && node.tagPosition.end.line === node.position.end.line
  const flow =
    node.type === 'svelteBlockBranch' &&
    !oneLine &&
    !node.children.every((child) => isPhrasingNode(child.type))
  const result: HastSvelteBlockBranch = {
    type: 'svelteBlockBranch',
    tag: node.tag,
    tagPosition: node.tagPosition,
    children: children(state, node, flow),
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

function expression(state: State, node: SvelteExpression | SvelteTextExpression) {
  const result: HastSvelteExpression = {
    type: 'svelteExpression',
    value: node.value,
    kind: node.kind,
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

function script(state: State, node: SvelteScript) {
  const result: HastSvelteScript = {
    type: 'svelteScript',
    value: node.value,
    attributes: node.attributes,
    context: node.context,
    valueStart: node.valueStart,
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

function style(state: State, node: SvelteStyle) {
  const result: HastSvelteStyle = {
    type: 'svelteStyle',
    value: node.value,
    attributes: node.attributes,
    valueStart: node.valueStart,
  }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}

/** Comments are the only raw HTML a document can hold; other `html` nodes come from plugins. */
function comment(state: State, node: Html) {
  const match = /^<!--([\s\S]*)-->$/.exec(node.value)
  if (match) {
    const result = { type: 'comment' as const, value: match[1] ?? '' }
    state.patch(node, result)
    return result
  }
  if (!state.options.allowDangerousHtml) return undefined
  const result = { type: 'raw' as const, value: node.value }
  state.patch(node, result as unknown as Element)
  return result as unknown as Element
}
