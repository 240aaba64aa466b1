import { decodedMappings, type TraceMap } from '@jridgewell/trace-mapping'

/** A position as the language server protocol and svelte-check give it: 0-based line and character. */
export interface LspPosition {
  line: number
  character: number
}

/** What mapping needs of a shadow: the document's text, the shadow's code and its map back. */
export interface MappedShadow {
  source: string
  code: string
  map: TraceMap | undefined
}

/** Where a piece of shadow code starts, and where in the document it came from (0-based). */
interface Segment {
  generatedLine: number
  generatedColumn: number
  originalLine: number
  originalColumn: number
}

interface Index {
  /** Mapped segments per shadow line, by column. */
  byGenerated: Segment[][]
  /** The same segments per document line, by column. */
  byOriginal: Segment[][]
  codeLines: string[]
  sourceLines: string[]
}

const indexes = new WeakMap<TraceMap, Index>()

function indexOf(shadow: MappedShadow & { map: TraceMap }): Index {
  const cached = indexes.get(shadow.map)
  if (cached) return cached
  const byGenerated: Segment[][] = []
  const byOriginal: Segment[][] = []
  decodedMappings(shadow.map).forEach((line, generatedLine) => {
    const mapped: Segment[] = []
    for (const raw of line) {
      if (raw.length < 4) {
        // Generated code ends the mapped piece before it.
        mapped.push({
          generatedLine,
          generatedColumn: raw[0],
          originalLine: -1,
          originalColumn: -1,
        })
        continue
      }
      const segment = {
        generatedLine,
        generatedColumn: raw[0],
        originalLine: raw[2] as number,
        originalColumn: raw[3] as number,
      }
      mapped.push(segment)
      const list = byOriginal[segment.originalLine] ?? []
      list.push(segment)
      byOriginal[segment.originalLine] = list
    }
    byGenerated[generatedLine] = mapped
  })
  for (const list of byOriginal) list?.sort((a, b) => a.originalColumn - b.originalColumn)
  const index = {
    byGenerated,
    byOriginal,
    codeLines: shadow.code.split('\n'),
    sourceLines: shadow.source.split('\n'),
  }
  indexes.set(shadow.map, index)
  return index
}

/**
 * The compiler records where each emitted piece starts, not every character: a script is mapped
 * character by character, an attribute or a tag name once. A position inside a piece is the
 * piece's start plus the distance to it when the text up to it is the same on both sides (a
 * slice copied as written), else the piece's start (escaped text, generated ids).
 */
function distanceWithin(index: Index, segment: Segment, distance: number): number {
  const code = index.codeLines[segment.generatedLine] ?? ''
  const source = index.sourceLines[segment.originalLine] ?? ''
  const generated = code.slice(segment.generatedColumn, segment.generatedColumn + distance)
  const original = source.slice(segment.originalColumn, segment.originalColumn + distance)
  return generated.length === distance && generated === original ? distance : 0
}

/**
 * The document position (1-based line and column, as sveltedown reports them) of a shadow
 * position. Generated code (the layout's tag, a wrapper) maps to nothing: the nearest mapped
 * piece before it on the same line stands in. `undefined` when nothing on the line is mapped.
 */
export function toDocument(
  shadow: MappedShadow,
  position: LspPosition,
): { line: number; column: number } | undefined {
  if (!shadow.map) return undefined
  const index = indexOf({ ...shadow, map: shadow.map })
  let found: Segment | undefined
  let generated = false
  for (const segment of index.byGenerated[position.line] ?? []) {
    if (segment.generatedColumn > position.character) break
    generated = segment.originalLine < 0
    if (!generated) found = segment
  }
  if (!found) return undefined
  const distance = generated
    ? 0
    : distanceWithin(index, found, position.character - found.generatedColumn)
  return { line: found.originalLine + 1, column: found.originalColumn + distance + 1 }
}

/**
 * The shadow position of a document position (both 0-based, as editors send them), or
 * `undefined` when the text there was not copied into the shadow. Of the pieces that start
 * nearest before it on its line, the one whose text runs unchanged up to the position wins, the
 * markup's over an earlier one (the frontmatter's `const { title } = metadata` is mapped to the
 * first `{title}`, as the markup's expression is).
 */
export function toShadow(shadow: MappedShadow, position: LspPosition): LspPosition | undefined {
  if (!shadow.map) return undefined
  const index = indexOf({ ...shadow, map: shadow.map })
  const line = index.byOriginal[position.line] ?? []
  let best: { segment: Segment; distance: number } | undefined
  for (const segment of line) {
    if (segment.originalColumn > position.character) break
    const wanted = position.character - segment.originalColumn
    const distance = distanceWithin(index, segment, wanted)
    if (distance !== wanted) continue
    if (
      !best ||
      segment.originalColumn > best.segment.originalColumn ||
      (segment.originalColumn === best.segment.originalColumn &&
        (segment.generatedLine > best.segment.generatedLine ||
          (segment.generatedLine === best.segment.generatedLine &&
            segment.generatedColumn > best.segment.generatedColumn)))
    ) {
      best = { segment, distance }
    }
  }
  if (!best) return undefined
  return {
    line: best.segment.generatedLine,
    character: best.segment.generatedColumn + best.distance,
  }
}

/**
 * A shadow range in the document (0-based, as editors want it), or `undefined` when its start
 * was not copied from the document. The end is found through the character before it: the end
 * of `name` in `{name}` is where `}` starts, a piece of its own.
 */
export function toDocumentRange(
  shadow: MappedShadow,
  range: { start: LspPosition; end: LspPosition },
): { start: LspPosition; end: LspPosition } | undefined {
  const start = toDocument(shadow, range.start)
  if (!start) return undefined
  const startPosition = { line: start.line - 1, character: start.column - 1 }
  const empty =
    range.end.line < range.start.line ||
    (range.end.line === range.start.line && range.end.character <= range.start.character)
  const last =
    !empty && range.end.character > 0
      ? toDocument(shadow, { line: range.end.line, character: range.end.character - 1 })
      : undefined
  const end = last ? { line: last.line - 1, character: last.column } : startPosition
  const before =
    end.line < startPosition.line ||
    (end.line === startPosition.line && end.character < startPosition.character)
  return { start: startPosition, end: before ? startPosition : end }
}
