/**
 * Escape text for a Svelte template: `{` and `}` would start expressions, `<` a tag, and `&`
 * an entity, so prose and code can never turn into Svelte.
 */
export function escapeText(value: string): string {
  return value.replace(/[&<{}]/g, replaceCharacter)
}

/** Escape a double-quoted attribute value for a Svelte template. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"{}]/g, replaceCharacter)
}

function replaceCharacter(character: string): string {
  switch (character) {
    case '&':
      return '&amp;'
    case '<':
      return '&lt;'
    case '"':
      return '&quot;'
    case '{':
      return '&#123;'
    default:
      return '&#125;'
  }
}
