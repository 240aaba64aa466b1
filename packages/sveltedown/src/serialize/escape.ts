/**
 * Escape text for a Svelte template: `{` and `}` would start expressions, `<` a tag, and `&`
 * an entity, so prose and code can never turn into Svelte.
 */
export function escapeText(value: string): string {
  return needsEscape(value) ? value.replace(/[&<{}]/g, replaceCharacter) : value
}

/** Whether text has a character Svelte would read as markup. */
export function needsEscape(value: string): boolean {
  return escapable.test(value)
}

const escapable = /[&<{}]/

/** What `/\s/` matches, by character code (without a regex for the common characters). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 160) return false
  return /\s/.test(String.fromCharCode(code))
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
