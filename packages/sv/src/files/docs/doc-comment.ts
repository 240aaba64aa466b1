/**
 * The docs example is written once for TypeScript and JavaScript projects: a comment, in
 * JavaScript, also carries the JSDoc types that TypeScript writes in the code (a project made
 * with `--types jsdoc` checks them).
 */
export function docComment(language: 'ts' | 'js', text: string, jsTypes: string[] = []): string {
  const lines = [...text.split('\n'), ...(language === 'js' ? jsTypes : [])]
  if (lines.length === 1) return `/** ${lines[0]} */`
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n')
}

/** A TypeScript annotation (`: string`), left out in JavaScript. */
export function typed(language: 'ts' | 'js', annotation: string): string {
  return language === 'ts' ? annotation : ''
}
