import fs from 'node:fs'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { createFrame } from 'sveltedown'

/** A document's `.svx` source and the combined map from it to the code Svelte compiled. */
export interface DocumentMap {
  filename: string
  source: string
  map: TraceMap
}

export function createDocumentMap(filename: string, map: unknown): DocumentMap | undefined {
  if (!map || typeof map !== 'object' || !('mappings' in map)) return undefined
  const traced = new TraceMap(map as ConstructorParameters<typeof TraceMap>[0])
  const content = traced.sourcesContent?.[0]
  const source = typeof content === 'string' ? content : readSource(filename)
  return source === undefined ? undefined : { filename, source, map: traced }
}

function readSource(filename: string): string | undefined {
  try {
    return fs.readFileSync(filename, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * A `.svx` position for a position in the code Svelte compiled (`line` 1-based, `column`
 * 0-based, as Svelte reports them). Returns a 1-based column, like every sveltedown position.
 */
export function toDocumentPosition(document: DocumentMap, line: number, column: number) {
  // Generated code (a wrapper, a closing tag) maps to nothing: use the nearest mapped
  // character before it on the same line.
  for (let at = column; at >= 0; at--) {
    const traced = originalPositionFor(document.map, { line, column: at })
    if (traced.line !== null && traced.column !== null) {
      return { line: traced.line, column: traced.column + 1 }
    }
  }
  return undefined
}

interface SvelteDiagnostic {
  message: string
  frame?: string | undefined
  start?: { line: number; column: number; character?: number } | undefined
  end?: { line: number; column: number; character?: number } | undefined
  loc?: { file?: string | undefined; line: number; column: number } | undefined
  id?: string | undefined
  filename?: string | undefined
}

/**
 * Move an error Svelte raised on the compiled component to the `.svx` line and column, with a
 * frame of `.svx` lines, in the shape Vite's overlay and build output read (`loc`, `frame`,
 * `id`, a message that starts with `file:line:column`). `start`/`end` keep Svelte's convention
 * (0-based column) so vite-plugin-svelte's own logging stays right.
 */
export function remapSvelteDiagnostic<T extends SvelteDiagnostic>(
  diagnostic: T,
  document: DocumentMap,
): T {
  const line = diagnostic.start?.line ?? diagnostic.loc?.line
  const column = diagnostic.start?.column ?? diagnostic.loc?.column
  if (line === undefined || column === undefined) return diagnostic
  const start = toDocumentPosition(document, line, column)
  if (!start) return diagnostic
  const endLine = diagnostic.end?.line
  const endColumn = diagnostic.end?.column
  const end =
    endLine !== undefined && endColumn !== undefined
      ? toDocumentPosition(document, endLine, endColumn)
      : undefined

  const prefix = /^\S.*?:\d+:\d+ /.exec(diagnostic.message)?.[0] ?? ''
  const text = diagnostic.message.slice(prefix.length)
  diagnostic.message = `${document.filename}:${start.line}:${start.column} ${text}`
  diagnostic.frame = createFrame(
    document.source,
    start,
    end && end.line === start.line ? end : undefined,
  )
  diagnostic.loc = { file: document.filename, line: start.line, column: start.column }
  diagnostic.start = {
    line: start.line,
    column: start.column - 1,
    character: offsetOf(document.source, start),
  }
  if (end)
    diagnostic.end = {
      line: end.line,
      column: end.column - 1,
      character: offsetOf(document.source, end),
    }
  if ('id' in diagnostic || diagnostic.id !== undefined) diagnostic.id = document.filename
  return diagnostic
}

function offsetOf(source: string, point: { line: number; column: number }): number {
  let offset = 0
  for (let line = 1; line < point.line; line++) {
    const next = source.indexOf('\n', offset)
    if (next === -1) break
    offset = next + 1
  }
  return offset + point.column - 1
}
