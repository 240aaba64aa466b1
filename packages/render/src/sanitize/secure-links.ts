import type { Element, ElementContent, Root, RootContent } from 'hast'
import { checkUrl, isExternal, type UrlPolicy } from './url-policy.js'

/**
 * Apply the {@link UrlPolicy} to every link and image, in place: a blocked link becomes a `<span>`
 * with the URL as its title (the reader still sees what it pointed to), a blocked image becomes
 * its alt text, relative URLs are resolved against the origin, and external links get
 * `rel="noopener noreferrer"` (and the `target` option).
 */
export function secureLinks(tree: Root, policy: UrlPolicy): void {
  const visit = (parent: Root | Element) => {
    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'element') continue
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const original = node.properties.href
        const href = checkUrl(original, 'link', policy)
        if (href === undefined) {
          children[index] = {
            type: 'element',
            tagName: 'span',
            properties: { title: original },
            children: node.children,
            ...(node.position ? { position: node.position } : {}),
          }
        } else {
          node.properties.href = href
          if (isExternal(href, policy)) {
            node.properties.rel = ['noopener', 'noreferrer']
            if (policy.target) node.properties.target = policy.target
          }
        }
      } else if (node.tagName === 'img' && typeof node.properties.src === 'string') {
        const src = checkUrl(node.properties.src, 'image', policy)
        if (src === undefined) {
          const alt = node.properties.alt
          const text: ElementContent = { type: 'text', value: alt == null ? '' : String(alt) }
          if (node.position) text.position = node.position
          children[index] = text
          continue
        }
        node.properties.src = src
      }
      visit(children[index] as Element)
    }
  }
  visit(tree)
}
