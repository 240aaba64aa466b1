import { markdownLineEnding } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Effects, State, TokenType } from 'micromark-util-types'
import type { Point } from 'unist'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'

/**
 * Per tokenizer (micromark gives each its own `effects`), the offset of the first `<!--` whose
 * scan reached the end without finding `-->`. A comment starting there or later cannot close
 * either: whatever `-->` it could find, the earlier scan passed over too. Remembering it keeps a
 * document full of unclosed comments linear instead of scanning to the end from each of them.
 */
const unclosedFrom = new WeakMap<Effects, number>()

/**
 * Tokenize an HTML comment, which Svelte keeps as a comment: `<!-- note -->`.
 *
 * ```markdown
 * > | <!-- a -->
 *     ^^^^^^^^^^
 * ```
 */
export function factoryComment(effects: Effects, ok: State, nok: State, type: TokenType): State {
  let dashes = 0
  let startOffset = 0
  let startPoint: Point | undefined

  return start

  function start(code: Code): State | undefined {
    const token = effects.enter(type)
    startOffset = token.start.offset
    startPoint = { line: token.start.line, column: token.start.column, offset: token.start.offset }
    // Every later `<!--` in this tokenizer would scan the same text for `-->` and fail too.
    if (startOffset >= (unclosedFrom.get(effects) ?? Number.POSITIVE_INFINITY)) return nok(code)
    effects.enter('svelteTagMarker')
    effects.consume(code)
    return bang
  }

  function bang(code: Code): State | undefined {
    if (code !== codes.exclamationMark) return nok(code)
    effects.consume(code)
    return openDash
  }

  /**
   * ```markdown
   * > | <!-- a -->
   *       ^^
   * ```
   */
  function openDash(code: Code): State | undefined {
    if (code !== codes.dash) return nok(code)
    effects.consume(code)
    dashes++
    if (dashes < 2) return openDash
    effects.exit('svelteTagMarker')
    dashes = 0
    return before
  }

  function before(code: Code): State | undefined {
    if (code === codes.eof) return unclosed(code)
    if (markdownLineEnding(code)) {
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return before
    }
    effects.enter('svelteCommentData')
    return data(code)
  }

  /**
   * ```markdown
   * > | <!-- a -->
   *         ^^^^^^
   * ```
   */
  function data(code: Code): State | undefined {
    if (code === codes.eof) return unclosed(code)
    if (markdownLineEnding(code)) {
      // Svelte ends a comment at `-->` only, so dashes before a line ending do not count.
      dashes = 0
      effects.exit('svelteCommentData')
      return before(code)
    }
    if (code === codes.greaterThan && dashes >= 2) {
      effects.consume(code)
      effects.exit('svelteCommentData')
      effects.exit(type)
      return ok
    }
    dashes = code === codes.dash ? dashes + 1 : 0
    effects.consume(code)
    return data
  }

  /** Remember that no `-->` follows, so this scan is not repeated from each later `<!--`. */
  function unclosed(code: Code): State | undefined {
    // A comment that starts a line and never closes is an error, as in Svelte (and as in mdsvex,
    // where it was an HTML block to the end): reading on as text would hide the rest of the
    // page's meaning, and costs a paragraph as long as the page. In text, where the paragraph's
    // end is not the document's, the `<!--` stays text.
    if (type === 'svelteFlowComment' && startPoint) {
      throw createDiagnostic('comment_unclosed', { start: startPoint, end: startPoint })
    }
    if (startOffset < (unclosedFrom.get(effects) ?? Number.POSITIVE_INFINITY)) {
      unclosedFrom.set(effects, startOffset)
    }
    return nok(code)
  }
}
