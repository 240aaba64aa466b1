import type { Element } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { htmlTagNames } from 'html-tag-names'
import { htmlBlockNames } from 'micromark-util-html-tag-name'
import { isVoidElement } from './is-void-element.js'

/**
 * How the HTML content models decide what an element's children are, in one place. Every rule
 * about "when does a tag open Markdown blocks" and "what may sit inside a paragraph" reads from
 * here: the tokenizer (which lines are read inline), the mdast transform (which paragraphs are
 * not paragraphs), and nothing else.
 *
 * Three kinds of children:
 * - `blocks`: components and `svelte:*` elements; their children are Markdown blocks, as at the
 *   top of a document.
 * - `html`: HTML elements with flow content (`div`, `section`, `li`, `td`, …); Markdown blocks are
 *   recognised, but text that touches a tag line (no blank line between) is the element's own
 *   text, as CommonMark's HTML blocks and mdsvex treat it, not a `<p>`.
 * - `inline`: elements whose content is phrasing only (`p`, `h1`, `button`, `label`, `span`, …);
 *   their children are inline Markdown even when the tag is alone on its line.
 */
export type ChildrenKind = 'blocks' | 'html' | 'inline'

const knownHtml = new Set(htmlTagNames)

/** Elements whose content model is phrasing content (or text), from the HTML standard. */
const phrasingContent = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'button',
  'label',
  'legend',
  'summary',
  'dt',
  'option',
  'textarea',
  'title',
  'rp',
  'rt',
])

/**
 * Phrasing elements that are transparent or have their own content model (media, `map`,
 * `template`, `select`, …): their children are not read as plain inline text.
 */
const notPlainPhrasing = new Set([
  'audio',
  'canvas',
  'datalist',
  'del',
  'embed',
  'iframe',
  'ins',
  'map',
  'math',
  'noscript',
  'object',
  'picture',
  'ruby',
  'script',
  'select',
  'slot',
  'svg',
  'template',
  'video',
])

/**
 * Elements that must stay direct children of their parent (`<summary>` in `<details>`, `<li>` in
 * a list, table parts, …), so Markdown never wraps them in a paragraph.
 */
const directChildren = new Set([
  'caption',
  'col',
  'colgroup',
  'dd',
  'dt',
  'figcaption',
  'legend',
  'li',
  'optgroup',
  'option',
  'param',
  'rp',
  'rt',
  'source',
  'summary',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'track',
])

/** `svelte:*` elements that may sit inside a paragraph like any component. */
const inlineSvelteElements = new Set(['svelte:element', 'svelte:component', 'svelte:self'])

/** Elements whose end tag may be left out, closed by the end of their paragraph or parent. */
const optionalEndTag = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'rp',
  'rt',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
])

/** A component: `<Card>`, `<ui.Button>`, or a `svelte:*` element. */
export function isComponent(name: string): boolean {
  const first = name.charAt(0)
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || name.includes('.')
}

/** An element of HTML (or SVG/MathML, or a custom element), not a component or `svelte:*`. */
export function isHtmlElement(name: string): boolean {
  return !isComponent(name) && !name.startsWith('svelte:')
}

/** What the children of an element written in a document are: see {@link ChildrenKind}. */
export function childrenKind(name: string): ChildrenKind {
  if (!isHtmlElement(name)) return 'blocks'
  return readsChildrenInline(name) ? 'inline' : 'html'
}

/** Whether an HTML element's content is phrasing only, so its children are inline Markdown. */
export function readsChildrenInline(name: string): boolean {
  if (phrasingContent.has(name)) return true
  if (!knownHtml.has(name) || isVoidElement(name) || notPlainPhrasing.has(name)) return false
  return isPhrasing(name)
}

/**
 * Whether an element may sit inside a `<p>`: phrasing content per the HTML standard. Components,
 * custom elements and unknown names may (Svelte cannot know what they render).
 */
export function canBeInParagraph(
  name: string,
  attributes?: ReadonlyArray<{ name: string | null }>,
): boolean {
  if (attributes?.some((attribute) => attribute.name === 'slot')) return false
  if (name.startsWith('svelte:')) return inlineSvelteElements.has(name)
  if (isComponent(name)) return true
  if (directChildren.has(name)) return false
  // `<slot>` is phrasing content in HTML (hast-util-phrasing does not list it).
  if (name === 'slot') return true
  if (!knownHtml.has(name)) return true
  return isPhrasing(name)
}

/** Start tags that close an open element whose end tag was left out, from the HTML standard. */
const closedBy: Record<string, (name: string) => boolean> = {
  li: (name) => name === 'li',
  dt: (name) => name === 'dt' || name === 'dd',
  dd: (name) => name === 'dt' || name === 'dd',
  option: (name) => name === 'option' || name === 'optgroup',
  optgroup: (name) => name === 'optgroup',
  tr: (name) => name === 'tr',
  td: (name) => name === 'td' || name === 'th' || name === 'tr',
  th: (name) => name === 'td' || name === 'th' || name === 'tr',
  p: (name) => isHtmlElement(name) && knownHtml.has(name) && !isPhrasing(name),
}

/** Whether opening `name` closes the open element `open` (`<li>` closes an `<li>`, `<div>` a `<p>`). */
export function closesOmitted(open: string, name: string): boolean {
  return closedBy[open]?.(name) ?? false
}

const blockNames = new Set(htmlBlockNames)

/**
 * Whether CommonMark reads a line that starts with this tag as an HTML block whatever follows the
 * name (its condition 6: `<div`, `<table`, `<section`, …). mdsvex handed such lines to Svelte as
 * written, so there a tag left without its `>` was Svelte's error, never text.
 */
export function startsHtmlBlock(name: string): boolean {
  return blockNames.has(name)
}

/** Elements whose white space is content: their text is kept exactly as written. */
export function keepsWhiteSpace(name: string): boolean {
  return name === 'pre' || name === 'textarea' || name === 'listing'
}

/** Whether an element closes by itself at the end of its paragraph (`<p>`, `<li>`, `<td>`, …). */
export function hasOptionalEndTag(name: string): boolean {
  return optionalEndTag.has(name)
}

/** Known HTML names only, so the memo stays small; asked at every tag the tokenizer tries. */
const phrasingByName = new Map<string, boolean>()

function isPhrasing(tagName: string): boolean {
  let value = phrasingByName.get(tagName)
  if (value === undefined) {
    const element: Element = { type: 'element', tagName, properties: {}, children: [] }
    value = phrasing(element)
    phrasingByName.set(tagName, value)
  }
  return value
}
