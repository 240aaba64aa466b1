import { markdownLineEndingOrSpace } from 'micromark-util-character'
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

/**
 * A `<` at the start of a line that starts no tag, comment or autolink (`<div` or `<!-- a` never
 * closed): text, but as a token of its own rather than `data`. micromark merges each run of
 * adjacent `data` tokens with a splice of the whole event list, so a long paragraph of such lines
 * (an unclosed comment or tag typed at the top of a page) would cost a splice per line; this
 * token leaves each line one `data` token, which needs no merging, and mdast gets the same text.
 * Inside a line a `<` stays `data`, part of the line's one run. Registered last, so every real
 * construct wins.
 */
export const svelteTextLessThan: Construct = {
  name: 'svelteTextLessThan',
  previous: (code) => code === codes.eof || markdownLineEndingOrSpace(code),
  tokenize(effects: Effects, ok: State, nok: State): State {
    const self = this
    return function start(code: Code): State | undefined {
      if (!atLineStart(self)) return nok(code)
      effects.enter('svelteTextLessThan')
      effects.consume(code)
      effects.exit('svelteTextLessThan')
      return ok
    }
  },
}

/** Whether only white space comes before the current point on its line. */
function atLineStart(self: TokenizeContext): boolean {
  const { column } = self.now()
  if (column === 1) return true
  const events = self.events
  const last = events[events.length - 1]
  if (!last) return true
  const token = last[1]
  return token.type === 'lineEnding' || (token.type === 'linePrefix' && token.end.column === column)
}
