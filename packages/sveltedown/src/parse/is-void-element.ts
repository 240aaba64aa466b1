import { htmlVoidElements } from 'html-void-elements'

const voids = new Set(htmlVoidElements)

/** HTML elements that never have content, so `<br>` and `<img src=x>` need no closing tag. */
export function isVoidElement(name: string): boolean {
  return voids.has(name)
}
