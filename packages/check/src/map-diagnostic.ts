import { originalPositionFor } from '@jridgewell/trace-mapping'
import { createFrame } from 'sveltedown'
import type { CheckDiagnostic } from './check-diagnostic.js'
import type { Shadow } from './write-shadow.js'

/** A position as svelte-check reports it (LSP: 0-based line and character). */
export interface LspPosition {
  line: number
  character: number
}

/**
 * Move a diagnostic svelte-check found in a shadow to the document: line and column through the
 * compiler's sourcemap, a frame of the document's lines.
 */
export function mapDiagnostic(
  diagnostic: Omit<CheckDiagnostic, 'start' | 'end' | 'frame'>,
  range: { start: LspPosition; end: LspPosition },
  shadow: Shadow,
): CheckDiagnostic {
  const start = toDocument(shadow, range.start) ?? fallback(shadow, diagnostic.message)
  let end = toDocument(shadow, range.end)
  if (!end || end.line < start.line || (end.line === start.line && end.column < start.column)) {
    end = start
  }
  return {
    ...diagnostic,
    start,
    end,
    frame: createFrame(shadow.source, start, end),
  }
}

/**
 * The document position of a shadow position. Generated code (the layout's tag, a wrapper)
 * maps to nothing: the nearest mapped character before it on the same line stands in.
 */
function toDocument(shadow: Shadow, position: LspPosition) {
  if (!shadow.map) return undefined
  for (let column = position.character; column >= 0; column--) {
    const traced = originalPositionFor(shadow.map, { line: position.line + 1, column })
    if (traced.line !== null && traced.column !== null) {
      return { line: traced.line, column: traced.column + 1 }
    }
  }
  return undefined
}

/**
 * A line of generated code only: `<Sveltedown_Layout {...metadata}>`, where the layout's props
 * are checked against the frontmatter. The problem is in the frontmatter: at the key the message
 * names (`Types of property 'date' are incompatible`), or at the frontmatter's start.
 */
function fallback(shadow: Shadow, message: string) {
  const lines = shadow.code.split('\n')
  const index = lines.findIndex((line) => line.startsWith('export const metadata = {'))
  if (index >= 0) {
    const line = lines[index] ?? ''
    for (const [, key] of message.matchAll(/'([^']+)'/g)) {
      const at = line.indexOf(`${JSON.stringify(key)}:`)
      if (at < 0) continue
      const position = toDocument(shadow, {
        line: index,
        character: at + JSON.stringify(key).length + 1,
      })
      if (position) return position
    }
    const position = toDocument(shadow, { line: index, character: 0 })
    if (position) return position
  }
  return { line: 1, column: 1 }
}
