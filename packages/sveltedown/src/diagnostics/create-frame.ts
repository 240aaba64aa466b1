import type { Point } from 'unist'

/**
 * A frame of `.svx` source lines around `start`, with a gutter and a caret under the column, in
 * the style of Svelte's and Babel's frames:
 *
 * ```
 * 2 | <Card>
 * 3 | {#if open
 *     ^
 * 4 | </Card>
 * ```
 */
export function createFrame(source: string, start: Point, end?: Point, context = 2): string {
  const lines = source.split(/\r\n|\r|\n/)
  const first = Math.max(1, start.line - context)
  const last = Math.min(lines.length, start.line + context)
  const width = String(last).length
  const out: string[] = []
  for (let line = first; line <= last; line++) {
    const text = (lines[line - 1] ?? '').replace(/\t/g, '  ')
    out.push(`${String(line).padStart(width)} | ${text}`)
    if (line === start.line) {
      const prefix = (lines[line - 1] ?? '').slice(0, start.column - 1).replace(/\t/g, '  ')
      const length = end && end.line === start.line ? Math.max(1, end.column - start.column) : 1
      out.push(`${' '.repeat(width)} | ${' '.repeat(prefix.length)}${'^'.repeat(length)}`)
    }
  }
  return out.join('\n')
}
