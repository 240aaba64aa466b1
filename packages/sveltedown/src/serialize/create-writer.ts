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
 * Accumulates generated code and, alongside it, a sourcemap to the `.svx` document. Generated
 * text without a source (wrappers, our own exports) is mapped to nothing, so a debugger never
 * lands on the wrong line.
 */
export interface Writer {
  /** Append text; map its first character to `start`, or to nothing. */
  write(text: string, start?: Point | undefined): void
  /**
   * Append text copied verbatim from the source at `start` (a script, an expression, an
   * attribute), mapping every character to its own place, across lines and container prefixes.
   */
  writeSource(text: string, start: Point | undefined): void
  /**
   * Append prose that was escaped or rewritten, mapping each word to where it was written
   * between `start` and `end`.
   */
  writeWords(
    words: Array<[output: string, word: string | undefined]>,
    start: Point | undefined,
    end: Point | undefined,
  ): void
  toString(): string
  toMap(): SourceMapV3
}

export function createWriter(filename: string, source: string): Writer {
  const map = new GenMapping({ file: filename })
  setSourceContent(map, filename, source)
  const chunks: string[] = []
  let line = 0
  let column = 0
  // Whether the last segment on this line points somewhere; avoids runs of empty segments.
  let mapped = false
  let sourceLines: string[] | undefined
  const lineCache = { line: 0, start: 0 }

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
    mapped = false
  }

  function mark(sourceLine: number, sourceColumn: number) {
    addSegment(map, line, column, filename, sourceLine - 1, sourceColumn - 1)
    mapped = true
  }

  function unmark() {
    if (!mapped) return
    addSegment(map, line, column)
    mapped = false
  }

  /** Column where `text` starts on source line `lineNumber`: after any container prefix. */
  function columnOn(lineNumber: number, text: string): number {
    sourceLines ??= source.split('\n')
    const index = (sourceLines[lineNumber - 1] ?? '').indexOf(text)
    return index === -1 ? 1 : index + 1
  }

  return {
    write(text, start) {
      if (text.length === 0) return
      if (start) mark(start.line, start.column)
      else unmark()
      advance(text)
    },
    writeSource(text, start) {
      if (!start) {
        unmark()
        advance(text)
        return
      }
      const lines = text.split('\n')
      for (let index = 0; index < lines.length; index++) {
        if (index > 0) advance('\n')
        const part = lines[index] ?? ''
        if (part.length === 0) continue
        const sourceLine = start.line + index
        const first = index === 0 ? start.column : columnOn(sourceLine, part)
        for (let offset = 0; offset < part.length; offset++) {
          mark(sourceLine, first + offset)
          advance(part.charAt(offset))
        }
      }
    },
    writeWords(words, start, end) {
      if (!start || start.offset === undefined) {
        this.write(words.map(([output]) => output).join(''), start)
        return
      }
      const limit = end?.offset ?? source.length
      let cursor = start.offset
      let first = true
      for (const [output, word] of words) {
        const anchor = word === undefined ? undefined : anchorOf(word)
        const found = anchor ? source.indexOf(anchor[0], cursor) : -1
        if (anchor && found !== -1 && found < limit) {
          cursor = found + anchor[0].length
          let wordStart = Math.max(start.offset, found - anchor[1])
          // A word written with a character escape (`\{a`) starts at the backslash.
          if (wordStart > start.offset && source.charAt(wordStart - 1) === '\\') wordStart--
          const point = pointAt(wordStart)
          mark(point.line, point.column)
          // The letters themselves map exactly too, when punctuation comes first (`"a"`, `&#123;a`).
          const prefix = output.indexOf(anchor[0])
          if (prefix > 0) {
            advance(output.slice(0, prefix))
            const exact = pointAt(found)
            mark(exact.line, exact.column)
            advance(output.slice(prefix))
            first = false
            continue
          }
        } else if (first) mark(start.line, start.column)
        first = false
        advance(output)
      }
    },
    toString() {
      return chunks.join('')
    },
    toMap() {
      return toEncodedMap(map) as SourceMapV3
    },
  }

  function pointAt(offset: number): { line: number; column: number } {
    sourceLines ??= source.split('\n')
    // Lines before `offset`: found from the nearest line start at or before it.
    let lineIndex = lineCache.line
    let lineStart = lineCache.start
    if (offset < lineStart) {
      lineIndex = 0
      lineStart = 0
    }
    while (lineIndex < sourceLines.length - 1) {
      const next = lineStart + (sourceLines[lineIndex]?.length ?? 0) + 1
      if (next > offset) break
      lineStart = next
      lineIndex++
    }
    lineCache.line = lineIndex
    lineCache.start = lineStart
    return { line: lineIndex + 1, column: offset - lineStart + 1 }
  }
}

/**
 * The part of a word to look for in the source: its first run of letters or digits, which
 * escaping and typography (`"a"` → `“a”`, `&amp;` → `&`) leave alone. Returns the run and where
 * it starts in the word.
 */
function anchorOf(word: string): [string, number] | undefined {
  const match = /[\p{L}\p{N}]+/u.exec(word)
  return match ? [match[0], match.index] : undefined
}
