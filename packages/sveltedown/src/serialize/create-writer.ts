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
      const from = start ? offsetOf(start) : undefined
      if (!start || from === undefined) {
        this.write(words.map(([output]) => output).join(''), start)
        return
      }
      const limit = (end ? offsetOf(end) : undefined) ?? source.length
      let cursor = from
      for (const [output, word] of words) {
        if (word === undefined) {
          advance(output)
          continue
        }
        // Words follow each other: this one starts at the next non-space character of the
        // source. Its letters are looked for just after, past an escape or an entity.
        let wordStart = skipSpace(cursor, limit)
        const anchor = anchorOf(word)
        const found = anchor ? source.indexOf(anchor[0], wordStart) : -1
        const close =
          anchor !== undefined &&
          found !== -1 &&
          found < limit &&
          found - wordStart <= anchor[1] + 16
        const prefix = anchor ? output.indexOf(anchor[0]) : -1
        if (close && anchor) {
          // What comes before the letters in the source is syntax (a backtick, a container
          // marker) unless it is the word's own punctuation (`{code}`, `"a"`), maybe escaped.
          const own = word.slice(0, anchor[1])
          if (own && source.slice(found - own.length, found) === own) {
            wordStart = found - own.length
            if (source.charAt(wordStart - 1) === '\\') wordStart--
          } else if (!own) wordStart = found
        }
        const point = pointAt(Math.min(wordStart, Math.max(from, limit - 1)))
        mark(point.line, point.column)
        if (anchor && close && prefix > 0 && found !== wordStart) {
          // The letters map exactly too, when punctuation comes first (`"a"`, `&#123;a`).
          advance(output.slice(0, prefix))
          const letters = pointAt(found)
          mark(letters.line, letters.column)
          advance(output.slice(prefix))
        } else advance(output)
        // A word that is not in the source (a plugin rewrote the text) takes the place of the
        // next one without using it up, so the words after it still line up.
        if (close && anchor) cursor = skipWord(found + anchor[0].length, limit)
      }
    },
    toString() {
      return chunks.join('')
    },
    toMap() {
      return toEncodedMap(map) as SourceMapV3
    },
  }

  /** Offset of a point, from its `offset` or its line and column. */
  function offsetOf(point: Point): number | undefined {
    if (point.offset !== undefined) return point.offset
    sourceLines ??= source.split('\n')
    let offset = 0
    for (let index = 0; index < point.line - 1; index++)
      offset += (sourceLines[index]?.length ?? 0) + 1
    return offset + point.column - 1
  }

  /** Skip white space, and block quote markers at the start of a line (`> `). */
  function skipSpace(offset: number, limit: number): number {
    let lineStart = false
    while (offset < limit) {
      const character = source.charAt(offset)
      if (character === '\n') lineStart = true
      else if (!(/\s/.test(character) || (lineStart && character === '>'))) break
      offset++
    }
    return offset
  }

  function skipWord(offset: number, limit: number): number {
    while (offset < limit && !/\s/.test(source.charAt(offset))) offset++
    return offset
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
