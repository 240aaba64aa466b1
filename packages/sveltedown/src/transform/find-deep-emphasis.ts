/**
 * Where emphasis would nest deeper than `limit`, found before the document is parsed: a run of
 * `*` (or `_`) that can open emphasis, then, in the same paragraph, a run of the same marker
 * that can close it, both longer than `2 × limit`. Such a pair becomes one strong (or emphasis)
 * inside another for half the length of the shorter run, so the tree check after parsing would
 * refuse it anyway; but the parse would build that tree first (25,000 stars: thousands of
 * levels; over ten seconds with micromark's own attention resolver, linear with ours, see
 * `parse/linear-spans.ts`), and remark-gfm's autolink transform then overflows the stack on it.
 *
 * One pass, no allocation per character. A run this long inside code would also be counted:
 * no real document has one.
 */
export interface DeepEmphasis {
  depth: number
  line: number
  column: number
}

/** The quick test for each limit: a run of markers that long anywhere. */
const runs = new Map<number, RegExp>()

export function findDeepEmphasis(source: string, limit: number): DeepEmphasis | undefined {
  const minimum = 2 * limit + 1
  let quick = runs.get(limit)
  if (!quick) {
    quick = new RegExp(`\\*{${minimum}}|_{${minimum}}`)
    runs.set(limit, quick)
  }
  if (!quick.test(source)) return undefined

  // The first long run that can open, per marker, since the last blank line.
  const openers: Record<number, { line: number; column: number; length: number } | undefined> = {}
  let line = 1
  let lineStart = 0
  let blank = true
  let index = 0
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (code === 10) {
      // A blank line ends the paragraph: emphasis never spans it.
      if (blank) {
        openers[42] = undefined
        openers[95] = undefined
      }
      line++
      lineStart = index + 1
      blank = true
      index++
      continue
    }
    if (code !== 42 && code !== 95) {
      if (!isSpace(code)) blank = false
      index++
      continue
    }
    blank = false
    let end = index + 1
    while (end < source.length && source.charCodeAt(end) === code) end++
    const length = end - index
    if (length >= minimum) {
      // Flanking, as CommonMark defines it, reduced to white space on either side.
      const canClose = index > 0 && !isSpace(source.charCodeAt(index - 1))
      const canOpen = end < source.length && !isSpace(source.charCodeAt(end))
      const opener = openers[code]
      if (canClose && opener) {
        return {
          depth: Math.ceil(Math.min(opener.length, length) / 2),
          line: opener.line,
          column: opener.column,
        }
      }
      if (canOpen && !opener) openers[code] = { line, column: index - lineStart + 1, length }
    }
    index = end
  }
  return undefined
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
