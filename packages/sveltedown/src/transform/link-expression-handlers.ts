import type { Element, ElementContent } from 'hast'
import type { Definition, Image, ImageReference, Link, LinkReference } from 'mdast'
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import type { Position } from 'unist'
import { expressionEnd, expressionStart } from '../parse/expression-markers.js'

declare module 'hast' {
  interface ElementData {
    /** Where each marked expression in a property's value was written, by property name. */
    svelteExpressionPositions?: Record<string, Position[]> | undefined
  }
}

const marked = new RegExp(`(${expressionStart}[\\s\\S]*?${expressionEnd})`)

/**
 * remark-rehype's handlers for links and images, for destinations with expressions
 * (`[docs]({base}/docs)`): the URL is percent-encoded around the expressions, never inside them,
 * and where each expression was written goes with the element, for the sourcemap.
 */
export const linkExpressionHandlers: Handlers = {
  link: (state: State, node: Link) =>
    withExpressions(defaultHandlers.link(state, node), 'href', node),
  image: (state: State, node: Image) =>
    withExpressions(defaultHandlers.image(state, node), 'src', node),
  linkReference: (state: State, node: LinkReference) =>
    withExpressions(defaultHandlers.linkReference(state, node), 'href', definition(state, node)),
  imageReference: (state: State, node: ImageReference) =>
    withExpressions(defaultHandlers.imageReference(state, node), 'src', definition(state, node)),
}

function definition(state: State, node: LinkReference | ImageReference): Definition | undefined {
  return state.definitionById.get(String(node.identifier).toUpperCase())
}

function withExpressions<Result extends ElementContent | ElementContent[]>(
  result: Result,
  key: 'href' | 'src',
  source: Link | Image | Definition | undefined,
): Result {
  const positions = source?.data?.svelteExpressionPositions
  if (!source || !positions || Array.isArray(result) || result.type !== 'element') return result
  const element: Element = result
  const url = source.url
  // Unless a plugin set the property through `data.hProperties`.
  if (positions.url && element.properties[key] === normalizeUri(url)) {
    element.properties[key] = url
      .split(marked)
      .map((part, index) => (index % 2 === 1 ? part : normalizeUri(part)))
      .join('')
  }
  const found: Record<string, Position[]> = {}
  if (positions.url) found[key] = positions.url
  if (positions.title) found.title = positions.title
  element.data = { ...element.data, svelteExpressionPositions: found } as Element['data']
  return result
}
