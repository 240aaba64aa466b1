/**
 * Types the compiler's output leaves to inference and strict mode rejects: a document without
 * headings exports `headings = []`, an implicit `any[]`. The shadow says what it holds, in
 * TypeScript or in JSDoc as the module script's language is. The line keeps its place, and
 * nothing on it maps to the document, so the sourcemap stays exact.
 */
export function typeShadow(code: string): string {
  const typescript = /^<script module[^>]*\blang=["']?ts\b/.test(code)
  const type = 'Array<{ depth: number; id: string; text: string }>'
  return code.replace(
    /^export const headings = \[\];$/m,
    typescript
      ? `export const headings: ${type} = [];`
      : `export const headings = /** @type {${type}} */ ([]);`,
  )
}
