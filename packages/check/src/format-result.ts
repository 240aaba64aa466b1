import type { CheckDiagnostic, CheckResult } from './check-diagnostic.js'

export type OutputFormat = 'human' | 'human-verbose' | 'machine' | 'machine-verbose' | 'json'

/**
 * A result as text, in svelte-check's formats:
 *
 * - `human`: `src/routes/+page.svx:12:7 Error: Type 'string' is not assignable… (ts)`, then the
 *   frame, then a summary line;
 * - `machine`: `<time> ERROR "src/routes/+page.svx" 12:7 "message"` lines between `START` and
 *   `COMPLETED` (1-based, as svelte-check prints them);
 * - `machine-verbose`: one JSON object per line in svelte-check's shape (0-based LSP `line` and
 *   `character`), with our `frame` added;
 * - `json`: the whole result as one JSON document (1-based `line` and `column`).
 */
export function formatResult(result: CheckResult, format: OutputFormat, root: string): string {
  if (format === 'json') return `${JSON.stringify(result)}\n`
  if (format === 'machine' || format === 'machine-verbose') {
    const time = Date.now()
    const lines = [`${time} START ${JSON.stringify(root)}`]
    for (const d of result.diagnostics) {
      lines.push(
        `${time} ${format === 'machine' ? machineLine(d) : JSON.stringify(machineVerbose(d))}`,
      )
    }
    const files = new Set(result.diagnostics.map((d) => d.filename)).size
    lines.push(
      `${time} COMPLETED ${result.fileCount} FILES ${result.errorCount} ERRORS ${result.warningCount} WARNINGS ${files} FILES_WITH_PROBLEMS`,
    )
    return `${lines.join('\n')}\n`
  }
  const out: string[] = []
  for (const d of result.diagnostics) {
    const label = d.type === 'ERROR' ? 'Error' : 'Warn'
    const code = d.source === 'sveltedown' ? ` (${d.code})` : ` (${d.source})`
    out.push(`${d.filename}:${d.start.line}:${d.start.column} ${label}: ${d.message}${code}`)
    if (d.frame) out.push(d.frame)
    out.push('')
  }
  out.push(summaryLine(result))
  return `${out.join('\n')}\n`
}

export function summaryLine(result: CheckResult): string {
  const files = new Set(result.diagnostics.map((d) => d.filename)).size
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `sveltedown check found ${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')}${files ? ` in ${plural(files, 'file')}` : ''}`
}

function machineLine(d: CheckDiagnostic): string {
  return `${d.type} ${JSON.stringify(d.filename)} ${d.start.line}:${d.start.column} ${JSON.stringify(d.message)}`
}

function machineVerbose(d: CheckDiagnostic) {
  return {
    type: d.type,
    filename: d.filename,
    start: { line: d.start.line - 1, character: d.start.column - 1 },
    end: { line: d.end.line - 1, character: d.end.column - 1 },
    message: d.message,
    code: d.code,
    source: d.source,
    frame: d.frame,
  }
}
