/**
 * Where list items and block quotes first nest deeper than `limit`, found from the lines alone,
 * before the document is parsed.
 *
 * micromark re-checks every open container on every line, so a list nested a thousand levels
 * deep (a megabyte of indentation) takes it minutes to parse. Such a document is refused here
 * in one pass over its lines. The scan follows CommonMark's container rules closely enough
 * never to see more depth than there is: lazy continuation lines only close containers here, so
 * it can under-count (the check on the parsed tree still catches that) but not over-count.
 */
export interface DeepContainer {
  kind: 'a list' | 'a block quote'
  depth: number
  line: number
  column: number
}

type Container = { type: 'quote' } | { type: 'item'; indent: number }

/** The quick test for each limit: a line with a container-like prefix that long. */
const prefixes = new Map<number, RegExp>()

export function findDeepContainer(source: string, limit: number): DeepContainer | undefined {
  // Each level takes at least one character of a line's prefix: without a prefix that long, no
  // line can be nested that deep. Real documents end here.
  let prefix = prefixes.get(limit)
  if (!prefix) {
    prefix = new RegExp(`^[ \\t>*+\\-.)\\d]{${limit}}`, 'm')
    prefixes.set(limit, prefix)
  }
  if (!prefix.test(source)) return undefined

  const stack: Container[] = []
  // The container depth of an open fence, whose lines start no containers, and its closing line.
  let fence: { depth: number; closing: RegExp } | undefined
  let lineStart = 0
  let lineNumber = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '')
    lineNumber++
    lineStart = lineEnd + 1

    let at = 0
    let matched = 0
    const blank = /^[ \t]*$/.test(line)
    for (const container of stack) {
      if (container.type === 'quote') {
        const spaces = spacesAt(line, at)
        if (spaces > 3 || line.charAt(at + spaces) !== '>') break
        at += spaces + 1
        if (line.charAt(at) === ' ' || line.charAt(at) === '\t') at++
      } else if (!blank) {
        if (spacesAt(line, at) < container.indent) break
        at += container.indent
      }
      matched++
    }
    if (blank) {
      stack.length = matched
      continue
    }
    // A fence ends with the container it is in.
    if (fence && fence.depth > matched) fence = undefined
    stack.length = matched

    if (fence) {
      if (fence.closing.test(line.slice(at))) fence = undefined
      continue
    }

    while (at < line.length) {
      const spaces = spacesAt(line, at)
      if (spaces > 3) break
      const start = at + spaces
      const rest = line.slice(start)
      let container: Container
      let width: number
      if (rest.startsWith('>')) {
        container = { type: 'quote' }
        width = rest.charAt(1) === ' ' || rest.charAt(1) === '\t' ? 2 : 1
      } else {
        // A thematic break (`- - -`, `* * *`) is not a list item.
        if (/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(rest)) break
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(rest)?.[0]
        if (!marker) {
          const opening = /^(`{3,}|~{3,})/.exec(rest)?.[1]
          if (opening) {
            const closing = new RegExp(`^ {0,3}${opening}${opening.charAt(0)}*[ \\t]*$`)
            fence = { depth: stack.length, closing }
          }
          break
        }
        const after = spacesAt(line, start + marker.length)
        const gap =
          after === 0 || after > 4 || start + marker.length + after >= line.length ? 1 : after
        width = spaces + marker.length + gap
        container = { type: 'item', indent: width }
      }
      stack.push(container)
      if (stack.length > limit) {
        return {
          kind: container.type === 'quote' ? 'a block quote' : 'a list',
          depth: stack.length,
          line: lineNumber,
          column: start + 1,
        }
      }
      at = container.type === 'quote' ? start + width : at + width
    }
  }
  return undefined
}

/** Spaces (a tab counts as one here) from `at`. */
function spacesAt(line: string, at: number): number {
  let end = at
  while (line.charAt(end) === ' ' || line.charAt(end) === '\t') end++
  return end - at
}
