import { codeFenced as commonmarkCodeFenced } from 'micromark-core-commonmark'
import type { Construct, Effects, State, TokenizeContext } from 'micromark-util-types'

/**
 * How many columns more than its opening fence a closing fence may be indented. CommonMark
 * allows three columns of indentation before a closing fence; with indented code off, micromark
 * allows any, so a tab-indented ```` ``` ```` inside a ```` ```md ```` fence closed it and
 * swallowed the rest of the page. Counting from the opening fence keeps fences inside indented
 * component content working.
 */
const extraIndent = 3

/**
 * micromark's fenced code, with the closing fence's indentation limited to the opening fence's
 * plus three columns. The construct is micromark's own; only the attempt to close is checked.
 * It has its own name, because `codeFenced` is disabled to make room for it.
 */
export const codeFenced: Construct = {
  name: 'svelteCodeFenced',
  concrete: true,
  tokenize(effects, ok, nok) {
    // With indented code on, CommonMark's rule holds: at most three columns, whatever the
    // opening's indentation (four would be indented code).
    const indentedCode = !this.parser.constructs.disable.null?.includes('codeIndented')
    const limit = (indentedCode ? 0 : prefixWidth(this, this.events.length - 1)) + extraIndent
    // micromark's fenced code makes one attempt: to close the fence (`closeStart`).
    const guarded: Effects = {
      ...effects,
      attempt: (construct, onOk, onNok) =>
        effects.attempt(limitIndent(construct as Construct, limit), onOk, onNok),
    }
    return commonmarkCodeFenced.tokenize.call(this, guarded, ok, nok)
  },
}

/** Wrap the closing fence construct: it fails when the fence it read is indented too far. */
function limitIndent(construct: Construct, limit: number): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      const done: State = (code) => {
        let index = this.events.length
        while (index-- > 0) {
          const [kind, token] = this.events[index] ?? []
          if (kind === 'enter' && token?.type === 'codeFencedFence') break
        }
        return prefixWidth(this, index + 1) > limit ? nok(code) : ok(code)
      }
      return construct.tokenize.call(this, effects, done, nok)
    },
  }
}

/** Columns of the line prefix whose enter event is at `index` (tabs expanded), or 0. */
function prefixWidth(context: TokenizeContext, index: number): number {
  const event = context.events[index]
  if (event?.[1].type !== 'linePrefix') return 0
  return event[2].sliceSerialize(event[1], true).length
}
