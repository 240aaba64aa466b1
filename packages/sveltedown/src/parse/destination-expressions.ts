import type { Nodes } from 'mdast'
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown'
import { decodeString } from 'micromark-util-decode-string'
import { codes } from 'micromark-util-symbol'
import type { Point, Position } from 'unist'
import { createCodeScanner } from './create-code-scanner.js'
import { expressionEnd, expressionStart } from './expression-markers.js'

declare module 'mdast' {
  interface Data {
    /**
     * On links, images and definitions: where each expression in `url` and `title` was written,
     * in order. The expressions themselves are marked in those strings (see
     * `expression-markers.ts`).
     */
    svelteExpressionPositions?: { url?: Position[]; title?: Position[] } | undefined
  }
}

/**
 * Expressions in link and image destinations and titles, and in definitions:
 * `[docs]({base}/docs)`, `![alt]({src})`, `[a]: /x/{slug} "About {name}"`. Destinations and
 * titles are plain strings in Markdown, so each `{…}` (found the way Svelte finds it: strings,
 * comments and nested braces do not end it) is kept as a marked piece of the string, as an
 * image's alt is, and becomes a Svelte attribute value when the element is written. `\{` stays
 * a brace. An expression with spaces needs the `<…>` form of a destination:
 * `[x](<{a + b}>)`.
 */
export function destinationExpressionsFromMarkdown(): Extension {
  return {
    exit: {
      resourceDestinationString: exitUrl,
      definitionDestinationString: exitUrl,
      resourceTitleString: exitTitle,
      definitionTitleString: exitTitle,
    },
  }
}

function exitUrl(this: CompileContext, token: Token) {
  exitString(this, token, 'url')
}

function exitTitle(this: CompileContext, token: Token) {
  exitString(this, token, 'title')
}

/** Replaces mdast-util-from-markdown's handler: the same decoded string, expressions marked. */
function exitString(context: CompileContext, token: Token, field: 'url' | 'title') {
  const decoded = context.resume()
  const node = context.stack[context.stack.length - 1] as Nodes & { url?: string; title?: string }
  const raw = context.sliceSerialize(token)
  const found = raw.includes('{') ? markExpressions(raw, token.start) : undefined
  if (!found || found.positions.length === 0) {
    node[field] = decoded
    return
  }
  node[field] = found.value
  const data = (node.data ??= {})
  data.svelteExpressionPositions = { ...data.svelteExpressionPositions, [field]: found.positions }
}

/**
 * The string as Markdown reads it (escapes and character references decoded), with each
 * `{expression}` kept as written between markers, and where each expression is.
 */
function markExpressions(raw: string, start: Point): { value: string; positions: Position[] } {
  let value = ''
  const positions: Position[] = []
  let textStart = 0
  let index = 0
  while (index < raw.length) {
    const char = raw.charAt(index)
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(raw.charAt(index + 1))) {
      index += 2
      continue
    }
    const end = char === '{' ? closingBrace(raw, index + 1) : -1
    if (end === -1) {
      index++
      continue
    }
    value += decodeString(raw.slice(textStart, index))
    value += `${expressionStart}${raw.slice(index + 1, end)}${expressionEnd}`
    positions.push({ start: pointAt(raw, start, index), end: pointAt(raw, start, end + 1) })
    index = end + 1
    textStart = index
  }
  value += decodeString(raw.slice(textStart))
  return { value, positions }
}

/** Index of the `}` closing the brace opened just before `from`, or -1 when there is none. */
function closingBrace(raw: string, from: number): number {
  const scanner = createCodeScanner('js', true)
  for (let index = from; index < raw.length; index++) {
    const char = raw.charCodeAt(index)
    const code =
      char === 10 ? codes.lineFeed : char === 13 ? codes.carriageReturn : (char as number)
    if (scanner.push(code) === 'end') return index
  }
  return -1
}

/**
 * The point of `raw[index]`. A title may span lines; on a later line the column counts from the
 * line start (exact unless the title is inside a block quote or list item).
 */
function pointAt(raw: string, start: Point, index: number): Point {
  const before = raw.slice(0, index)
  const newline = before.lastIndexOf('\n')
  if (newline === -1) {
    const offset = start.offset === undefined ? undefined : start.offset + index
    return { line: start.line, column: start.column + index, offset }
  }
  const lines = before.split('\n').length - 1
  return { line: start.line + lines, column: index - newline }
}
