/**
 * One problem found by `sveltedown check`: from svelte-check (TypeScript, Svelte, CSS), moved to
 * the document's line and column when it was found in a shadow, or from sveltedown's compiler.
 * `line` and `column` are 1-based, as in every sveltedown position.
 */
export interface CheckDiagnostic {
  type: 'ERROR' | 'WARNING'
  /** Relative to the project root, with `/` separators. */
  filename: string
  start: { line: number; column: number }
  end: { line: number; column: number }
  message: string
  /** TypeScript's number, Svelte's or sveltedown's snake_case code. */
  code: string | number | undefined
  /** `ts`, `js`, `svelte`, `css` (from svelte-check) or `sveltedown`. */
  source: string
  /** Source lines around the problem, of the file as the user wrote it. */
  frame: string | undefined
}

/** The result of one check of the whole project. */
export interface CheckResult {
  diagnostics: CheckDiagnostic[]
  errorCount: number
  warningCount: number
  /** Files checked: the project's own, and its documents. */
  fileCount: number
}

export function summarize(diagnostics: CheckDiagnostic[], fileCount: number): CheckResult {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      a.filename.localeCompare(b.filename) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column,
  )
  return {
    diagnostics: sorted,
    errorCount: sorted.filter((d) => d.type === 'ERROR').length,
    warningCount: sorted.filter((d) => d.type === 'WARNING').length,
    fileCount,
  }
}
