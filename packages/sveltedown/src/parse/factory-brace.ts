import { markdownLineEnding } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Effects, State, TokenizeContext, TokenType } from 'micromark-util-types'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { createCodeScanner } from './create-code-scanner.js'

/**
 * Tokenize a brace tag: `{expr}`, `{@html x}`, `{#if a}`, `{:else}`, `{/if}`, `{...spread}`.
 * Brace matching is JavaScript-aware, so `}` in strings, template literals, comments and regular
 * expressions does not end it. The tag may span lines.
 *
 * ```markdown
 * > | a {b} c
 *       ^^^
 * ```
 *
 * An unterminated brace is an error, not text: in a `.svx` document `{` always starts Svelte
 * (write `\{` for a literal brace), so guessing would hide the mistake.
 */
export function factoryBrace(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  type: TokenType,
): State {
  const self = this
  const scanner = createCodeScanner('js', true)
  let startPoint = self.now()

  return start

  /**
   * ```markdown
   * > | {a}
   *     ^
   * ```
   */
  function start(code: number | null): State | undefined {
    startPoint = self.now()
    effects.enter(type)
    effects.enter('svelteBraceMarker')
    effects.consume(code)
    effects.exit('svelteBraceMarker')
    return sigil
  }

  /**
   * A leading `#`, `:`, `/` or `@` is part of the value but not JavaScript: `/` must not be read
   * as a regular expression.
   *
   * ```markdown
   * > | {/if}
   *      ^
   * ```
   */
  function sigil(code: number | null): State | undefined {
    if (code === codes.numberSign || code === codes.colon || code === codes.atSign) {
      effects.enter('svelteBraceValue')
      effects.consume(code)
      return inside
    }
    if (code === codes.slash) {
      effects.enter('svelteBraceValue')
      effects.consume(code)
      return afterSlash
    }
    return before(code)
  }

  /**
   * `{/if}` closes a block, but `{/* note *\/ a}` and `{// note` start with a comment.
   *
   * ```markdown
   * > | {/* a *\/ b}
   *       ^
   * ```
   */
  function afterSlash(code: number | null): State | undefined {
    if (code === codes.asterisk || code === codes.slash) scanner.push(codes.slash)
    return inside(code)
  }

  /**
   * At the start of a value chunk (after the marker or a line ending).
   */
  function before(code: number | null): State | undefined {
    if (code === codes.eof) return unterminated()
    if (markdownLineEnding(code)) return lineEnding(code)
    if (code === codes.rightCurlyBrace && scanner.push(code) === 'end') return close(code)
    effects.enter('svelteBraceValue')
    if (code !== codes.rightCurlyBrace) scanner.push(code)
    effects.consume(code)
    return inside
  }

  /**
   * ```markdown
   * > | {a + b}
   *      ^^^^^
   * ```
   */
  function inside(code: number | null): State | undefined {
    if (code === codes.eof) return unterminated()
    if (markdownLineEnding(code)) {
      effects.exit('svelteBraceValue')
      return lineEnding(code)
    }
    if (scanner.push(code) === 'end') {
      effects.exit('svelteBraceValue')
      return close(code)
    }
    effects.consume(code)
    return inside
  }

  function lineEnding(code: number | null): State | undefined {
    scanner.push(code)
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return before
  }

  /**
   * ```markdown
   * > | {a}
   *       ^
   * ```
   */
  function close(code: number | null): State | undefined {
    effects.enter('svelteBraceMarker')
    effects.consume(code)
    effects.exit('svelteBraceMarker')
    effects.exit(type)
    return ok
  }

  function unterminated(): never {
    throw createDiagnostic('expression_unterminated', {
      start: startPoint,
      end: self.now(),
    })
  }
}
