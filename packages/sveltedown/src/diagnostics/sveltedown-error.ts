import type { Point, Position } from 'unist'
import type { DiagnosticCode } from './catalogue.js'

/** Where to read about a diagnostic. */
export const docsUrl = 'https://sveltedown.dev/reference/errors'

/**
 * An error or warning in a `.svx` document. Positions are in the `.svx` source: `line` and
 * `column` are 1-based, `offset` 0-based. The shape also satisfies Vite's error overlay
 * (`loc`, `frame`, `id`).
 */
export class SveltedownError extends Error {
  override name = 'SveltedownError'
  code: DiagnosticCode
  severity: 'error' | 'warning'
  filename: string | undefined
  start: Point
  end: Point
  frame: string
  url: string
  loc: { file: string | undefined; line: number; column: number }
  /** The same place in the shape of a vfile message (`line`, `column`, `position`, `ruleId`). */
  line: number
  column: number
  position: Position
  ruleId: DiagnosticCode
  source = 'sveltedown'
  id: string | undefined

  constructor(
    code: DiagnosticCode,
    message: string,
    severity: 'error' | 'warning',
    position: Position,
    options?: { cause?: unknown },
  ) {
    // `cause` (the original error of a plugin or dependency) only when there is one.
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.severity = severity
    this.start = position.start
    this.end = position.end
    this.filename = undefined
    this.id = undefined
    this.frame = ''
    this.url = `${docsUrl}#${code}`
    this.loc = { file: undefined, line: position.start.line, column: position.start.column }
    this.line = position.start.line
    this.column = position.start.column
    this.position = position
    this.ruleId = code
  }

  /** A plain object for JSON output and `result.diagnostics`. */
  toJSON() {
    return {
      code: this.code,
      severity: this.severity,
      message: this.message,
      filename: this.filename,
      start: this.start,
      end: this.end,
      frame: this.frame,
      url: this.url,
    }
  }
}
