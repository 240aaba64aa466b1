import type { Html, Nodes, Parent, Text } from 'mdast'
import type {
  CompileContext,
  Extension,
  OnEnterError,
  Token,
  Transform,
} from 'mdast-util-from-markdown'
import { decodeString } from 'micromark-util-decode-string'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import { parseEntities } from 'parse-entities'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type {
  SvelteAttribute,
  SvelteBlock,
  SvelteBlockBranch,
  SvelteBlockName,
  SvelteElement,
  SvelteExpression,
  SvelteExpressionKind,
  SvelteOpenConstruct,
  SvelteScript,
  SvelteStyle,
  SvelteTagInProgress,
  SvelteTextBlock,
  SvelteTextBlockBranch,
  SvelteTextElement,
  SvelteTextExpression,
} from '../types.js'
import { closesOmitted, hasOptionalEndTag, keepsWhiteSpace } from './content-model.js'
import { expressionEnd, expressionStart } from './expression-markers.js'
import { isVoidElement } from './is-void-element.js'
import { promoteOpenElements } from './promote-open-elements.js'
import { unistPoint } from './unist-point.js'
import { unravelParagraphs } from './unravel-paragraphs.js'

const blockNames = new Set<string>(['if', 'each', 'await', 'key', 'snippet'])

/** Which branch tags each block accepts. `else if` is written `:else if`. */
const branchesOf: Record<SvelteBlockName, string[]> = {
  if: ['else'],
  each: ['else'],
  await: ['then', 'catch'],
  key: [],
  snippet: [],
}

/**
 * Turn sveltedown's tokens into mdast nodes. Opening tags and block tags enter a node that stays
 * open while the Markdown after them is compiled into it; the matching closing tag exits it.
 * That is how `<Card>`, a paragraph, and `</Card>` on three lines become one element.
 */
export function svelteFromMarkdown(): Extension {
  return {
    enter: {
      svelteFlow: enterFlow,
      svelteFlowTag: enterTag,
      svelteTextTag: enterTextTag,
      svelteFlowBrace: enterItem,
      svelteFlowComment: enterItem,
      svelteTextBrace: enterTextConstruct,
      svelteTextComment: enterTextConstruct,
      svelteTagAttribute: enterAttribute,
      svelteRaw: enterTag,
      svelteInlineFlow: enterInlineFlow,
    },
    exit: {
      svelteFlow: exitFlow,
      svelteFlowWhitespace: exitFlowWhitespace,
      svelteTagClosingMarker: exitClosingMarker,
      svelteTagSelfClosingMarker: exitSelfClosingMarker,
      svelteTagName: exitTagName,
      svelteTagAttributeName: exitAttributeName,
      svelteTagAttributeValue: exitAttributeValue,
      svelteTagAttributeValueExpression: exitAttributeDynamic,
      svelteTagAttributeExpression: exitAttributeDynamic,
      svelteTagAttribute: exitAttribute,
      svelteFlowTag: exitTag,
      svelteTextTag: exitTag,
      svelteFlowBrace: exitBrace,
      svelteTextBrace: exitBrace,
      svelteFlowComment: exitComment,
      svelteTextComment: exitComment,
      svelteRawValue: exitRawValue,
      svelteRaw: exitRaw,
      svelteInlineFlow: exitInlineFlow,
      atxHeadingText: exitHeadingText,
      labelText: exitLabelText,
      setextHeadingText: exitSetextHeadingText,
      svelteTextBackslash: exitAsText,
      svelteTextLessThan: exitAsText,
      linePrefix: exitLineEdge,
      lineSuffix: exitLineEdge,
    },
    transforms: [unravelParagraphs as Transform],
    // Text inside elements and blocks keeps its line endings, as text inside a paragraph does.
    canContainEols: ['svelteTextElement', 'svelteTextBlockBranch'],
  }
}

// Whitespace between two items on one flow line (`<A /> <B />`) is kept as text; whitespace at
// the end of the line is not.
function enterFlow(this: CompileContext) {
  this.data.svelteFlowWhitespace = undefined
}

function exitFlow(this: CompileContext) {
  this.data.svelteFlowWhitespace = undefined
}

function exitFlowWhitespace(this: CompileContext, token: Token) {
  this.data.svelteFlowWhitespace = token
}

function exitRawValue(this: CompileContext, token: Token) {
  this.data.svelteRawValue = this.sliceSerialize(token)
  this.data.svelteRawValueStart = unistPoint(token.start)
}

/**
 * An element read inline on lines of its own (see `svelte-inline-flow.ts`) is compiled like a
 * paragraph, which `unravelParagraphs` then removes: its content is phrasing, but it is no `<p>`.
 */
function enterInlineFlow(this: CompileContext, token: Token) {
  this.enter({ type: 'paragraph', children: [], data: { svelteUnwrap: true } }, token)
}

/**
 * Text drops the white space that starts and ends each line, as Markdown does; inside `<pre>`
 * and `<textarea>` written in the document it is content, so it is put back.
 */
function exitLineEdge(this: CompileContext, token: Token) {
  for (let index = this.stack.length - 1; index >= 0; index--) {
    const node = this.stack[index] as Nodes
    if (node.type === 'svelteTextElement' && keepsWhiteSpace(node.name)) {
      // micromark's slice of a line suffix that was a whole data token is empty, so trailing
      // white space (spaces, which is what a line suffix is) is counted from its offsets.
      const value =
        token.type === 'lineSuffix'
          ? ' '.repeat(token.end.offset - token.start.offset)
          : this.sliceSerialize(token)
      const parent = this.stack[this.stack.length - 1] as Parent
      const tail = parent.children[parent.children.length - 1]
      const position = { start: unistPoint(token.start), end: unistPoint(token.end) }
      if (tail?.type === 'text') {
        tail.value += value
        if (tail.position) tail.position.end = position.end
      } else parent.children.push({ type: 'text', value, position } as Text)
      return
    }
    if (node.type === 'paragraph' || node.type === 'root') return
  }
}

/** A backslash or a `<` kept as text (see `svelte-text-backslash.ts`, `svelte-text.ts`). */
function exitAsText(this: CompileContext, token: Token) {
  this.config.enter.data?.call(this, token)
  this.config.exit.data?.call(this, token)
}

/**
 * A heading's text ends before its closing sequence or underline, which mdast-util-from-markdown
 * expects to find the heading for: an element or block still open in the text is reported here.
 */
function exitHeadingText(this: CompileContext, token: Token) {
  const node = this.stack[this.stack.length - 1] as Nodes | undefined
  if (
    node?.type === 'svelteTextElement' ||
    node?.type === 'svelteTextBlock' ||
    node?.type === 'svelteTextBlockBranch'
  ) {
    onUnclosed.call(this, { ...token, type: 'atxHeading' }, token)
  }
}

/**
 * A link's or image's text ends before its `]`, where mdast-util-from-markdown expects to find the
 * link: an element or block still open in the text (`[{#if x}](/u)`) is reported here. Otherwise
 * what mdast-util-from-markdown's own handler does, which this one replaces.
 */
function exitLabelText(this: CompileContext, token: Token) {
  const node = this.stack[this.stack.length - 1] as Nodes | undefined
  if (
    node?.type === 'svelteTextElement' ||
    node?.type === 'svelteTextBlock' ||
    node?.type === 'svelteTextBlockBranch'
  ) {
    onUnclosed.call(this, { ...token, type: 'labelText' }, token)
    return
  }
  const ancestor = this.stack[this.stack.length - 2] as Nodes | undefined
  if (
    ancestor?.type !== 'link' &&
    ancestor?.type !== 'image' &&
    ancestor?.type !== 'linkReference' &&
    ancestor?.type !== 'imageReference'
  )
    return
  const string = this.sliceSerialize(token)
  const target = ancestor as unknown as { label?: string; identifier?: string }
  target.label = decodeString(string)
  target.identifier = normalizeIdentifier(string).toLowerCase()
}

function exitSetextHeadingText(this: CompileContext, token: Token) {
  exitHeadingText.call(this, token)
  // What mdast-util-from-markdown's own handler does, which this one replaces.
  this.data.setextHeadingSlurpLineEnding = true
}

function exitInlineFlow(this: CompileContext, token: Token) {
  this.exit(token)
}

/** Where an implicitly closed element ends: after its last child. */
function lastEnd(node: Parent, token: Token): Token['end'] {
  const end = node.children[node.children.length - 1]?.position?.end
  return end ? { ...end, _index: 0, _bufferIndex: -1, offset: end.offset ?? 0 } : token.end
}

function enterItem(this: CompileContext) {
  const token = this.data.svelteFlowWhitespace
  if (!token) return
  this.data.svelteFlowWhitespace = undefined
  const text: Text = { type: 'text', value: this.sliceSerialize(token) }
  this.enter(text, token)
  this.exit(token)
}

/**
 * Text constructs may span lines. Their line endings must not become text of the paragraph, so
 * while they are read a buffer is open; it is dropped when they exit.
 */
function enterTextConstruct(this: CompileContext) {
  this.buffer()
}

function enterTextTag(this: CompileContext, token: Token) {
  enterTag.call(this, token)
  this.buffer()
}

function enterTag(this: CompileContext, token: Token) {
  if (token.type === 'svelteFlowTag') enterItem.call(this)
  this.data.svelteTag = {
    name: '',
    closing: false,
    selfClosing: false,
    attributes: [],
    attributeName: null,
    attributeValue: null,
    attributeDynamic: false,
  }
}

function currentTag(context: CompileContext): SvelteTagInProgress {
  const tag = context.data.svelteTag
  if (!tag) throw new Error('Expected a tag to be open')
  return tag
}

function exitClosingMarker(this: CompileContext) {
  currentTag(this).closing = true
}

function exitSelfClosingMarker(this: CompileContext) {
  currentTag(this).selfClosing = true
}

function exitTagName(this: CompileContext, token: Token) {
  const tag = currentTag(this)
  // The raw construct's opening tag and its inner tag both name it; the first one wins.
  if (!tag.name) tag.name = this.sliceSerialize(token)
}

function enterAttribute(this: CompileContext) {
  const tag = currentTag(this)
  tag.attributeName = null
  tag.attributeValue = null
  tag.attributeDynamic = false
}

function exitAttributeName(this: CompileContext, token: Token) {
  currentTag(this).attributeName = this.sliceSerialize(token)
}

function exitAttributeValue(this: CompileContext, token: Token) {
  const tag = currentTag(this)
  const raw = this.sliceSerialize(token)
  const first = raw.charAt(0)
  tag.attributeValue = first === '"' || first === "'" ? raw.slice(1, -1) : raw
}

function exitAttributeDynamic(this: CompileContext) {
  currentTag(this).attributeDynamic = true
}

function exitAttribute(this: CompileContext, token: Token) {
  const tag = currentTag(this)
  const name = tag.attributeName
  // Directives (`bind:`, `on:`, `class:`…) and anything with braces belong to Svelte.
  const dynamic = tag.attributeDynamic || name === null || name.includes(':')
  const attribute: SvelteAttribute = {
    name,
    value: dynamic ? null : tag.attributeValue === null ? true : parseEntities(tag.attributeValue),
    source: this.sliceSerialize(token),
    position: { start: unistPoint(token.start), end: unistPoint(token.end) },
  }
  tag.attributes.push(attribute)
}

function exitTag(this: CompileContext, token: Token, closing?: SvelteTagInProgress): undefined {
  const tag = closing ?? currentTag(this)
  this.data.svelteTag = undefined
  const flow = token.type === 'svelteFlowTag'
  if (!flow && !closing) this.resume()
  const stack = (this.data.svelteStack ??= [])
  const position = { start: unistPoint(token.start), end: unistPoint(token.end) }

  if (tag.closing) {
    const open = stack[stack.length - 1]
    if (open?.kind !== 'element') {
      throw createDiagnostic('tag_unexpected_close', position, { name: tag.name })
    }
    if (open.name !== tag.name) {
      if (closeOmitted(this, tag.name, flow)) {
        exitTag.call(this, token, tag)
        return
      }
      throw createDiagnostic('tag_mismatch', position, {
        name: tag.name,
        expected: open.name,
        line: open.position.start.line,
      })
    }
    if (open.flow && !flow) {
      closeFromParagraph(this, token, position)
      return
    }
    if (open.flow !== flow) {
      throw createDiagnostic('tag_close_placement', position, { name: tag.name, flow: open.flow })
    }
    assertNotInside(this, flow ? 'svelteElement' : 'svelteTextElement', position, {
      tag: `</${tag.name}>`,
      opening: `<${tag.name}>`,
      line: open.position.start.line,
    })
    stack.pop()
    const node = this.stack[this.stack.length - 1] as SvelteElement | SvelteTextElement
    this.exit(token)
    node.data = { ...node.data, closingPosition: position }
    return
  }

  // `<li>` while an `<li>` is open, `<div>` while a `<p>` is: the open one ends here.
  while (
    closesOmitted(stack[stack.length - 1]?.name ?? '', tag.name) &&
    closeOmitted(this, '', flow)
  ) {}

  const node: SvelteElement | SvelteTextElement = {
    type: flow ? 'svelteElement' : 'svelteTextElement',
    name: tag.name,
    attributes: tag.attributes,
    selfClosing: tag.selfClosing,
    children: [],
    data: { openingPosition: position },
  }

  if (tag.selfClosing || isVoidElement(tag.name)) {
    this.enter(node, token)
    this.exit(token)
    return
  }

  this.enter(node, token, onUnclosed)
  stack.push({ kind: 'element', name: tag.name, flow, position })
}

/**
 * `</ul>` while an `<li>` is open, `</div>` while a `<p>` is: elements whose end tag may be left
 * out close there, as Svelte and HTML close them, if the closing tag matches an element that is
 * open around them.
 */
function closeOmitted(context: CompileContext, name: string, flow: boolean): boolean {
  const stack = context.data.svelteStack ?? []
  const open = stack[stack.length - 1]
  const node = context.stack[context.stack.length - 1]
  if (open?.kind !== 'element' || open.flow !== flow || !hasOptionalEndTag(open.name)) return false
  if (node?.type !== (flow ? 'svelteElement' : 'svelteTextElement')) return false
  // A closing tag closes omitted ones only on its way to its own element; an opening tag (no
  // name) has already been checked by the caller.
  if (name && !stack.some((item) => item.kind === 'element' && item.name === name)) return false
  const [token] = context.tokenStack[context.tokenStack.length - 1] ?? []
  if (!token) return false
  stack.pop()
  context.exit({ type: token.type, start: token.start, end: lastEnd(node, token) })
  return true
}

/**
 * `<Callout>\ntext </Callout>`: the closing tag of an element opened on its own line ends the
 * paragraph it is in, when that paragraph sits right inside the element and ends on the same
 * line. Anything after it on that line follows the element, as text. Elsewhere the meaning is
 * ambiguous and the tag is an error that names the line where the paragraph ends.
 */
function closeFromParagraph(
  context: CompileContext,
  token: Token,
  position: SvelteOpenConstruct['position'],
) {
  const stack = context.data.svelteStack ?? []
  const open = stack[stack.length - 1]
  const paragraph = context.stack[context.stack.length - 1]
  const element = context.stack[context.stack.length - 2]
  const [paragraphToken] = context.tokenStack[context.tokenStack.length - 1] ?? []
  if (
    !open ||
    paragraph?.type !== 'paragraph' ||
    element?.type !== 'svelteElement' ||
    element.name !== open.name ||
    paragraphToken?.type !== 'paragraph' ||
    paragraphToken.end.line !== token.end.line
  ) {
    throw createDiagnostic('tag_close_placement', position, {
      name: open?.name,
      flow: true,
      line: paragraphToken?.end.line,
    })
  }
  const last = paragraph.children[paragraph.children.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  context.exit({ type: 'paragraph', start: paragraphToken.start, end: token.start })
  stack.pop()
  context.exit({ type: 'svelteFlowTag', start: token.start, end: token.end })
  element.data = { ...element.data, closingPosition: position }
  context.enter(
    { type: 'paragraph', children: [], data: { svelteUnwrap: true } },
    { type: 'paragraph', start: token.end, end: paragraphToken.end },
  )
}

function exitBrace(this: CompileContext, token: Token) {
  const flow = token.type === 'svelteFlowBrace'
  if (!flow) this.resume()
  const raw = this.sliceSerialize(token)
  const value = raw.slice(1, -1)
  const position = { start: unistPoint(token.start), end: unistPoint(token.end) }
  const sigil = value.charAt(0)

  if (sigil === '#') return openBlock(this, token, value, flow)
  if (sigil === ':') return branchBlock(this, token, value, flow)
  if (sigil === '/' && /^\/[A-Za-z]/.test(value)) return closeBlock(this, token, value, flow)

  if (flow) enterItem.call(this)
  if (!flow && inImageLabel(this)) {
    // An image's alt is a string, so the expression is kept as a marked piece of it; the
    // element becomes `alt="... {expression}"` later (see `rehype-svelte-attribute-expressions.ts`).
    const text: Text = { type: 'text', value: `${expressionStart}${value}${expressionEnd}` }
    this.enter(text, token)
    this.exit(token)
    return
  }
  const kind = expressionKind(value)
  const node: SvelteExpression | SvelteTextExpression = {
    type: flow ? 'svelteExpression' : 'svelteTextExpression',
    value,
    kind,
  }
  this.enter(node, token)
  this.exit(token)
  node.position = position
}

/** Whether the text being compiled is the label of an image (`![alt {x}](src)`). */
function inImageLabel(context: CompileContext): boolean {
  for (let index = context.stack.length - 1; index > 0; index--) {
    const node = context.stack[index] as Nodes | { type: 'fragment' }
    if (node.type === 'fragment') {
      const owner = context.stack[index - 1]
      return owner?.type === 'image' || owner?.type === 'imageReference'
    }
  }
  return false
}

function expressionKind(value: string): SvelteExpressionKind {
  if (value.charAt(0) !== '@') return 'expression'
  const word = /^@(\w+)/.exec(value)?.[1]
  if (word === 'html' || word === 'render' || word === 'const' || word === 'debug') return word
  return 'expression'
}

function keyword(value: string): string {
  return /^.(\w*)/.exec(value)?.[1] ?? ''
}

function openBlock(context: CompileContext, token: Token, value: string, flow: boolean) {
  if (flow) enterItem.call(context)
  const name = keyword(value)
  const position = { start: unistPoint(token.start), end: unistPoint(token.end) }
  if (!blockNames.has(name)) {
    throw createDiagnostic('block_invalid', position, { name })
  }
  const block: SvelteBlock | SvelteTextBlock = {
    type: flow ? 'svelteBlock' : 'svelteTextBlock',
    name: name as SvelteBlockName,
    closing: '',
    children: [],
  }
  context.enter(block, token, onUnclosed)
  enterBranch(context, token, value, flow, position)
  const stack = (context.data.svelteStack ??= [])
  stack.push({ kind: 'block', name, flow, position })
}

function enterBranch(
  context: CompileContext,
  token: Token,
  value: string,
  flow: boolean,
  position: SvelteBlockBranch['position'] & object,
) {
  const branch: SvelteBlockBranch | SvelteTextBlockBranch = {
    type: flow ? 'svelteBlockBranch' : 'svelteTextBlockBranch',
    tag: value,
    tagPosition: position,
    children: [],
  }
  context.enter(branch, token, onUnclosed)
}

function openBlockFor(context: CompileContext, token: Token, value: string, flow: boolean) {
  const stack = (context.data.svelteStack ??= [])
  const open = stack[stack.length - 1]
  const name = keyword(value)
  const position = { start: unistPoint(token.start), end: unistPoint(token.end) }
  if (open?.kind !== 'block') {
    throw createDiagnostic(
      value.charAt(0) === '/' ? 'block_unexpected_close' : 'block_unexpected_branch',
      position,
      { tag: `{${value}}`, element: open?.kind === 'element' ? open.name : undefined },
    )
  }
  if (open.flow !== flow) {
    throw createDiagnostic('block_tag_placement', position, {
      tag: `{${value}}`,
      flow: open.flow,
      name: open.name,
    })
  }
  assertNotInside(context, flow ? 'svelteBlockBranch' : 'svelteTextBlockBranch', position, {
    tag: `{${value}}`,
    opening: `{#${open.name}}`,
    line: open.position.start.line,
  })
  return { open, name, position }
}

function branchBlock(context: CompileContext, token: Token, value: string, flow: boolean) {
  const { open, name, position } = openBlockFor(context, token, value, flow)
  if (!branchesOf[open.name as SvelteBlockName].includes(name)) {
    throw createDiagnostic('block_unexpected_branch', position, {
      tag: `{${value}}`,
      block: open.name,
    })
  }
  const previous = context.stack[context.stack.length - 1] as Parent
  context.exit(token)
  if (previous.position) previous.position.end = unistPoint(token.start)
  enterBranch(context, token, value, flow, position)
}

function closeBlock(context: CompileContext, token: Token, value: string, flow: boolean) {
  const { open, name, position } = openBlockFor(context, token, value, flow)
  if (open.name !== name) {
    throw createDiagnostic('block_mismatch', position, {
      tag: `{${value}}`,
      expected: `{/${open.name}}`,
      line: open.position.start.line,
    })
  }
  context.data.svelteStack?.pop()
  const branch = context.stack[context.stack.length - 1] as Parent
  context.exit(token)
  if (branch.position) branch.position.end = unistPoint(token.start)
  const block = context.stack[context.stack.length - 1] as SvelteBlock | SvelteTextBlock
  context.exit(token)
  block.closing = value
  block.closingPosition = position
}

/**
 * A closing or branch tag must be where its element or block is open, not inside a container
 * (list item, block quote, footnote definition, link) that began after it: `{#if x}\n[^1]: y\n{/if}`
 * reads `{/if}` as the footnote's text.
 */
function assertNotInside(
  context: CompileContext,
  type: string,
  position: SvelteOpenConstruct['position'],
  values: { tag: string; opening: string; line: number },
) {
  const node = context.stack[context.stack.length - 1] as Nodes | undefined
  if (!node || node.type === type) return
  throw createDiagnostic('tag_crosses_container', position, {
    ...values,
    container: containerName(node.type),
    containerLine: node.position?.start.line,
  })
}

function containerName(type: string): string {
  switch (type) {
    case 'footnoteDefinition':
      return 'footnote definition'
    case 'listItem':
      return 'list item'
    case 'blockquote':
      return 'block quote'
    case 'link':
    case 'linkReference':
      return 'link'
    case 'emphasis':
    case 'strong':
    case 'delete':
      return type === 'delete' ? 'strikethrough' : type
    default:
      return type === 'paragraph' ? 'paragraph' : 'element'
  }
}

function exitComment(this: CompileContext, token: Token) {
  if (token.type === 'svelteFlowComment') enterItem.call(this)
  else this.resume()
  const node: Html = { type: 'html', value: this.sliceSerialize(token) }
  this.enter(node, token)
  this.exit(token)
}

function exitRaw(this: CompileContext, token: Token) {
  const tag = currentTag(this)
  this.data.svelteTag = undefined
  const value = this.data.svelteRawValue ?? ''
  const valueStart = this.data.svelteRawValueStart
  this.data.svelteRawValue = undefined
  this.data.svelteRawValueStart = undefined
  const isModule = tag.attributes.some(
    (attribute) =>
      attribute.name === 'module' || (attribute.name === 'context' && attribute.value === 'module'),
  )
  const node: SvelteScript | SvelteStyle =
    tag.name === 'style'
      ? { type: 'svelteStyle', value, attributes: tag.attributes, valueStart }
      : {
          type: 'svelteScript',
          value,
          attributes: tag.attributes,
          context: isModule ? 'module' : 'instance',
          valueStart,
        }
  this.enter(node, token)
  this.exit(token)
}

const onUnclosed: OnEnterError = function (this, closing, open) {
  const stack = this.data.svelteStack ?? []
  const construct = stack[stack.length - 1]
  // At the end of a paragraph, elements whose end tag may be left out (`<p>`, `<li>`, `<td>`, …)
  // close, as Svelte and HTML close them. mdast-util-from-markdown has already taken the element
  // off its stacks; the paragraph is exited here, and the element ends where it does.
  // Only inside another element or block, which closes it; at the end of the document Svelte
  // wants it closed.
  if (
    closing &&
    (closing.type === 'paragraph' || closing.type === 'svelteInlineFlow') &&
    construct?.kind === 'element' &&
    !construct.flow &&
    hasOptionalEndTag(construct.name) &&
    stack.length > 1
  ) {
    stack.pop()
    ;(this as CompileContext).exit(closing)
    return
  }
  if (
    closing?.type === 'paragraph' &&
    construct?.kind === 'element' &&
    !construct.flow &&
    promoteOpenElements(this as CompileContext, closing, open, onUnclosed)
  ) {
    return
  }
  const position = { start: unistPoint(open.start), end: unistPoint(open.end) }
  const code = construct?.kind === 'block' ? 'block_unclosed' : 'tag_unclosed'
  throw createDiagnostic(code, construct?.position ?? position, {
    name: construct?.name ?? '',
    // An element read inline ends with the document unless an element around it ended it.
    before:
      closing && !(closing.type === 'svelteInlineFlow' && stack.length <= 1)
        ? describeToken(closing.type)
        : 'end of the document',
  })
}

function describeToken(type: string): string {
  switch (type) {
    case 'paragraph':
      return 'end of the paragraph'
    case 'listItem':
    case 'listOrdered':
    case 'listUnordered':
      return 'end of the list item'
    case 'blockQuote':
      return 'end of the block quote'
    case 'atxHeading':
    case 'atxHeadingText':
    case 'atxHeadingSequence':
    case 'setextHeading':
    case 'setextHeadingText':
      return 'end of the heading'
    case 'labelText':
      return 'end of the link text'
    case 'tableCell':
    case 'tableRow':
    case 'tableData':
    case 'tableHeader':
      return 'end of the table cell'
    default:
      return 'end of its container'
  }
}

export type { Nodes }
