import type { Position } from 'unist'
import { catalogue, type DiagnosticCode } from './catalogue.js'
import { SveltedownError } from './sveltedown-error.js'

type Values = Parameters<(typeof catalogue)[DiagnosticCode]['message']>[0]

/**
 * Create the diagnostic `code` from the catalogue at `position` in the `.svx` source; `cause` is
 * the error it stands for, when it wraps one.
 */
export function createDiagnostic(
  code: DiagnosticCode,
  position: Position,
  values: Values = {},
  cause?: unknown,
): SveltedownError {
  const definition = catalogue[code]
  return new SveltedownError(code, definition.message(values), definition.severity, position, {
    cause,
  })
}
