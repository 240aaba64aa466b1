import type { Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'

/**
 * Documents at least this long keep their parsed tree, so that the next compile of the same
 * file (a dev server after an edit) parses only the top-level blocks around the change. Below
 * it, a full parse costs less than keeping and copying the tree.
 */
export const incrementalMinimum = 32 * 1024

/** Files whose trees are kept at once, the most recently compiled ones. */
const keptFiles = 4

interface Kept {
  source: string
  /** The tree as the parser made it; never handed out (later steps change the trees they get). */
  tree: Root
}

/**
 * remark plugin: after an edit, re-parse only the top-level blocks that changed, and take the
 * others from the previous parse of the same file, moved to their new lines. The result is the
 * tree a full parse gives, or the full parse is used:
 *
 * - the re-parsed text runs from the top-level block before the change to the one after it,
 *   whole lines; both of those must come out exactly as before (same nodes, same places), which
 *   shows that the parser was between blocks where the text starts and ends (an unclosed fence,
 *   element or list that swallows what follows changes the block after it);
 * - a document with link or footnote definitions is parsed whole: a definition anywhere changes
 *   how references everywhere are read;
 * - an edit in the first or the last top-level block (frontmatter among them) is parsed whole;
 * - a parse error in the re-parsed text is left to the full parse, which reports it in place.
 */
export function remarkIncrementalParse(this: Processor) {
  const parse = this.parser
  if (!parse) return
  const kept = new Map<string, Kept>()
  this.parser = (document: string, file: VFile) => {
    const path = file.path
    const previous = path ? kept.get(path) : undefined
    let tree: Root | undefined
    if (previous && previous.source !== document) {
      tree = reparse(previous, document, (text) => parse(text, file) as Root)
    }
    tree ??= parse(document, file) as Root
    if (path) {
      kept.delete(path)
      if (document.length >= incrementalMinimum) {
        kept.set(path, { source: document, tree: copy(tree, noShift) })
        if (kept.size > keptFiles) kept.delete(kept.keys().next().value as string)
      }
    }
    return tree
  }
}

/** Lines and characters to move a node by: after `offset`, and the line it starts on. */
interface Shift {
  lines: number
  offsets: number
}

const noShift: Shift = { lines: 0, offsets: 0 }

function reparse(
  previous: Kept,
  document: string,
  parse: (text: string) => Root,
): Root | undefined {
  const before = previous.source
  if (hasDefinitions(document)) return undefined
  // The changed text: the same before `head` and after `tail` (counted from the end).
  let head = 0
  const shortest = Math.min(before.length, document.length)
  while (head < shortest && before.charCodeAt(head) === document.charCodeAt(head)) head++
  let tail = 0
  while (
    tail < shortest - head &&
    before.charCodeAt(before.length - 1 - tail) === document.charCodeAt(document.length - 1 - tail)
  )
    tail++
  const changedEnd = before.length - tail

  const blocks = previous.tree.children
  // The block before the first one the change touches, and the block after the last one.
  let first = blocks.findIndex((node) => (node.position?.end.offset ?? -1) >= head)
  let last = findLastIndex(blocks, (node) => (node.position?.start.offset ?? -1) <= changedEnd)
  if (first === -1 || last === -1) return undefined
  first -= 1
  last += 1
  const opening = blocks[first]?.position
  const closing = blocks[last]?.position
  if (first < 0 || last >= blocks.length || !opening || !closing) return undefined
  if (opening.start.offset === undefined || closing.end.offset === undefined) return undefined
  // Whole lines: from the start of the opening block's line to the end of the closing block's.
  const start = opening.start.offset - (opening.start.column - 1)
  const lineEnd = before.indexOf('\n', closing.end.offset)
  const end = lineEnd === -1 ? before.length : lineEnd
  if (start > head || end < changedEnd || lineEnd === -1) return undefined
  const delta = document.length - before.length
  const text = document.slice(start, end + delta)

  let part: Root
  try {
    part = parse(text)
  } catch {
    return undefined
  }
  const startLine = opening.start.line
  const into: Shift = { lines: startLine - 1, offsets: start }
  const middle = part.children.map((node) => copy(node, into))
  const lineDelta = countLines(text) - countLines(before.slice(start, end))
  const after: Shift = { lines: lineDelta, offsets: delta }
  // The blocks on either side must come out as they were.
  const openingNode = blocks[first] as RootContent
  const closingNode = blocks[last] as RootContent
  if (middle.length < 2) return undefined
  if (!same(middle[0], openingNode)) return undefined
  if (!same(middle.at(-1), copy(closingNode, after))) return undefined

  const root = previous.tree
  const rootEnd = root.position?.end
  return {
    ...copy({ ...root, children: [] }, noShift),
    children: [
      ...blocks.slice(0, first + 1).map((node) => copy(node, noShift)),
      ...middle.slice(1, -1),
      ...blocks.slice(last).map((node) => copy(node, after)),
    ],
    ...(root.position && rootEnd
      ? {
          position: {
            start: { ...root.position.start },
            end: {
              line: rootEnd.line + lineDelta,
              column: rootEnd.column,
              ...(rootEnd.offset === undefined ? {} : { offset: rootEnd.offset + delta }),
            },
          },
        }
      : {}),
  }
}

/**
 * Link reference or footnote definitions (`[a]: /url`, `[^1]: note`), at any indent or in a
 * container. Only lines with `]:` are looked at: a pattern over every line costs more than the
 * re-parse it would save.
 */
function hasDefinitions(document: string): boolean {
  for (
    let index = document.indexOf(']:');
    index !== -1;
    index = document.indexOf(']:', index + 2)
  ) {
    const lineStart = document.lastIndexOf('\n', index) + 1
    if (/^[ \t>*+-]*(?:\d+[.)])?[ \t]*\[[^\]\n]+\]:$/.test(document.slice(lineStart, index + 2))) {
      return true
    }
  }
  return false
}

function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index] as T)) return index
  return -1
}

/**
 * A deep copy of plain data, every point in it moved by `shift`: node positions, and the points
 * Svelte nodes keep of where their pieces start (`valueStart`, `parts[].start`).
 */
function copy<T>(value: T, shift: Shift): T {
  if (Array.isArray(value)) return value.map((item) => copy(item, shift)) as T
  if (value === null || typeof value !== 'object') return value
  if (isPoint(value)) return movePoint(value, shift) as T
  const result: Record<string, unknown> = {}
  for (const key in value) result[key] = copy((value as Record<string, unknown>)[key], shift)
  return result as T
}

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

function isPoint(value: object): value is Point {
  const point = value as Partial<Point>
  return typeof point.line === 'number' && typeof point.column === 'number'
}

function movePoint(point: Point, shift: Shift): Point {
  const moved: Point = { ...point, line: point.line + shift.lines }
  if (point.offset !== undefined) moved.offset = point.offset + shift.offsets
  return moved
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
