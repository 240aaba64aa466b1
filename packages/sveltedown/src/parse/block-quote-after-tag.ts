import { blockQuote } from 'micromark-core-commonmark'
import { factorySpace } from 'micromark-factory-space'
import { asciiAlpha, markdownSpace } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import { createCodeScanner } from './create-code-scanner.js'

/**
 * CommonMark's block quote, except that a `>` at the start of a line does not open one while
 * the paragraph before it is inside a tag or an expression: there the `>` ends the tag, as in
 * Svelte, and as Prettier writes a closing tag split across lines:
 *
 * ```markdown
 *   | <div>
 *   |   <B>x</B
 * > |   >
 *       ^
 *   | </div>
 * ```
 *
 * (A tag alone on its lines is flow, and flow constructs are concrete, so no container starts
 * inside one anyway; this is about tags inside paragraphs.) Register it with `blockQuote`
 * disabled.
 */
export const blockQuoteAfterTag: Construct = {
  ...blockQuote,
  name: 'svelteBlockQuote',
  continuation: { tokenize: tokenizeContinuation },
  tokenize(effects, ok, nok) {
    const self = this
    const start = blockQuote.tokenize.call(self, effects, ok, nok)
    return function guard(code: Code) {
      return self.interrupt && paragraphEndsInsideTag(self) ? nok(code) : start(code)
    }
  },
}

/** The start of a block quote, unnamed so that disabling `blockQuote` does not disable it. */
const marker: Construct = { tokenize: blockQuote.tokenize }

/**
 * The `>` of each further line, as CommonMark's own continuation reads it (which attempts the
 * named, disabled construct, so it cannot be reused).
 */
function tokenizeContinuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  const self = this
  return function start(code: Code): State | undefined {
    if (markdownSpace(code)) {
      const indented = !self.parser.constructs.disable.null?.includes('codeIndented')
      return factorySpace(effects, before, types.linePrefix, indented ? 4 : undefined)(code)
    }
    return before(code)
  }
  function before(code: Code): State | undefined {
    return effects.attempt(marker, ok, nok)(code)
  }
}

/** How far back to look: a few dozen lines, a few thousand characters. */
const lookBehindChunks = 64
const lookBehindCharacters = 4096

/**
 * Whether the lines before this one (back to a blank line, within the limits above) end inside
 * a tag, a quoted attribute value or an expression.
 */
function paragraphEndsInsideTag(self: TokenizeContext): boolean {
  const now = self.now()
  const from = Math.max(0, now._index - lookBehindChunks)
  const chunks = self.sliceStream({ start: { ...now, _index: from, _bufferIndex: -1 }, end: now })
  let before = ''
  let whole = from === 0
  for (let index = chunks.length - 1; index >= 0; index--) {
    const chunk = chunks[index]
    before = (typeof chunk === 'string' ? chunk : (chunkCharacters[String(chunk)] ?? '')) + before
    if (before.length > lookBehindCharacters) {
      before = before.slice(-lookBehindCharacters)
      whole = false
      break
    }
  }
  let lines = before.split(/\r?\n|\r/)
  // The first line may be cut off: start at a whole line, unless the window is the document's start.
  if (!whole) lines = lines.slice(1)
  // The last line is this one, up to the `>`.
  lines.pop()
  let blank = lines.length - 1
  while (blank >= 0 && !/^[ \t]*$/.test(lines[blank] ?? '')) blank--
  return endsInsideTag(lines.slice(blank + 1).join('\n'))
}

/** micromark's codes for line endings and tabs, as text (`-1` is a tab's virtual space). */
const chunkCharacters: Record<string, string> = {
  [codes.carriageReturnLineFeed]: '\r\n',
  [codes.carriageReturn]: '\r',
  [codes.lineFeed]: '\n',
  [codes.horizontalTab]: '\t',
}

type ScanState = 'text' | 'tag' | 'quote' | 'brace'

/**
 * `{#if`, `{:else`, `{@html` and `{/if}` start with a sigil that is not JavaScript (a `/` would
 * start a regular expression); `{/* a *\/}` and `{// a` start with a comment.
 */
function afterSigil(value: string, brace: number): number {
  const next = value.charAt(brace + 1)
  if (next === '#' || next === ':' || next === '@') return brace + 1
  if (next === '/' && value.charAt(brace + 2) !== '*' && value.charAt(brace + 2) !== '/') {
    return brace + 1
  }
  return brace
}

function endsInsideTag(value: string): boolean {
  let state: ScanState = 'text'
  let quote = ''
  let resume: ScanState = 'text'
  let scanner = createCodeScanner('js', true)
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    switch (state) {
      case 'text':
        if (char === '\\') index++
        else if (char === '`') index = afterCodeSpan(value, index)
        else if (char === '<' && startsName(value, index + 1)) state = 'tag'
        else if (char === '{') {
          state = brace('text')
          index = afterSigil(value, index)
        }
        break
      case 'tag':
        if (char === '>' || char === '<') state = 'text'
        else if (char === '"' || char === "'") {
          quote = char
          state = 'quote'
        } else if (char === '{') {
          state = brace('tag')
          index = afterSigil(value, index)
        }
        break
      case 'quote':
        if (char === quote) state = 'tag'
        else if (char === '{') state = brace('quote')
        break
      case 'brace':
        if (scanner.push(value.charCodeAt(index)) === 'end') state = resume
        break
    }
  }
  return state !== 'text'

  function brace(from: ScanState): ScanState {
    scanner = createCodeScanner('js', true)
    resume = from
    return 'brace'
  }
}

/** Where a code span starting at `index` ends (its `<` is no tag), or the end of the backticks. */
function afterCodeSpan(value: string, index: number): number {
  let end = index
  while (value.charAt(end) === '`') end++
  const fence = value.slice(index, end)
  const closing = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g')
  closing.lastIndex = end
  const found = closing.exec(value)
  return (found ? found.index + fence.length : end) - 1
}

/** `<a`, `</a`: what `factoryTag` takes as the start of a tag. */
function startsName(value: string, index: number): boolean {
  const at = value.charAt(index) === '/' ? index + 1 : index
  return asciiAlpha(value.charCodeAt(at) as Code)
}
