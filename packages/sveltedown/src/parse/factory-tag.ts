import {
  asciiAlpha,
  asciiAlphanumeric,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
} from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type {
  Code,
  Construct,
  Effects,
  State,
  TokenizeContext,
  TokenType,
} from 'micromark-util-types'
import { factoryBrace } from './factory-brace.js'
import { tagComment } from './tag-comment.js'

/**
 * Tokenize one Svelte tag: `<Foo a="b {c}" {...d} bind:e on:f|once={g}>`, `</Foo>`, `<br />`.
 * Any attribute may be on its own line, with `//` and `/* *\/` comments between attributes as in
 * Svelte 5, and the `>` may be on a line of its own (`</div\n>`). Anything that is not a tag
 * (`a < b`) is `nok`, so it stays text.
 *
 * ```markdown
 * > | <Foo bar={1}>
 *     ^^^^^^^^^^^^^
 * ```
 */
const selfClosingEnd: Construct = { tokenize: tokenizeSelfClosingEnd, partial: true }

/** `/>`, looked at from its `/`. */
function tokenizeSelfClosingEnd(effects: Effects, ok: State, nok: State): State {
  return function slash(code: Code): State | undefined {
    effects.enter('svelteTagSelfClosingMarker')
    effects.consume(code)
    effects.exit('svelteTagSelfClosingMarker')
    return (next: Code) => (next === codes.greaterThan ? ok(next) : nok(next))
  }
}

export function factoryTag(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
  type: TokenType,
): State {
  const self = this
  let quote: Code = null
  let closing = false

  return start

  /**
   * ```markdown
   * > | <a>
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    effects.enter(type)
    effects.enter('svelteTagMarker')
    effects.consume(code)
    effects.exit('svelteTagMarker')
    return afterOpeningMarker
  }

  /**
   * ```markdown
   * > | </a>
   *      ^
   * ```
   */
  function afterOpeningMarker(code: Code): State | undefined {
    if (code === codes.slash) {
      closing = true
      effects.enter('svelteTagClosingMarker')
      effects.consume(code)
      effects.exit('svelteTagClosingMarker')
      return nameStart
    }
    return nameStart(code)
  }

  function nameStart(code: Code): State | undefined {
    if (!asciiAlpha(code)) return nok(code)
    effects.enter('svelteTagName')
    effects.consume(code)
    return name
  }

  /**
   * ```markdown
   * > | <svelte:head>
   *      ^^^^^^^^^^^
   * ```
   */
  function name(code: Code): State | undefined {
    if (
      asciiAlphanumeric(code) ||
      code === codes.dash ||
      code === codes.underscore ||
      code === codes.dot ||
      code === codes.colon
    ) {
      effects.consume(code)
      return name
    }
    if (code === codes.greaterThan || code === codes.slash || markdownLineEndingOrSpace(code)) {
      effects.exit('svelteTagName')
      return between(code)
    }
    return nok(code)
  }

  /**
   * Between attributes: spaces and line endings.
   *
   * ```markdown
   * > | <a b c>
   *        ^ ^
   * ```
   */
  function between(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter(types.whitespace)
      return whitespace(code)
    }
    if (markdownLineEnding(code)) {
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return between
    }
    if (code === codes.greaterThan) return end(code)
    // Svelte reads comments before attributes, not in closing tags.
    if (code === codes.slash && !closing) {
      return effects.attempt(tagComment, between, attributeOrEnd)(code)
    }
    return attributeOrEnd(code)
  }

  function attributeOrEnd(code: Code): State | undefined {
    if (code === codes.slash) {
      effects.enter('svelteTagSelfClosingMarker')
      effects.consume(code)
      effects.exit('svelteTagSelfClosingMarker')
      return selfClosing
    }
    if (code === codes.leftCurlyBrace) {
      effects.enter('svelteTagAttribute')
      return factoryBrace.call(self, effects, afterAttribute, 'svelteTagAttributeExpression')(code)
    }
    if (isAttributeNameCode(code)) {
      effects.enter('svelteTagAttribute')
      effects.enter('svelteTagAttributeName')
      effects.consume(code)
      return attributeName
    }
    return nok(code)
  }

  function whitespace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return whitespace
    }
    effects.exit(types.whitespace)
    return between(code)
  }

  /**
   * ```markdown
   * > | <a on:click|once>
   *        ^^^^^^^^^^^^^
   * ```
   */
  function attributeName(code: Code): State | undefined {
    if (isAttributeNameCode(code)) {
      effects.consume(code)
      return attributeName
    }
    effects.exit('svelteTagAttributeName')
    return afterAttributeName(code)
  }

  function afterAttributeName(code: Code): State | undefined {
    if (code === codes.equalsTo) {
      effects.enter('svelteTagAttributeInitializerMarker')
      effects.consume(code)
      effects.exit('svelteTagAttributeInitializerMarker')
      return valueStart
    }
    return afterAttribute(code)
  }

  /**
   * ```markdown
   * > | <a b="c" d={e} f=g>
   *          ^     ^     ^
   * ```
   */
  function valueStart(code: Code): State | undefined {
    if (code === codes.leftCurlyBrace) {
      return factoryBrace.call(
        self,
        effects,
        afterAttribute,
        'svelteTagAttributeValueExpression',
      )(code)
    }
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code
      effects.enter('svelteTagAttributeValue')
      effects.enter('svelteTagAttributeValueMarker')
      effects.consume(code)
      effects.exit('svelteTagAttributeValueMarker')
      return quoted
    }
    // Nothing an unquoted value may start with (`c=<`, `c==`): no tag.
    if (
      code === codes.eof ||
      markdownLineEndingOrSpace(code) ||
      code === codes.greaterThan ||
      code === codes.lessThan ||
      code === codes.equalsTo ||
      code === codes.graveAccent
    ) {
      return nok(code)
    }
    quote = null
    effects.enter('svelteTagAttributeValue')
    return unquoted(code)
  }

  /**
   * ```markdown
   * > | <a b="c {d} e">
   *           ^^^^^^^
   * ```
   */
  function quoted(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    if (code === quote) {
      effects.enter('svelteTagAttributeValueMarker')
      effects.consume(code)
      effects.exit('svelteTagAttributeValueMarker')
      effects.exit('svelteTagAttributeValue')
      return afterAttribute
    }
    if (code === codes.leftCurlyBrace) {
      return factoryBrace.call(self, effects, quoted, 'svelteTagAttributeValueExpression')(code)
    }
    if (markdownLineEnding(code)) {
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return quoted
    }
    effects.enter('svelteTagAttributeValueData')
    return quotedData(code)
  }

  function quotedData(code: Code): State | undefined {
    if (
      code === codes.eof ||
      code === quote ||
      code === codes.leftCurlyBrace ||
      markdownLineEnding(code)
    ) {
      effects.exit('svelteTagAttributeValueData')
      return quoted(code)
    }
    effects.consume(code)
    return quotedData
  }

  /**
   * ```markdown
   * > | <a b=c>
   *          ^
   * ```
   */
  function unquoted(code: Code): State | undefined {
    if (code === codes.leftCurlyBrace) {
      return factoryBrace.call(self, effects, unquoted, 'svelteTagAttributeValueExpression')(code)
    }
    if (
      code === codes.eof ||
      markdownLineEndingOrSpace(code) ||
      code === codes.greaterThan ||
      code === codes.quotationMark ||
      code === codes.apostrophe ||
      code === codes.lessThan ||
      code === codes.equalsTo ||
      code === codes.graveAccent
    ) {
      effects.exit('svelteTagAttributeValue')
      return afterAttribute(code)
    }
    effects.enter('svelteTagAttributeValueData')
    return unquotedData(code)
  }

  function unquotedData(code: Code): State | undefined {
    // `<circle r=50/>`: as in Svelte, an unquoted value ends before `/>`.
    if (code === codes.slash) {
      return effects.check(selfClosingEnd, endUnquoted, consumeUnquoted)(code)
    }
    if (
      code === codes.eof ||
      code === codes.leftCurlyBrace ||
      markdownLineEndingOrSpace(code) ||
      code === codes.greaterThan ||
      code === codes.quotationMark ||
      code === codes.apostrophe ||
      code === codes.lessThan ||
      code === codes.equalsTo ||
      code === codes.graveAccent
    ) {
      effects.exit('svelteTagAttributeValueData')
      return unquoted(code)
    }
    return consumeUnquoted(code)
  }

  function consumeUnquoted(code: Code): State | undefined {
    effects.consume(code)
    return unquotedData
  }

  function endUnquoted(code: Code): State | undefined {
    effects.exit('svelteTagAttributeValueData')
    effects.exit('svelteTagAttributeValue')
    return afterAttribute(code)
  }

  /**
   * After an attribute, there must be whitespace or the end of the tag.
   */
  function afterAttribute(code: Code): State | undefined {
    effects.exit('svelteTagAttribute')
    if (
      markdownLineEndingOrSpace(code) ||
      code === codes.greaterThan ||
      code === codes.slash ||
      code === codes.leftCurlyBrace
    ) {
      return between(code)
    }
    return nok(code)
  }

  /**
   * ```markdown
   * > | <a />
   *        ^
   * ```
   */
  function selfClosing(code: Code): State | undefined {
    if (code === codes.greaterThan) return end(code)
    return nok(code)
  }

  function end(code: Code): State | undefined {
    effects.enter('svelteTagMarker')
    effects.consume(code)
    effects.exit('svelteTagMarker')
    effects.exit(type)
    return ok
  }
}

function isAttributeNameCode(code: Code): boolean {
  return (
    code !== codes.eof &&
    !markdownLineEndingOrSpace(code) &&
    code !== codes.quotationMark &&
    code !== codes.apostrophe &&
    code !== codes.greaterThan &&
    code !== codes.slash &&
    code !== codes.equalsTo &&
    code !== codes.leftCurlyBrace &&
    code !== codes.rightCurlyBrace &&
    code !== codes.lessThan
  )
}
