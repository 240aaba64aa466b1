import type { Point, Position } from 'unist'
import { createDiagnostic } from './create-diagnostic.js'
import { SveltedownError } from './sveltedown-error.js'

const documentStart: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/**
 * Any error thrown while compiling, as a `SveltedownError`: ours as they are, a stack overflow as
 * `nesting_too_deep`, anything else as `internal_error` (a bug: ours or a dependency's). The
 * original error is the `cause`.
 */
export function toSveltedownError(error: unknown, fallback?: Position): SveltedownError {
  if (error instanceof SveltedownError) return error
  const place = positionOf(error) ?? fallback ?? documentStart
  if (isStackOverflow(error)) {
    return createDiagnostic('nesting_too_deep', place, { kind: 'content' }, error)
  }
  return createDiagnostic('internal_error', place, { reason: reasonOf(error) }, error)
}

/** Whether `error` is V8's "Maximum call stack size exceeded". */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/** An error's message on one line, short enough for a diagnostic. */
export function reasonOf(error: unknown): string {
  // A vfile message's `name` is its place (`3:1-3:2`); the place is reported on its own.
  const message =
    error instanceof Error
      ? `${/^\w*Error$/.test(error.name) && error.name !== 'Error' ? `${error.name}: ` : ''}${error.message}`
      : String(error)
  const line = message.split('\n').find((part) => part.trim()) ?? 'unknown error'
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

/**
 * Where in the document an error happened, when it says: a vfile message's `place` (or the
 * older `position`, `line` and `column`), or the position of a node it names.
 */
export function positionOf(error: unknown): Position | undefined {
  if (!error || typeof error !== 'object') return undefined
  const value = error as {
    place?: unknown
    position?: unknown
    line?: unknown
    column?: unknown
    ancestors?: unknown
    node?: unknown
  }
  const ancestors = Array.isArray(value.ancestors) ? value.ancestors : []
  for (const candidate of [
    value.place,
    value.position,
    (ancestors[ancestors.length - 1] as { position?: unknown } | undefined)?.position,
    (value.node as { position?: unknown } | undefined)?.position,
    { line: value.line, column: value.column },
  ]) {
    const position = asPosition(candidate)
    if (position) return position
  }
  return undefined
}

function asPosition(value: unknown): Position | undefined {
  if (!value || typeof value !== 'object') return undefined
  if ('start' in value) {
    const start = asPoint(value.start)
    if (!start) return undefined
    return { start, end: asPoint((value as { end?: unknown }).end) ?? start }
  }
  const point = asPoint(value)
  return point ? { start: point, end: point } : undefined
}

function asPoint(value: unknown): Point | undefined {
  if (!value || typeof value !== 'object') return undefined
  const { line, column, offset } = value as { line?: unknown; column?: unknown; offset?: unknown }
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return undefined
  const point: Point = {
    line,
    column: typeof column === 'number' && Number.isInteger(column) && column >= 1 ? column : 1,
  }
  if (typeof offset === 'number') point.offset = offset
  return point
}

/**
 * Keep an error's position inside the document: a plugin may name a place that is not in it
 * (a node it made up, a position in another file).
 */
export function clampPosition(error: SveltedownError, source: string): SveltedownError {
  const lines = source.split(/\r\n|\r|\n/)
  const clamp = (point: Point): Point => {
    const line = Math.min(Math.max(1, point.line), lines.length)
    const length = lines[line - 1]?.length ?? 0
    const column = Math.min(Math.max(1, point.column), length + 1)
    if (line === point.line && column === point.column) return point
    return { line, column }
  }
  const start = clamp(error.start)
  const end = clamp(error.end)
  if (start === error.start && end === error.end) return error
  error.start = start
  error.end = end
  error.position = { start, end }
  error.line = start.line
  error.column = start.column
  error.loc = { ...error.loc, line: start.line, column: start.column }
  return error
}
