import { markdownLineEnding } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Effects, State, TokenType } from 'micromark-util-types'

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

  return start

  function start(code: Code): State | undefined {
    effects.enter(type)
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
    if (code === codes.eof) return nok(code)
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
    if (code === codes.eof) return nok(code)
    if (markdownLineEnding(code)) {
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
}
