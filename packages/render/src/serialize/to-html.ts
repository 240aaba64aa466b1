import type { Nodes } from 'hast'
import { toAttributes } from '../attributes.js'
import { rawTextElements, safeComment, voidElements } from '../render-context.js'

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** Serialize hast to HTML the way `<Markdown>` renders it, without Svelte's hydration markers. */
export function toHtml(node: Nodes, comments = false): string {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => toHtml(child, comments)).join('')
    case 'text':
      return escapeText(node.value)
    case 'comment':
      return comments ? (safeComment(node.value) ?? '') : ''
    case 'element': {
      let html = `<${node.tagName}`
      for (const [name, value] of Object.entries(toAttributes(node.properties))) {
        html += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
      }
      html += '>'
      if (voidElements.has(node.tagName)) return html
      html += rawTextElements.has(node.tagName)
        ? escapeText(
            node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
          )
        : node.children.map((child) => toHtml(child, comments)).join('')
      return `${html}</${node.tagName}>`
    }
    default:
      return ''
  }
}
