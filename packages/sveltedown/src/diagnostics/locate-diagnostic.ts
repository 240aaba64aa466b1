import { createFrame } from './create-frame.js'
import type { SveltedownError } from './sveltedown-error.js'

/** Attach the file name and a frame of the `.svx` source to a diagnostic. */
export function locateDiagnostic(
  error: SveltedownError,
  source: string,
  filename: string | undefined,
): SveltedownError {
  error.filename = filename
  error.id = filename
  error.loc = { file: filename, line: error.start.line, column: error.start.column }
  error.frame = createFrame(source, error.start, error.end)
  return error
}
