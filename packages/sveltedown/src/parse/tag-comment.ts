import { markdownLineEnding } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State } from 'micromark-util-types'

/**
 * A JavaScript comment between a tag's attributes, which Svelte 5 allows and ignores:
 * `<Foo a={1} // note` (to the end of the line) and `<Foo /* note *\/ a={1}>` (may span lines).
 * It is `nok` for a `/` that starts no comment (`/>`), which the tag then reads itself.
 *
 * ```markdown
 * > | <Foo /* a *\/ b={1}>
 *          ^^^^^^^
 * ```
 */
export const tagComment: Construct = { tokenize: tokenizeTagComment, partial: true }

/**
 * Per tokenizer (micromark gives each its own `effects`), the offset of the first `/*` that ran
 * to the end without `*\/`: no later one can find a `*\/` either, so it fails at once instead of
 * scanning to the end again (`<a /*` repeated would be quadratic).
 */
const unclosedFrom = new WeakMap<Effects, number>()

function tokenizeTagComment(effects: Effects, ok: State, nok: State): State {
  let startOffset = 0
  let star = false

  return start

  function start(code: Code): State | undefined {
    startOffset = effects.enter('svelteTagComment').start.offset
    effects.enter('svelteTagCommentMarker')
    effects.consume(code)
    return kind
  }

  function kind(code: Code): State | undefined {
    if (code === codes.slash) {
      effects.consume(code)
      effects.exit('svelteTagCommentMarker')
      return lineStart
    }
    if (code === codes.asterisk) {
      if (startOffset >= (unclosedFrom.get(effects) ?? Number.POSITIVE_INFINITY)) return nok(code)
      effects.consume(code)
      effects.exit('svelteTagCommentMarker')
      return blockStart
    }
    return nok(code)
  }

  /**
   * ```markdown
   * > | <a // b
   *          ^^
   * ```
   */
  function lineStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return end(code)
    effects.enter('svelteTagCommentData')
    return lineData(code)
  }

  function lineData(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('svelteTagCommentData')
      return end(code)
    }
    effects.consume(code)
    return lineData
  }

  /**
   * ```markdown
   * > | <a /* b *\/>
   *          ^^^^
   * ```
   */
  function blockStart(code: Code): State | undefined {
    if (code === codes.eof) {
      unclosedFrom.set(effects, Math.min(startOffset, unclosedFrom.get(effects) ?? startOffset))
      return nok(code)
    }
    if (markdownLineEnding(code)) {
      star = false
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return blockStart
    }
    effects.enter('svelteTagCommentData')
    return blockData(code)
  }

  function blockData(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('svelteTagCommentData')
      return blockStart(code)
    }
    if (code === codes.slash && star) {
      effects.exit('svelteTagCommentData')
      effects.enter('svelteTagCommentMarker')
      effects.consume(code)
      effects.exit('svelteTagCommentMarker')
      return end
    }
    star = code === codes.asterisk
    effects.consume(code)
    return blockData
  }

  function end(code: Code): State | undefined {
    effects.exit('svelteTagComment')
    return ok(code)
  }
}
