import yaml from 'js-yaml'
import type { Root } from 'mdast'
import { parse as parseToml } from 'smol-toml'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
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
      let { line, column, reason } = describeParseError(error)
      // An error at the end of the input (an unclosed list) is shown at the end of the last line,
      // not on the closing fence.
      const lines = node.value.split('\n')
      if (line > lines.length) {
        line = lines.length
        column = (lines[line - 1] ?? '').length + 1
      }
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
  file.data.frontmatterPositions = topLevelPositions(value, firstLine, tomlKey)
  return data
}

function parseYaml(value: string, firstLine: number, file: VFile): unknown {
  // YAML 1.2 core schema: dates stay strings, as they were written.
  const data = yaml.load(value, { schema: yaml.CORE_SCHEMA })
  file.data.frontmatterPositions = topLevelPositions(value, firstLine, yamlKey)
  return data
}

const yamlKey = /^([A-Za-z0-9_$.-]+|"[^"]*"|'[^']*')([ \t]*:(?:[ \t]+|$))/
const tomlKey = /^([ \t]*)([A-Za-z0-9_-]+|"[^"]*")([ \t]*=[ \t]*)/

/**
 * Where each top-level value is written, found by reading the lines (`key: value` at the start
 * of a line in YAML, `key = value` before the first table in TOML): enough to point at a value
 * in diagnostics and sourcemaps, without a second, position-keeping parse.
 */
function topLevelPositions(
  value: string,
  firstLine: number,
  pattern: RegExp,
): Record<string, Position> {
  const positions: Record<string, Position> = {}
  const lines = value.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (pattern === tomlKey && /^\s*\[/.test(line)) break
    const match = pattern.exec(line)
    if (!match) continue
    const key = (pattern === tomlKey ? match[2] : match[1])?.replace(/^["']|["']$/g, '') ?? ''
    let lineNumber = firstLine + index
    let column = match[0].length + 1
    // A value on the lines below its key (a block list or text) starts on the next line.
    if (column > line.length && index + 1 < lines.length) {
      const next = lines[index + 1] ?? ''
      lineNumber++
      column = next.length - next.trimStart().length + 1
    }
    positions[key] = {
      start: { line: lineNumber, column },
      end: {
        line: lineNumber,
        column: Math.max(column, (lines[lineNumber - firstLine] ?? '').length + 1),
      },
    }
  }
  return positions
}

/** Line (1-based, within the frontmatter) and column of a YAML or TOML parse error. */
function describeParseError(error: unknown): { line: number; column: number; reason: string } {
  const value = error as {
    // js-yaml: 0-based `mark`, and the message without place in `reason`.
    mark?: { line: number; column: number }
    reason?: string
    // smol-toml: 1-based `line` and `column`.
    line?: number
    column?: number
    message?: string
  }
  const line = value.mark ? value.mark.line + 1 : (value.line ?? 1)
  const column = value.mark ? value.mark.column + 1 : (value.column ?? 1)
  const message = value.reason ?? String(value.message ?? error).split('\n')[0] ?? ''
  const reason = message.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '')
  return { line, column, reason: reason ? `content (${reason})` : 'content' }
}
