import type { AstNode, ImportInfo } from './parse-script.js'

/**
 * Insertions and replacements on a source text, applied at once. Edits touch only the text they
 * add, so the user's formatting and comments stay exactly as they were.
 */
export class SourceEdits {
  readonly source: string
  private readonly edits: Array<{ start: number; end: number; text: string; order: number }> = []

  constructor(source: string) {
    this.source = source
  }

  insert(at: number, text: string) {
    this.edits.push({ start: at, end: at, text, order: this.edits.length })
  }

  replace(start: number, end: number, text: string) {
    this.edits.push({ start, end, text, order: this.edits.length })
  }

  apply(): string {
    let result = this.source
    const sorted = [...this.edits].sort((a, b) => b.start - a.start || b.order - a.order)
    for (const edit of sorted) {
      result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
    }
    return result
  }
}

/** How the file writes code: quotes, semicolons, indentation and line ending. */
export interface SourceStyle {
  quote: "'" | '"'
  semicolon: boolean
  indent: string
  newline: string
}

export function detectStyle(source: string, imports: ImportInfo[]): SourceStyle {
  const first = imports[0]?.node
  const importText = first ? source.slice(first.start, first.end) : ''
  const quote = /from\s*"/.test(importText) || (!first && /"/.test(source)) ? '"' : "'"
  const semicolon = first ? importText.trimEnd().endsWith(';') : /;\s*$/m.test(source)
  const indentMatch = /^([ \t]+)\S/m.exec(source)
  return {
    quote,
    semicolon,
    indent: indentMatch?.[1]?.startsWith('\t') ? '\t' : (indentMatch?.[1] ?? '\t'),
    newline: source.includes('\r\n') ? '\r\n' : '\n',
  }
}

/** A string literal in the file's quote style. */
export function quoted(value: string, style: SourceStyle): string {
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(style.quote, `\\${style.quote}`)
  return `${style.quote}${escaped}${style.quote}`
}

/** Add `import { name } from 'source'` after the last top-level import (or at the top). */
export function addNamedImport(
  edits: SourceEdits,
  imports: ImportInfo[],
  style: SourceStyle,
  name: string,
  source: string,
) {
  const statement = `import { ${name} } from ${quoted(source, style)}${style.semicolon ? ';' : ''}`
  const last = imports.at(-1)?.node
  if (last) edits.insert(last.end, `${style.newline}${statement}`)
  else edits.insert(0, `${statement}${style.newline}${style.newline}`)
}

/** The whitespace a line starts with. */
export function indentationAt(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? ''
}

/** Whether only whitespace precedes `offset` on its line. */
export function startsLine(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  return source.slice(lineStart, offset).trim() === ''
}

/**
 * Insert a list item (`text`) before `item` in an array or object literal. An item on its own
 * line gets a line of its own above it (and above the comment lines that belong to it); an item
 * inline gets `text, ` before it.
 */
export function insertItemBefore(edits: SourceEdits, item: AstNode, text: string) {
  const { source } = edits
  if (!startsLine(source, item.start)) {
    edits.insert(item.start, `${text}, `)
    return
  }
  const indent = indentationAt(source, item.start)
  let at = item.start - indent.length
  // Step over comment lines directly above the item: they describe it.
  for (;;) {
    const previousEnd = at - 1
    if (previousEnd <= 0) break
    const previousStart = source.lastIndexOf('\n', previousEnd - 1) + 1
    const line = source.slice(previousStart, previousEnd).trim()
    if (!(line.startsWith('//') || line.startsWith('/*') || line.startsWith('*'))) break
    at = previousStart
  }
  const newline = source[at - 2] === '\r' ? '\r\n' : '\n'
  edits.insert(at, `${indent}${text},${newline}`)
}

/**
 * Append list items (`texts`) after the last item of an array or object literal `list` whose
 * items are `items`. Keeps a trailing comma style, line comments after the last item, and
 * one-line lists on one line.
 */
export function appendItems(
  edits: SourceEdits,
  list: AstNode,
  items: AstNode[],
  texts: string[],
  style: SourceStyle,
) {
  if (texts.length === 0) return
  const { source } = edits
  const last = items.at(-1)
  if (!last) {
    // `[]` or `{}`: fill it in on the same line.
    const joined = texts.join(', ')
    const padded = source[list.start] === '{' ? ` ${joined} ` : joined
    edits.replace(list.start + 1, list.end - 1, padded)
    return
  }
  const multiline = source.slice(list.start, last.start).includes('\n')
  // Where the last item's separator would be: after the item, before any comment.
  let cursor = last.end
  while (cursor < list.end && /[ \t]/.test(source[cursor] ?? '')) cursor++
  const hasComma = source[cursor] === ','
  if (!multiline) {
    const joined = texts.join(', ')
    if (hasComma) edits.insert(cursor + 1, ` ${joined},`)
    else edits.insert(last.end, `, ${joined}`)
    return
  }
  if (!hasComma) edits.insert(last.end, ',')
  // The end of the last item's line, past a trailing `// comment`.
  const afterComma = hasComma ? cursor + 1 : last.end
  const lineEnd = source.indexOf('\n', afterComma)
  const rest = lineEnd === -1 ? '' : source.slice(afterComma, lineEnd).trim()
  let at = lineEnd !== -1 && (rest === '' || rest.startsWith('//')) ? lineEnd : afterComma
  if (source[at - 1] === '\r') at--
  const indent = startsLine(source, last.start) ? indentationAt(source, last.start) : style.indent
  const separator = `,${style.newline}${indent}`
  edits.insert(at, `${style.newline}${indent}${texts.join(separator)}${hasComma ? ',' : ''}`)
}
