import type { Element, Nodes, Properties, Root, RootContent } from 'hast'
import type { Raw } from 'mdast-util-to-hast'
import { propertyOf } from '../attributes.js'
import { voidElements } from '../render-context.js'
import { tokenizeHtml } from './tokenize-html.js'

/** Start tags that close an open `<p>`, as in the HTML standard's "in body" insertion mode. */
const closesParagraph = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul'.split(
    ' ',
  ),
)

/** Raw end tags of elements that a browser would let close an element Markdown opened. */
const reachesMarkdown = new Set(['p', 'a', 'pre', 'div', 'blockquote', 'ul', 'ol', 'li', 'table'])
const scopeMarkers = new Set(['td', 'th', 'table', 'caption', 'template', 'html'])

/** Elements after whose start tag one newline is dropped, as HTML parsers do. */
const dropsLeadingNewline = new Set(['pre', 'listing', 'textarea'])

interface Open {
  element: Element | Root
  /** Opened by Markdown, not by raw HTML: raw end tags never close it. */
  boundary: boolean
}

/**
 * Turn the `raw` nodes that mdast-util-to-hast leaves for HTML in the source into real hast, in one
 * pass over the whole tree, like rehype-raw but without parse5: a tag opened in one HTML block
 * wraps the Markdown that follows until its end tag (`<div>` … `</div>`), and Markdown elements
 * close whatever raw HTML was left open inside them. Raw end tags never close Markdown elements.
 * Tags named in `componentTags` (exact case) become component elements: attributes kept as
 * written, `/>` closes them, and `data.closed` says whether the source closed them.
 */
export function resolveRaw(tree: Root, componentTags: ReadonlySet<string> = new Set()): Root {
  const root: Root = { type: 'root', children: [] }
  const stack: Open[] = [{ element: root, boundary: true }]
  let lastEnd = 0
  let dropNewline = false

  const current = () => stack[stack.length - 1]!.element
  const append = (node: RootContent) => {
    if (dropNewline && node.type === 'text' && node.value.startsWith('\n')) {
      node.value = node.value.slice(1)
    }
    dropNewline = false
    if (node.type === 'text' && node.value === '') return
    ;(current().children as RootContent[]).push(node)
  }
  const close = (depth: number, end: number) => {
    while (stack.length > depth) {
      const open = stack.pop()!
      // Markdown elements keep their own end; a raw element ends at its end tag or where it was closed.
      const position = open.element.position
      if (!open.boundary && position) {
        position.end = { line: 0, column: 0, offset: Math.max(end, lastEnd) }
      }
    }
  }
  const rawScope = () => {
    let index = stack.length - 1
    while (!stack[index]!.boundary) index--
    return index
  }

  const visit = (node: Nodes) => {
    if (node.type === 'raw') {
      raw(node as unknown as Raw)
    } else if (node.type === 'element') {
      const { children, ...rest } = node
      const element: Element = { ...rest, children: [] }
      append(element)
      const open: Open = { element, boundary: true }
      stack.push(open)
      for (const child of children) visit(child)
      lastEnd = Math.max(lastEnd, node.position?.end.offset ?? lastEnd)
      const depth = stack.indexOf(open)
      if (depth !== -1) close(depth, lastEnd)
      // Raw HTML closed this paragraph already (`</pre>` inside it): its own `</p>` then acts as
      // in a browser, closing another open paragraph or else making an empty `<p></p>`.
      else if (element.tagName === 'p') {
        const before = stack.length
        closeRaw(endTagScope('p'), ['p'], lastEnd)
        if (stack.length === before) {
          append({ type: 'element', tagName: 'p', properties: {}, children: [] })
        }
      }
    } else if (node.type === 'root') {
      for (const child of node.children) visit(child)
    } else {
      append({ ...node } as RootContent)
      lastEnd = Math.max(lastEnd, node.position?.end.offset ?? lastEnd)
    }
  }

  const raw = (node: Raw) => {
    const base = node.position?.start.offset ?? lastEnd
    for (const token of tokenizeHtml(node.value, base)) {
      const position = {
        start: { line: 0, column: 0, offset: token.start },
        end: { line: 0, column: 0, offset: token.end },
      }
      if (token.type === 'text') {
        append({ type: 'text', value: token.value, position })
      } else if (token.type === 'comment') {
        append({ type: 'comment', value: token.value, position })
      } else if (token.type === 'startTag' && componentTags.has(token.rawName)) {
        const element: Element = {
          type: 'element',
          tagName: token.rawName,
          properties: Object.fromEntries(token.attributes),
          children: [],
          position,
          // Cast: a dev dependency (hast-util-from-parse5) declares a required `position` here.
          data: { component: true, closed: token.selfClosing } as Element['data'],
        }
        append(element)
        if (!token.selfClosing) stack.push({ element, boundary: false })
      } else if (token.type === 'startTag') {
        const scope = rawScope()
        // A browser closes an open paragraph (Markdown's too) before a block, and an open link
        // before a link; doing the same keeps server HTML and hydrated DOM identical.
        if (closesParagraph.has(token.name)) closeRaw(endTagScope('p'), ['p'], token.start)
        if (token.name === 'a') closeRaw(endTagScope('a'), ['a'], token.start)
        if (token.name === 'li') closeRaw(scope, ['li'], token.start)
        if (token.name === 'dt' || token.name === 'dd') closeRaw(scope, ['dt', 'dd'], token.start)
        impliedTableParents(token.name, position)
        const properties: Properties = {}
        for (const [name, value] of token.attributes) {
          const [property, propertyValue] = propertyOf(name.toLowerCase(), value)
          properties[property] = propertyValue
        }
        const element: Element = {
          type: 'element',
          tagName: token.name,
          properties,
          children: [],
          position,
        }
        append(element)
        if (!voidElements.has(token.name)) {
          stack.push({ element, boundary: false })
          dropNewline = dropsLeadingNewline.has(token.name)
        }
      } else {
        closeRaw(endTagScope(token.name), [token.name, token.rawName], token.end, true)
      }
      lastEnd = token.end
    }
  }

  /** `<td>` straight in `<table>` gets the `<tbody><tr>` a browser would insert around it. */
  const impliedTableParents = (name: string, position: Element['position']) => {
    const parent = () => (current() as Element).tagName
    const open = (tagName: string) => {
      const element: Element = { type: 'element', tagName, properties: {}, children: [], position }
      append(element)
      stack.push({ element, boundary: false })
    }
    if ((name === 'tr' || name === 'td' || name === 'th') && parent() === 'table') open('tbody')
    if ((name === 'td' || name === 'th') && /^t(?:body|head|foot)$/.test(parent())) open('tr')
  }

  /**
   * How far down an end tag may reach: like the HTML standard's "has an element in scope", an end
   * tag closes what it names, Markdown elements included, but not across a table cell, a table or
   * the document. Only the tags that can close Markdown's own block elements get this reach.
   */
  const endTagScope = (name: string) => {
    if (!reachesMarkdown.has(name)) return rawScope()
    let index = stack.length - 1
    while (index > 0) {
      const element = stack[index]!.element as Element
      if (element.tagName === name) return index - 1
      if (scopeMarkers.has(element.tagName)) return index
      index--
    }
    return 0
  }

  /**
   * Close the innermost raw element named one of `names`, if one is open inside `scope`.
   * `byEndTag`: the source closed it (a component waits for that while streaming).
   */
  const closeRaw = (scope: number, names: string[], end: number, byEndTag = false) => {
    for (let index = stack.length - 1; index > scope; index--) {
      const element = stack[index]!.element as Element
      if (names.includes(element.tagName)) {
        if (byEndTag && element.data?.component) element.data.closed = true
        close(index, end)
        return
      }
    }
  }

  visit(tree)
  close(1, lastEnd)
  return root
}
