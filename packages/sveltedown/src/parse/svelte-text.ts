import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import { factoryBrace } from './factory-brace.js'
import { factoryComment } from './factory-comment.js'
import { factoryTag } from './factory-tag.js'
import { resolveCrossingSpans } from './resolve-crossing-spans.js'

/**
 * A tag inside a paragraph: `Click <Button>here</Button>.`
 *
 * ```markdown
 * > | a <b>c</b> d
 *       ^^^ ^^^^
 * ```
 */
export const svelteTextTag: Construct = {
  name: 'svelteTextTag',
  resolveAll: resolveCrossingSpans,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this
    return function start(code: Code): State | undefined {
      return effects.attempt(
        { tokenize: tokenizeComment, partial: true },
        ok,
        factoryTag.call(self, effects, ok, nok, 'svelteTextTag'),
      )(code)
    }
  },
}

/**
 * An expression or block tag inside a paragraph: `Hi {name}!`, `a {#if b}c{/if}`.
 *
 * ```markdown
 * > | Hi {name}!
 *        ^^^^^^
 * ```
 */
export const svelteTextBrace: Construct = {
  name: 'svelteTextBrace',
  resolveAll: resolveCrossingSpans,
  tokenize(this: TokenizeContext, effects: Effects, ok: State): State {
    return factoryBrace.call(this, effects, ok, 'svelteTextBrace')
  },
}

function tokenizeComment(effects: Effects, ok: State, nok: State): State {
  return function start(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code)
    return factoryComment(effects, ok, nok, 'svelteTextComment')(code)
  }
}
