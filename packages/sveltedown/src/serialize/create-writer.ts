import { addSegment, GenMapping, setSourceContent, toEncodedMap } from '@jridgewell/gen-mapping'
import type { Point } from 'unist'

export interface SourceMapV3 {
  version: 3
  file?: string | null | undefined
  sources: Array<string | null>
  sourcesContent?: Array<string | null> | undefined
  names: string[]
  mappings: string
}

/**
 * Accumulates generated code and, alongside it, a sourcemap: every piece written with a source
 * point is mapped back to that point of the `.svx` document.
 */
export interface Writer {
  /** Append generated text; map its first character to `start` when given. */
  write(text: string, start?: Point | undefined): void
  /**
   * Append text copied from the source starting at `start`: each line is mapped to its own line
   * of the source, so multi-line scripts and expressions map line by line.
   */
  writeSource(text: string, start: Point | undefined): void
  toString(): string
  toMap(): SourceMapV3
}

export function createWriter(filename: string, source: string): Writer {
  const map = new GenMapping({ file: filename })
  setSourceContent(map, filename, source)
  const chunks: string[] = []
  let line = 0
  let column = 0

  function advance(text: string) {
    chunks.push(text)
    let index = text.indexOf('\n')
    if (index === -1) {
      column += text.length
      return
    }
    let last = index
    while (index !== -1) {
      line++
      last = index
      index = text.indexOf('\n', index + 1)
    }
    column = text.length - last - 1
  }

  function mark(start: Point) {
    addSegment(map, line, column, filename, start.line - 1, start.column - 1)
  }

  return {
    write(text, start) {
      if (text.length === 0) return
      if (start) mark(start)
      advance(text)
    },
    writeSource(text, start) {
      if (!start) {
        advance(text)
        return
      }
      const lines = text.split('\n')
      for (let index = 0; index < lines.length; index++) {
        if (index > 0) advance('\n')
        const part = lines[index] ?? ''
        if (part.length === 0) continue
        mark(index === 0 ? start : { line: start.line + index, column: 1 })
        advance(part)
      }
    },
    toString() {
      return chunks.join('')
    },
    toMap() {
      return toEncodedMap(map) as SourceMapV3
    },
  }
}
