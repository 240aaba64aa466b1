import type { Position } from 'unist'
import type { VFile } from 'vfile'

/**
 * Where the value at `segments` (`['author', 'name']`, `['tags', 1]`) was written in the YAML
 * frontmatter `yaml` of `file`: its range in the document. A key that is missing points at the
 * key of its nearest written parent, or at the opening fence for a top-level key. Other
 * frontmatter (TOML, a custom parser) points at the top-level value, as other diagnostics do.
 * Only called when a schema rejects a value, so the `yaml` package (which keeps ranges, unlike
 * the faster parser the frontmatter is read with) is loaded then.
 */
export async function frontmatterPathPosition(
  file: VFile,
  segments: readonly PropertyKey[],
  yaml: string,
): Promise<{ position: Position; missing: boolean }> {
  const fence = fencePosition(file)
  const first = segments[0]
  if (!yaml) {
    const top = typeof first === 'string' ? file.data.frontmatterPositions?.[first] : undefined
    return { position: top ?? fence, missing: !top && segments.length > 0 }
  }
  const { isMap, isScalar, isSeq, parseDocument } = await import('yaml')
  // Lines are counted from the line after the opening fence, which is where `yaml` starts.
  const firstLine = (file.data.frontmatterPosition?.start.line ?? 1) + 1
  const toPosition = (start: number, end: number): Position => ({
    start: pointAt(yaml, start, firstLine),
    end: pointAt(yaml, Math.max(start, end), firstLine),
  })
  let node: unknown = parseDocument(yaml).contents
  let parentKey: Position | undefined
  for (const segment of segments) {
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment),
      )
      if (pair) {
        const key = pair.key as { range?: [number, number, number] } | null
        if (key?.range) parentKey = toPosition(key.range[0], key.range[1])
        // `key:` with nothing after it: there is no value to point at, so the key is shown.
        next = pair.value ?? { range: key?.range }
      }
    } else if (isSeq(node) && typeof segment === 'number') next = node.items[segment]
    if (!next) return { position: parentKey ?? fence, missing: true }
    node = next
  }
  const range = (node as { range?: [number, number, number] } | null)?.range
  return { position: range ? toPosition(range[0], range[1]) : fence, missing: false }
}

/** The line of the opening fence, as far as it goes. */
function fencePosition(file: VFile): Position {
  const start = file.data.frontmatterPosition?.start ?? { line: 1, column: 1 }
  return {
    start: { line: start.line, column: start.column },
    end: { line: start.line, column: start.column + 3 },
  }
}

function pointAt(text: string, offset: number, firstLine: number) {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  let line = firstLine
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) {
    line++
  }
  return { line, column: offset - lineStart + 1 }
}
