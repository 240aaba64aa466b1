// The text a reader sees on a rendered page: the server HTML parsed as a browser parses it, without
// what is never shown (<script>, <style>, <template>, comments), tags dropped, whitespace collapsed.
import { fromHtml } from 'hast-util-from-html'
import { phrasing } from 'hast-util-phrasing'
import { toHtml } from 'hast-util-to-html'

const hidden = new Set(['script', 'style', 'template', 'noscript'])

function prune(node) {
  if (!('children' in node)) return
  node.children = node.children.filter(
    (child) => child.type !== 'comment' && !(child.type === 'element' && hidden.has(child.tagName)),
  )
  for (const child of node.children) prune(child)
}

/** @param {string} html */
export function visibleText(html) {
  const tree = fromHtml(html, { fragment: true })
  prune(tree)
  // Block elements separate words in a browser: a space around each keeps them apart here too.
  const parts = []
  const walk = (node) => {
    if (node.type === 'text') parts.push(node.value)
    else if ('children' in node) {
      const block = node.type === 'element' && !phrasing(node)
      if (block) parts.push(' ')
      for (const child of node.children) walk(child)
      if (block) parts.push(' ')
    }
  }
  walk(tree)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** mdsvex turns on smartypants by default and sveltedown does not: the same text, typeset. */
export function plainTypography(text) {
  return text
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]|-{2,3}/g, '--')
    .replace(/\u2026/g, '...')
}

/**
 * The first difference between two texts, as a few words of context on each side.
 * @returns {string} `… common [mdsvex: x | sveltedown: y] …`
 */
export function textDiff(a, b) {
  const wa = a.split(' ')
  const wb = b.split(' ')
  let start = 0
  while (start < wa.length && start < wb.length && wa[start] === wb[start]) start++
  let endA = wa.length
  let endB = wb.length
  while (endA > start && endB > start && wa[endA - 1] === wb[endB - 1]) {
    endA--
    endB--
  }
  const clip = (words) => {
    const text = words.join(' ')
    return text.length > 160 ? `${text.slice(0, 160)}…` : text
  }
  const before = wa.slice(Math.max(0, start - 6), start).join(' ')
  const after = wa.slice(endA, endA + 6).join(' ')
  return `…${before} [mdsvex: ${clip(wa.slice(start, endA))} | sveltedown: ${clip(wb.slice(start, endB))}] ${after}…`
}

/**
 * The page's HTML without the differences sveltedown documents and that do not change what the
 * page shows: heading ids, `rel="nofollow"`, code highlighting (Prism's spans and classes; `<pre>`
 * keeps its text only), `<p>` of the typography of smartypants. What is left is structure.
 * @param {string} html
 */
export function withoutKnownDifferences(html) {
  const tree = fromHtml(html, { fragment: true })
  const walk = (node) => {
    if (node.type === 'text') node.value = plainTypography(node.value)
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (/^h[1-6]$/.test(node.tagName)) delete node.properties.id
      if (node.tagName === 'a') delete node.properties.rel
      if (node.tagName === 'pre' || (node.tagName === 'code' && node.properties.className)) {
        node.properties = {}
        node.children = [{ type: 'text', value: textOf(node).replace(/\n$/, '') }]
        return
      }
    }
    for (const child of node.children) walk(child)
  }
  walk(tree)
  return toHtml(tree)
}

function textOf(node) {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}
