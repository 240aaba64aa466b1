/**
 * Text written for plain Markdown (TSDoc, the catalogue's descriptions) made safe for a `.svx`:
 * braces outside code spans become literal (`\{`), so `{ a: 1 }` in prose is not an expression.
 */
export function escapeBraces(markdown: string): string {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/(?<!\\)([{}])/g, '\\$1')))
    .join('')
}

/** A fence that no run of backticks in `code` can close. */
export function fenceFor(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length))
  return '`'.repeat(longest + 1)
}
