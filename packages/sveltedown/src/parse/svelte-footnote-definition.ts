import { blankLine } from 'micromark-core-commonmark'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { factorySpace } from 'micromark-factory-space'
import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'

const gfm = gfmFootnote().document?.[codes.leftSquareBracket] as Construct

/**
 * GFM's footnote definition, whose content goes on in lines indented four columns more than the
 * definition itself. GFM counts from the start of the container; but indented code is off here,
 * so a definition may be indented (`    [^1]: y` inside an indented `{#if}`), and the line after
 * it with the same indent (`    {/if}`) is not the footnote's: it closes the block.
 */
export const svelteFootnoteDefinition: Construct = {
  name: 'svelteFootnoteDefinition',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const tail = this.events[this.events.length - 1]
    const indent =
      tail &&
      tail[0] === 'exit' &&
      tail[1].type === 'linePrefix' &&
      tail[1].end.offset === this.now().offset
        ? tail[2].sliceSerialize(tail[1], true).length
        : 0
    if (this.containerState) this.containerState.svelteIndent = indent
    return gfm.tokenize.call(this, effects, ok, nok)
  },
  continuation: { tokenize: tokenizeContinuation },
  exit: gfm.exit,
}

function tokenizeContinuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  const size = Number(this.containerState?.svelteIndent ?? 0) + 4
  const indent: Construct = { tokenize: tokenizeIndent, partial: true }
  return effects.check(blankLine, ok, effects.attempt(indent, ok, nok))

  function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this
    return factorySpace(effects, after, 'gfmFootnoteDefinitionIndent', size + 1)
    function after(code: Code): State | undefined {
      const tail = self.events[self.events.length - 1]
      const ok_ =
        tail?.[1].type === 'gfmFootnoteDefinitionIndent' &&
        tail[2].sliceSerialize(tail[1], true).length === size
      return ok_ ? ok(code) : nok(code)
    }
  }
}

declare module 'micromark-util-types' {
  interface ContainerState {
    /** Columns of white space before a footnote definition's `[`. */
    svelteIndent?: number | undefined
  }
}
