/** The directive that brings in the ambient `*.svx` / `*.mds` module types. */
export const TYPES_REFERENCE = '/// <reference types="@sveltedown/kit/types" />'

const existing = /^\/\/\/\s*<reference\s+types=["']@sveltedown\/kit\/types["']\s*\/>/m

/**
 * Add `/// <reference types="@sveltedown/kit/types" />` to `src/app.d.ts`. Triple-slash
 * directives only count before the first statement, so it goes on the first line, after any
 * directives already there. Unchanged when the directive is present.
 */
export function addTypesReference(code: string): string {
  if (existing.test(code)) return code
  const newline = code.includes('\r\n') ? '\r\n' : '\n'
  const lines = code.split(newline)
  let index = 0
  while (index < lines.length && /^\/\/\/\s*</.test(lines[index] ?? '')) index++
  lines.splice(index, 0, TYPES_REFERENCE)
  if (code === '') return `${TYPES_REFERENCE}${newline}`
  return lines.join(newline)
}
