import { encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec'
import type { Point } from 'unist'
import { escapeText, isWhiteSpace, needsEscape } from './escape.js'

/** A word of prose: what `isWhiteSpace` does not match. */
const word = /\S+/g

/**
 * Splits text around runs of the characters Svelte reads as markup, keeping them. A run is one
 * piece (one segment, at its first character): a segment per character made a line of
 * `}}}…` cost ten times its parse.
 */
const escapablePiece = /([&<{}]+)/

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
  /**
   * Append prose that stands in the source exactly as written at `start` (the common case:
   * no escapes, entities or typography), mapping each word by counting, without searching.
   * Returns `false`, writing nothing, when the text is not there as is.
   */
  writeVerbatim(text: string, start: Point | undefined): boolean
  writeWords(
    words: Array<[output: string, word: string | undefined]>,
    start: Point | undefined,
    end: Point | undefined,
  ): void
  toString(): string
  toMap(): SourceMapV3
  /** Start recording what is written, for `replay`; the returned function stops it. */
  record(): () => Omit<Recording, 'line'> | undefined
  /** Write a recording again, its source lines moved by `lineDelta`. */
  replay(recording: Recording, lineDelta: number): void
}

/**
 * Markup written once and replayed where the same source comes again: its text and its
 * segments, four numbers each (generated line and column relative to where it started, source
 * line and column, `-1` for unmapped), and the source line it was recorded at.
 */
export interface Recording {
  text: string
  segments: Int32Array
  mapped: boolean
  line: number
}

export function createWriter(filename: string, source: string): Writer {
  // Segments are written in generated order, so they are kept decoded, line by line, and
  // encoded once with @jridgewell/sourcemap-codec: much cheaper than a general map builder
  // for the thousands of word and character segments a document gets.
  const map: SourceMapSegment[][] = []
  let code = ''
  let line = 0
  let column = 0
  // Whether the last segment on this line points somewhere; avoids runs of empty segments.
  let mapped = false
  let sourceLines: string[] | undefined
  let lineStarts: number[] | undefined
  const lineCache = { line: 0, start: 0 }
  let recorder: { segments: number[]; line: number; column: number; text: string } | undefined

  function advance(text: string) {
    code += text
    // Its own text, not a slice of `code`: a slice would keep the whole output of this
    // document alive for as long as the recording is kept.
    if (recorder) recorder.text += text
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

  function addSegment(
    generatedLine: number,
    generatedColumn: number,
    sourceLine?: number,
    sourceColumn?: number,
  ) {
    while (map.length <= generatedLine) map.push([])
    ;(map[generatedLine] as SourceMapSegment[]).push(
      sourceLine === undefined
        ? [generatedColumn]
        : [generatedColumn, 0, sourceLine, sourceColumn ?? 0],
    )
  }

  function mark(sourceLine: number, sourceColumn: number) {
    addSegment(line, column, sourceLine - 1, sourceColumn - 1)
    if (recorder) recordSegment(recorder, sourceLine - 1, sourceColumn - 1)
    mapped = true
  }

  function unmark() {
    if (!mapped) return
    addSegment(line, column)
    if (recorder) recordSegment(recorder, -1, -1)
    mapped = false
  }

  function recordSegment(
    into: NonNullable<typeof recorder>,
    sourceLine: number,
    sourceColumn: number,
  ) {
    const relative = line - into.line
    into.segments.push(
      relative,
      relative === 0 ? column - into.column : column,
      sourceLine,
      sourceColumn,
    )
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
    writeVerbatim(text, start) {
      const from = start ? offsetOf(start) : undefined
      if (!start || from === undefined || !source.startsWith(text, from)) return false
      if (!recorder && !needsEscape(text)) {
        // Output and source are the same characters: segments are counted, and the text is
        // written in one piece. Each word (`/\S+/`) gets a segment at its first character.
        let generatedLine = line
        let sourceLine = start.line - 1
        // Columns where the text's current line starts, in the output and in the source.
        let generatedColumn = column
        let sourceColumn = start.column - 1
        let lineStart = 0
        let newline = text.indexOf('\n')
        let lastMappedLine = -1
        word.lastIndex = 0
        for (let match = word.exec(text); match; match = word.exec(text)) {
          const at = match.index
          while (newline !== -1 && newline < at) {
            generatedLine++
            sourceLine++
            generatedColumn = 0
            sourceColumn = 0
            lineStart = newline + 1
            newline = text.indexOf('\n', lineStart)
          }
          addSegment(
            generatedLine,
            generatedColumn + at - lineStart,
            sourceLine,
            sourceColumn + at - lineStart,
          )
          lastMappedLine = generatedLine
        }
        const mappedBefore = mapped
        advance(text)
        // Whether the last segment on the current line points somewhere.
        mapped =
          lastMappedLine === line || (lastMappedLine === -1 && mappedBefore && !text.includes('\n'))
        return true
      }
      let sourceLine = start.line
      let sourceColumn = start.column
      let index = 0
      while (index < text.length) {
        const space = isWhiteSpace(text.charCodeAt(index))
        let end = index + 1
        while (end < text.length && isWhiteSpace(text.charCodeAt(end)) === space) end++
        const run = text.slice(index, end)
        if (space) advance(run)
        else if (!needsEscape(run)) {
          mark(sourceLine, sourceColumn)
          advance(run)
        } else {
          // Escaped characters change the length of the output: each piece is mapped (a run
          // of them as one).
          let column = sourceColumn
          for (const piece of run.split(escapablePiece)) {
            if (!piece) continue
            mark(sourceLine, column)
            advance(escapeText(piece))
            column += piece.length
          }
        }
        const newline = run.lastIndexOf('\n')
        if (newline === -1) sourceColumn += run.length
        else {
          for (let at = run.indexOf('\n'); at !== -1; at = run.indexOf('\n', at + 1)) sourceLine++
          sourceColumn = run.length - newline
        }
        index = end
      }
      return true
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
      return code
    },
    toMap() {
      return {
        version: 3,
        file: filename,
        names: [],
        sources: [filename],
        sourcesContent: [source],
        mappings: encode(map),
      }
    },
    record() {
      if (recorder) return () => undefined
      const started = { segments: [] as number[], line, column, text: '' }
      recorder = started
      return () => {
        recorder = undefined
        return { text: started.text, segments: Int32Array.from(started.segments), mapped }
      }
    },
    replay(recording, lineDelta) {
      const { segments } = recording
      for (let index = 0; index < segments.length; index += 4) {
        const relative = segments[index] as number
        const generatedColumn = (segments[index + 1] as number) + (relative === 0 ? column : 0)
        const sourceLine = segments[index + 2] as number
        if (sourceLine < 0) addSegment(line + relative, generatedColumn)
        else
          addSegment(line + relative, generatedColumn, sourceLine + lineDelta, segments[index + 3])
      }
      advance(recording.text)
      mapped = recording.mapped
    },
  }

  /** Offset of a point, from its `offset` or its line and column. */
  function offsetOf(point: Point): number | undefined {
    if (point.offset !== undefined) return point.offset
    if (!lineStarts) {
      lineStarts = [0]
      for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1))
        lineStarts.push(index + 1)
    }
    // Past the last line, as the line-by-line sum did: each missing line counts one character.
    const lineStart =
      lineStarts[point.line - 1] ?? source.length + 1 + (point.line - 1 - lineStarts.length)
    return lineStart + point.column - 1
  }

  /** Skip white space, and block quote markers at the start of a line (`> `). */
  function skipSpace(offset: number, limit: number): number {
    let lineStart = false
    while (offset < limit) {
      const code = source.charCodeAt(offset)
      if (code === 10) lineStart = true
      else if (!(isWhiteSpace(code) || (lineStart && code === 62))) break
      offset++
    }
    return offset
  }

  function skipWord(offset: number, limit: number): number {
    while (offset < limit && !isWhiteSpace(source.charCodeAt(offset))) offset++
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
  // ASCII words (most of them) without the Unicode regex.
  let start = 0
  while (start < word.length) {
    const code = word.charCodeAt(start)
    if (code > 127) break
    if (isAsciiAlphanumeric(code)) {
      let end = start + 1
      while (end < word.length && isAsciiAlphanumeric(word.charCodeAt(end))) end++
      if (end < word.length && word.charCodeAt(end) > 127) break
      return [word.slice(start, end), start]
    }
    start++
  }
  const match = /[\p{L}\p{N}]+/u.exec(word)
  return match ? [match[0], match.index] : undefined
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
