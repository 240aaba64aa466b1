// Compares what Svelte renders for a component compiled as `.svelte` with what it renders for the
// same text compiled as `.svx`, as a browser would show it, and names the cause of a difference.
import { fromHtml } from 'hast-util-from-html'
import { minifyWhitespace } from 'hast-util-minify-whitespace'
import { toHtml } from 'hast-util-to-html'

/**
 * A browser's view of server HTML: parsed as the HTML parser does (so attribute quoting and
 * character references do not matter), comments dropped (Svelte's hydration markers are comments),
 * whitespace collapsed and removed where CSS would not show it (kept as written inside <pre>,
 * <textarea> and other whitespace-sensitive elements), attributes in a fixed order.
 * @param {string} html
 */
export function normalizeTree(html) {
  const fragment = fromHtml(html, { fragment: true })
  const body = { type: 'element', tagName: 'body', properties: {}, children: fragment.children }
  clean(body)
  minifyWhitespace(body)
  return body
}

/** @param {string} html */
export function normalizeHtml(html) {
  return toHtml(normalizeTree(html).children)
}

function clean(node) {
  if (!('children' in node)) return
  node.children = node.children.filter((child) => child.type !== 'comment')
  for (const child of node.children) {
    if (child.type === 'element') {
      child.properties = Object.fromEntries(Object.entries(child.properties).sort())
    }
    if (child.type === 'element' && child.tagName === 'template') clean(child.content)
    clean(child)
  }
}

/**
 * @param {{ head: string, body: string }} svelte what the plain component renders
 * @param {{ head: string, body: string }} svx what the `.svx` compile renders
 * @returns {{ identical: boolean, cause?: string, detail?: string }}
 */
export function compareRenders(svelte, svx) {
  const a = { type: 'root', children: [normalizeTree(svelte.head), normalizeTree(svelte.body)] }
  const b = { type: 'root', children: [normalizeTree(svx.head), normalizeTree(svx.body)] }
  if (toHtml(a) === toHtml(b)) return { identical: true }
  const detail = describeDifference(a, b)
  return { identical: false, cause: classify(a, b), detail }
}

/** A short name for why two normalized trees differ. */
function classify(a, b) {
  const same = (x, y) => toHtml(x) === toHtml(y)
  const noSpace = (tree) =>
    map(tree, (node) =>
      node.type === 'text' ? { ...node, value: node.value.replace(/\s+/g, '') } : node,
    )
  if (same(noSpace(a), noSpace(b))) {
    const where = firstDifference(a, b)?.path ?? []
    const kept = where.some((name) => /^(pre|textarea|listing|plaintext|xmp)$/.test(name))
    return kept ? 'whitespace inside <pre>/<textarea>' : 'whitespace (a visible space differs)'
  }
  const unwrapP = (tree) => unwrap(tree, (node) => node.tagName === 'p')
  if (same(noSpace(unwrapP(a)), noSpace(unwrapP(b)))) {
    const extra = firstDifference(a, b)
    const node = extra?.b
    // Where: the element around the new <p>, or none (text of a top-level block or component).
    const parent = extra?.path.at(-1)
    const place = extra && extra.path.length > 1 ? ` inside <${parent}>` : ' with no element around'
    if (node?.type === 'element' && node.tagName === 'p') {
      const inner = node.children.find(
        (child) => child.type === 'element' || /\S/.test(child.value ?? ''),
      )
      if (!inner || inner.type === 'text') return `text wrapped in <p>${place}`
      if (node.children.some((child) => child.type === 'text' && /\S/.test(child.value))) {
        return `text and elements wrapped in <p>${place}`
      }
      return `<${inner.tagName}> wrapped in <p>${place}`
    }
    return '<p> added or removed'
  }
  const noHeadingIds = (tree) =>
    map(tree, (node) => {
      if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName)) return node
      const { id: _, ...properties } = node.properties
      return { ...node, properties }
    })
  if (same(noSpace(noHeadingIds(a)), noSpace(noHeadingIds(b)))) return 'heading id added'
  const text = (tree) =>
    collect(tree, (node) => (node.type === 'text' ? node.value.replace(/\s+/g, '') : '')).join('')
  const tags = (tree) =>
    collect(tree, (node) => (node.type === 'element' ? node.tagName : ''))
      .filter(Boolean)
      .sort()
      .join(',')
  const noAttributes = (tree) =>
    map(tree, (node) => (node.type === 'element' ? { ...node, properties: {} } : node))
  if (same(noSpace(noAttributes(a)), noSpace(noAttributes(b)))) return 'attributes differ'
  if (text(a) === text(b) && tags(a) === tags(b)) return 'element moved'
  if (text(a) === text(b)) return 'elements differ, same text'
  if (tags(a) === tags(b)) return 'text differs'
  return 'other'
}

function map(node, f) {
  const next = f(node)
  return 'children' in next
    ? { ...next, children: next.children.map((child) => map(child, f)) }
    : next
}

function unwrap(node, test) {
  if (!('children' in node)) return node
  const children = node.children.flatMap((child) =>
    child.type === 'element' && test(child) ? unwrap(child, test).children : [unwrap(child, test)],
  )
  return { ...node, children }
}

function collect(node, f) {
  return [
    f(node),
    ...('children' in node ? node.children.flatMap((child) => collect(child, f)) : []),
  ]
}

/** The first place where the two trees differ, in document order. */
function firstDifference(a, b, path = []) {
  if (
    a?.type !== b?.type ||
    (a?.type === 'element' &&
      (a.tagName !== b.tagName ||
        toHtml({ ...a, children: [] }) !== toHtml({ ...b, children: [] })))
  ) {
    return { path, a, b }
  }
  if (a.type === 'text') return a.value === b.value ? undefined : { path, a, b }
  if (!('children' in a)) return undefined
  const length = Math.max(a.children.length, b.children.length)
  for (let index = 0; index < length; index++) {
    const name = a.type === 'element' ? [a.tagName] : []
    const found = firstDifference(a.children[index], b.children[index], [...path, ...name])
    if (found) return found
  }
  return undefined
}

function summary(node) {
  if (!node) return '(nothing)'
  if (node.type === 'text')
    return JSON.stringify(node.value.length > 60 ? `${node.value.slice(0, 60)}…` : node.value)
  const html = toHtml(node)
  return html.length > 100 ? `${html.slice(0, 100)}…` : html
}

function describeDifference(a, b) {
  const found = firstDifference(a, b)
  if (!found) return ''
  const where = found.path.slice(1).join('>') || 'body'
  return `in ${where}: svelte ${summary(found.a)} / svx ${summary(found.b)}`
}
