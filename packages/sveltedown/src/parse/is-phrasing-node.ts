/** mdast phrasing content, sveltedown's inline Svelte nodes included. */
const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'svelteTextElement',
  'svelteTextBlock',
  'svelteTextExpression',
])

/** Whether an mdast node of this type is phrasing content (it may sit in a paragraph). */
export function isPhrasingNode(type: string): boolean {
  return phrasingTypes.has(type)
}
