import type { ComponentEntry, Components, ElementSnippets, Languages } from './types.js'

/** What every node of one `<Markdown>` needs, passed down as one object. */
export interface RenderContext {
  components: Components
  snippets: ElementSnippets
  languages: Languages
  /** The source is still arriving: code renderers get `complete: false` for unclosed blocks. */
  streaming: boolean
  /** Comments are rendered only when the output is not sanitized (or the schema keeps them). */
  comments: boolean
}

/** Raw text elements: their content is text, rendered without markup or hydration markers. */
export const rawTextElements = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
])

export const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/** A comment that cannot close early and turn its content into markup. */
export function safeComment(value: string): string | undefined {
  return /^-?>|--!?>|<!--/.test(value) ? undefined : `<!--${value}-->`
}

/** The component of a `components` entry, given bare or as `{ component, jsonProps }`. */
export function componentOf(entry: Components[string]): ComponentEntry['component'] | undefined {
  return typeof entry === 'function' ? entry : entry?.component
}

/** The tags the source may use: `components` keys that start with a capital letter (`Chart`). */
export function componentTags(components: Components): string[] {
  return Object.keys(components).filter((name) => /^[A-Z]/.test(name))
}
