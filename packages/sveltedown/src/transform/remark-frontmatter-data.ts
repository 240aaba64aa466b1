import type { Root } from 'mdast'
import { parse as parseToml } from 'smol-toml'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { isMap, isScalar, parseDocument } from 'yaml'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { CompileOptions } from '../options.js'

declare module 'vfile' {
  interface DataMap {
    /** The document's parsed frontmatter; plugins may change it and the export follows. */
    frontmatter: Record<string, unknown>
    /** Where the frontmatter block is. */
    frontmatterPosition: Position
    /** Where each top-level YAML value was written, for diagnostics and sourcemaps. */
    frontmatterPositions: Record<string, Position>
  }
}

/**
 * Parse the frontmatter node into `file.data.frontmatter`. Runs before user remark plugins so
 * they can read and change it.
 */
export function remarkFrontmatterData(options: CompileOptions = {}) {
  const settings = options.frontmatter === false ? undefined : options.frontmatter
  return (tree: Root, file: VFile) => {
    // mdast declares `yaml`; `toml` comes from mdast-util-frontmatter without a type.
    const node = tree.children[0] as { type: string; value: string; position?: Root['position'] }
    file.data.frontmatter = {}
    if (!node || (node.type !== 'yaml' && node.type !== 'toml')) return
    const start = node.position?.start ?? { line: 1, column: 1 }
    if (node.position) file.data.frontmatterPosition = node.position
    // The value starts on the line after the opening fence.
    const at = (line: number, column: number) => ({
      start: { line: start.line + line, column },
      end: { line: start.line + line, column: column + 1 },
    })
    let data: unknown
    try {
      data = settings?.parse
        ? settings.parse(node.value)
        : node.type === 'toml'
          ? parseTomlWithPositions(node.value, start.line + 1, file)
          : parseYaml(node.value, start.line + 1, file)
    } catch (error) {
      const { line, column, reason } = describeParseError(error)
      throw createDiagnostic('frontmatter_invalid', at(line, column), {
        reason,
        expected: node.type === 'toml' ? 'valid TOML' : 'valid YAML',
      })
    }
    if (data === null || data === undefined) return
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw createDiagnostic('frontmatter_invalid', at(1, 1), {
        reason: Array.isArray(data) ? 'list' : typeof data,
        expected: 'a mapping of keys to values',
      })
    }
    file.data.frontmatter = data as Record<string, unknown>
  }
}

/**
 * TOML parsers give no positions, so top-level `key = value` lines (before the first table) are
 * found by reading the lines; that is enough to point at a value in diagnostics and maps.
 */
function parseTomlWithPositions(value: string, firstLine: number, file: VFile): unknown {
  const data = parseToml(value)
  const positions: Record<string, Position> = {}
  const lines = value.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (/^\s*\[/.test(line)) break
    const match = /^(\s*)([A-Za-z0-9_-]+|"[^"]*")(\s*=\s*)/.exec(line)
    if (!match) continue
    const key = (match[2] ?? '').replace(/^"|"$/g, '')
    const column = match[0].length + 1
    positions[key] = {
      start: { line: firstLine + index, column },
      end: { line: firstLine + index, column: line.length + 1 },
    }
  }
  file.data.frontmatterPositions = positions
  return data
}

function parseYaml(value: string, firstLine: number, file: VFile): unknown {
  const document = parseDocument(value)
  const error = document.errors[0]
  if (error) throw error
  const positions: Record<string, Position> = {}
  if (isMap(document.contents)) {
    const lineStarts = [0]
    for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
      lineStarts.push(index + 1)
    }
    const point = (offset: number) => {
      let line = 0
      while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= offset) line++
      return { line: firstLine + line, column: offset - (lineStarts[line] ?? 0) + 1 }
    }
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      const range = (pair.value as { range?: [number, number, number] } | null)?.range
      if (key !== undefined && range)
        positions[key] = { start: point(range[0]), end: point(range[1]) }
    }
  }
  file.data.frontmatterPositions = positions
  return document.toJS()
}

/** Line (1-based, within the frontmatter) and column of a YAML or TOML parse error. */
function describeParseError(error: unknown): { line: number; column: number; reason: string } {
  const value = error as {
    linePos?: Array<{ line: number; col: number }>
    line?: number
    column?: number
    code?: string
    message?: string
  }
  const first = value.linePos?.[0]
  const line = first?.line ?? value.line ?? 1
  const column = first?.col ?? value.column ?? 1
  const message = String(value.message ?? error).split('\n')[0] ?? ''
  const reason = message.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '')
  return { line, column, reason: reason ? `content (${reason})` : 'content' }
}
