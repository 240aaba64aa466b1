import { eachMapping, TraceMap } from '@jridgewell/trace-mapping'
import type { CompileResult } from 'sveltedown'

interface Segment {
  generatedColumn: number
  end: number
  line: number
  column: number
}

const segmentsByResult = new WeakMap<CompileResult, Map<number, Segment[]>>()

/**
 * The `.svx` range that the compiled code at `point` (1-based line, 0-based column) came from:
 * the sourcemap segment under the point, as long in the source as it is in the output (cut at
 * the end of its source line). Empty when that part of the output was written by sveltedown.
 */
export function sourceRangeAt(
  result: CompileResult,
  source: string,
  point: { line: number; column: number },
): Array<{ from: number; to: number }> {
  const segment = segmentsOf(result, point.line)?.find(
    (candidate) => candidate.generatedColumn <= point.column && point.column < candidate.end,
  )
  if (!segment) return []
  const lineStarts = [0]
  for (let index = 0; index < source.length; index++) {
    if (source.charCodeAt(index) === 10) lineStarts.push(index + 1)
  }
  const start = lineStarts[segment.line - 1]
  if (start === undefined) return []
  const lineEnd = (lineStarts[segment.line] ?? source.length + 1) - 1
  const from = start + segment.column
  const to = Math.min(lineEnd, from + Math.max(1, segment.end - segment.generatedColumn))
  return to > from ? [{ from, to }] : []
}

function segmentsOf(result: CompileResult, line: number): Segment[] | undefined {
  let lines = segmentsByResult.get(result)
  if (!lines) {
    lines = new Map()
    const code = result.code.split('\n')
    const all: Array<Segment & { generatedLine: number }> = []
    eachMapping(new TraceMap(result.map as never), (mapping) => {
      if (mapping.originalLine === null) return
      all.push({
        generatedLine: mapping.generatedLine,
        generatedColumn: mapping.generatedColumn,
        end: 0,
        line: mapping.originalLine,
        column: mapping.originalColumn,
      })
    })
    for (const [index, segment] of all.entries()) {
      const next = all[index + 1]
      segment.end =
        next && next.generatedLine === segment.generatedLine
          ? next.generatedColumn
          : (code[segment.generatedLine - 1]?.length ?? segment.generatedColumn + 1)
      const list = lines.get(segment.generatedLine) ?? []
      list.push(segment)
      lines.set(segment.generatedLine, list)
    }
    segmentsByResult.set(result, lines)
  }
  return lines.get(line)
}
