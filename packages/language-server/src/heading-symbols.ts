import type { Heading, Root, RootContent } from 'mdast'
import { type CompileOptions, createProcessor } from 'sveltedown'
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver/node.js'

/**
 * The document's outline: its headings, each holding the headings below it, as Markdown editors
 * show them. A heading's range runs to the next heading of its level or higher.
 */
export function headingSymbols(source: string, options: CompileOptions): DocumentSymbol[] {
  let tree: Root
  try {
    tree = createProcessor({ ...options, highlight: false }).parse(source) as Root
  } catch {
    return []
  }
  const headings: Heading[] = []
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') headings.push(node)
      else if ('children' in node) visit(node.children as RootContent[])
    }
  }
  visit(tree.children)
  const lines = source.split('\n')
  const end = { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 }
  const root: DocumentSymbol[] = []
  const open: Array<{ depth: number; symbol: DocumentSymbol }> = []
  for (const heading of headings) {
    const start = heading.position?.start
    const stop = heading.position?.end
    if (!start || !stop) continue
    const at = { line: start.line - 1, character: start.column - 1 }
    while (open.length && (open.at(-1)?.depth ?? 0) >= heading.depth) {
      const closed = open.pop()
      if (closed) closed.symbol.range.end = before(lines, at)
    }
    const selectionRange = { start: at, end: { line: stop.line - 1, character: stop.column - 1 } }
    const symbol: DocumentSymbol = {
      name: nameOf(lines[start.line - 1] ?? '') || `Heading ${heading.depth}`,
      detail: '#'.repeat(heading.depth),
      kind: SymbolKind.String,
      range: { start: at, end },
      selectionRange,
      children: [],
    }
    const parent = open.at(-1)
    if (parent) parent.symbol.children?.push(symbol)
    else root.push(symbol)
    open.push({ depth: heading.depth, symbol })
  }
  return root
}

/** The heading as written (`# {title}` shows `{title}`), without its `#` marks. */
function nameOf(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/\s+#+\s*$/, '')
    .trim()
}

/** The end of the line before `position`. */
function before(lines: string[], position: { line: number; character: number }) {
  const line = Math.max(0, position.line - 1)
  return { line, character: lines[line]?.length ?? 0 }
}
