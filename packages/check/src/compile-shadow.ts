import { TraceMap } from '@jridgewell/trace-mapping'
import {
  type CompileOptions,
  type CompileResult,
  createFrame,
  type Diagnostic,
  SveltedownError,
} from 'sveltedown'
import type { CheckDiagnostic } from './check-diagnostic.js'
import { typeShadow } from './type-shadow.js'

/** A document compiled to the component svelte-check and the Svelte language server see. */
export interface CompiledShadow {
  /** The document's text, for frames and mapping. */
  source: string
  /** Shadow code and its map back to the document; `undefined` map when it did not compile. */
  code: string
  map: TraceMap | undefined
  /** sveltedown's own warnings, or the error that stopped the compile. */
  diagnostics: CheckDiagnostic[]
}

export type CompileDocument = (source: string, options: CompileOptions) => Promise<CompileResult>

/**
 * The shadow compile that `sveltedown check` and the language server share: the project's
 * options, highlighting off (code blocks become escaped text either way, and Shiki is most of a
 * cold compile's time), types strict mode needs, and sveltedown's own problems as diagnostics.
 * Pure: the caller reads and writes files.
 */
export async function compileShadow(
  source: string,
  document: string,
  root: string,
  options: CompileOptions,
  compile: CompileDocument,
  /** How diagnostics name the document (relative to the root, with `/`). */
  filename: string,
): Promise<CompiledShadow> {
  try {
    const result = await compile(source, {
      ...options,
      root: options.root ?? root,
      filename: document,
      highlight: false,
    })
    return {
      source,
      code: typeShadow(result.code),
      map: new TraceMap(result.map as ConstructorParameters<typeof TraceMap>[0]),
      diagnostics: result.diagnostics.map((warning) =>
        fromSveltedown(warning, 'WARNING', filename, source),
      ),
    }
  } catch (error) {
    if (!(error instanceof SveltedownError)) throw error
    return {
      source,
      code: '',
      map: undefined,
      diagnostics: [
        fromSveltedown(error, error.severity === 'warning' ? 'WARNING' : 'ERROR', filename, source),
      ],
    }
  }
}

/** One of sveltedown's own warnings or errors, reported as svelte-check reports its own. */
function fromSveltedown(
  found: Diagnostic | SveltedownError,
  type: CheckDiagnostic['type'],
  filename: string,
  source: string,
): CheckDiagnostic {
  return {
    type,
    filename,
    start: { line: found.start.line, column: found.start.column },
    end: { line: found.end.line, column: found.end.column },
    message: found.message,
    code: found.code,
    source: 'sveltedown',
    frame: found.frame || createFrame(source, found.start, found.end),
  }
}
