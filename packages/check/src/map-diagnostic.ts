import { createFrame } from 'sveltedown'
import type { CheckDiagnostic } from './check-diagnostic.js'
import {
  type LspPosition,
  type MappedShadow,
  toDocument,
  toDocumentRange,
} from './shadow-position.js'

export type { LspPosition }

/**
 * Move a diagnostic svelte-check found in a shadow to the document: line and column through the
 * compiler's sourcemap, a frame of the document's lines.
 */
export function mapDiagnostic(
  diagnostic: Omit<CheckDiagnostic, 'start' | 'end' | 'frame'>,
  range: { start: LspPosition; end: LspPosition },
  shadow: MappedShadow,
): CheckDiagnostic {
  const { start, end } = mapRange(range, diagnostic.message, shadow)
  return {
    ...diagnostic,
    start,
    end,
    frame: createFrame(shadow.source, start, end),
  }
}

/**
 * The document range (1-based) of a problem found in a shadow: both ends through the map, an
 * end before the start collapsed onto it, and a problem in generated code placed by its message.
 */
export function mapRange(
  range: { start: LspPosition; end: LspPosition },
  message: string,
  shadow: MappedShadow,
): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const mapped = toDocumentRange(shadow, range)
  if (!mapped) {
    const start = fallback(shadow, message)
    return { start, end: start }
  }
  return {
    start: { line: mapped.start.line + 1, column: mapped.start.character + 1 },
    end: { line: mapped.end.line + 1, column: mapped.end.character + 1 },
  }
}

/**
 * A line of generated code only: `<Sveltedown_Layout {...metadata}>`, where the layout's props
 * are checked against the frontmatter. The problem is in the frontmatter: at the key the message
 * names (`Types of property 'date' are incompatible`), or at the frontmatter's start.
 */
function fallback(shadow: MappedShadow, message: string) {
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
