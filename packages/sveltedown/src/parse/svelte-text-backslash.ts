import { asciiAlpha } from 'micromark-util-character'
import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State } from 'micromark-util-types'

/**
 * A backslash right before a closing tag is a backslash, not an escape of the `<`: in
 * `<small>mod·al \ˈmō-dəl\</small>` the `</small>` closes the element, as in Svelte and mdsvex.
 * (`\<b>` still writes a literal `<b>`.)
 *
 * ```markdown
 * > | <b>a\</b>
 *         ^
 * ```
 */
export const svelteTextBackslash: Construct = {
  name: 'svelteTextBackslash',
  tokenize(effects: Effects, ok: State, nok: State): State {
    return function start(code: Code): State | undefined {
      effects.enter('svelteTextBackslash')
      effects.consume(code)
      effects.exit('svelteTextBackslash')
      return lessThan
    }
    function lessThan(code: Code): State | undefined {
      return code === codes.lessThan ? effects.check(closingTagStart, ok, nok)(code) : nok(code)
    }
  },
}

const closingTagStart: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    return function lessThan(code: Code): State | undefined {
      effects.enter('svelteTextBackslash')
      effects.consume(code)
      return slash
    }
    function slash(code: Code): State | undefined {
      if (code !== codes.slash) return nok(code)
      effects.consume(code)
      return name
    }
    function name(code: Code): State | undefined {
      if (!asciiAlpha(code)) return nok(code)
      effects.exit('svelteTextBackslash')
      return ok(code)
    }
  },
}
