import type { Code, Effects, State, TokenType } from 'micromark-util-types'
import { isTagNameCode } from './is-tag-name-code.js'

/**
 * A `<` and the tag name after it, in a token of `type` (left open), for a look-ahead that only
 * needs the name to decide: `decide` gets the name and the first code after it.
 *
 * ```markdown
 * > | <div class="a">
 *     ^^^^
 * ```
 */
export function factoryTagName(
  effects: Effects,
  type: TokenType,
  decide: (name: string, code: Code) => State | undefined,
): State {
  let name = ''

  return function lessThan(code: Code): State | undefined {
    effects.enter(type)
    effects.consume(code)
    return tagName
  }

  function tagName(code: Code): State | undefined {
    if (isTagNameCode(code)) {
      name += String.fromCharCode(code)
      effects.consume(code)
      return tagName
    }
    return decide(name, code)
  }
}
