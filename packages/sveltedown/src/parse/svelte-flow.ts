import { markdownLineEnding, markdownSpace } from 'micromark-util-character'
import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { nestingLimit } from '../transform/remark-nesting-limit.js'
import { createLineNesting, type LineNesting } from './create-line-nesting.js'
import { factoryBrace } from './factory-brace.js'
import { factoryComment } from './factory-comment.js'
import { factoryTag } from './factory-tag.js'
import { unistPoint } from './unist-point.js'
import { unterminatedTag } from './unterminated-tag.js'

/**
 * A line (or several, when a tag or brace spans lines) made only of Svelte tags, block tags,
 * expressions and comments: `<Foo>`, `{#if a}`, `</Foo>`, `{@html x}`. Such a line is flow, so
 * the Markdown after it is parsed as flow content of the element or block it opens. Content on
 * the same line as a tag makes the line a paragraph instead (see `svelte-text.ts`).
 *
 * ```markdown
 * > | <Card title="a">
 *     ^^^^^^^^^^^^^^^^
 *   | Some *Markdown*.
 * > | </Card>
 *     ^^^^^^^
 * ```
 */
export const svelteFlow: Construct = {
  name: 'svelteFlow',
  tokenize: tokenizeSvelteFlow,
  concrete: true,
}

const blockTagStart: Construct = { tokenize: tokenizeBlockTagStart, partial: true }

function tokenizeSvelteFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  let items = 0
  let nesting: LineNesting | undefined

  return start

  function start(code: Code): State | undefined {
    // A line holding only an expression continues a paragraph (`Hello\n{name}`); tags and
    // block tags interrupt it, because they give the document its structure.
    if (self.interrupt && code === codes.leftCurlyBrace) {
      return effects.check(blockTagStart, afterBlockTagStart, nok)(code)
    }
    return afterBlockTagStart(code)
  }

  /**
   * On a lazy line (`- a\n<Foo\n  n={1}\n>`: no list marker or indent keeps it in the list), a
   * tag that goes on past the line interrupts the paragraph here, as a fenced code block does:
   * the list closes before the tag, and the tag's next lines are not read as the list's.
   */
  function afterBlockTagStart(code: Code): State | undefined {
    if (self.interrupt && self.parser.lazy[self.now().line]) {
      return effects.check(spansLines, ok, begin)(code)
    }
    return begin(code)
  }

  function begin(code: Code): State | undefined {
    effects.enter('svelteFlow')
    return item(code)
  }

  function item(code: Code): State | undefined {
    if (code === codes.lessThan) {
      // A tag that starts the line and fails is looked at again from its `<`: it may be one
      // whose `>` never comes, an error rather than text (see `unterminated-tag.ts`; the check
      // never succeeds: it fails, or throws).
      const failed = items === 0 ? effects.check(unterminatedTag, nok, nok) : nok
      return effects.attempt(commentOrTag, afterItem, failed)(code)
    }
    if (code === codes.leftCurlyBrace) {
      return factoryBrace.call(self, effects, afterItem, 'svelteFlowBrace')(code)
    }
    return nok(code)
  }

  /**
   * ```markdown
   * > | <a> <b>
   *        ^
   * ```
   */
  function afterItem(code: Code): State | undefined {
    if (++items > nestingLimit) checkNesting()
    if (markdownSpace(code)) {
      effects.enter('svelteFlowWhitespace')
      return whitespace(code)
    }
    return afterWhitespace(code)
  }

  /**
   * One line of many tags (`<div><div>…`, `{#if a}{#if a}…`) nested deeper than the tree may be:
   * stop here, not after building the tree (a megabyte of such a line is a CommonMark HTML block
   * that remark does not parse). Only a line of more items than the limit can be that deep, so
   * only such a line is read: its earlier items once, then each new one.
   */
  function checkNesting(): undefined {
    const events = self.events
    let index = events.length - 1
    if (!nesting) {
      nesting = createLineNesting()
      while (
        index > 0 &&
        !(events[index]?.[0] === 'enter' && events[index]?.[1].type === 'svelteFlow')
      ) {
        index--
      }
    }
    for (; index < events.length; index++) {
      const [kind, token] = events[index] as (typeof events)[number]
      if (kind !== 'exit' || !itemTypes.has(token.type)) continue
      const depth = nesting.add(self.sliceSerialize(token))
      if (depth > nestingLimit) {
        throw createDiagnostic(
          'nesting_too_deep',
          { start: unistPoint(token.start), end: unistPoint(token.end) },
          {
            kind: token.type === 'svelteFlowTag' ? 'an element' : 'a block',
            depth,
            limit: nestingLimit,
          },
        )
      }
    }
  }

  function whitespace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return whitespace
    }
    effects.exit('svelteFlowWhitespace')
    return afterWhitespace(code)
  }

  function afterWhitespace(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('svelteFlow')
      return ok(code)
    }
    return item(code)
  }
}

const itemTypes = new Set(['svelteFlowTag', 'svelteFlowBrace'])

function tokenizeComment(effects: Effects, ok: State, nok: State): State {
  return factoryComment(effects, ok, nok, 'svelteFlowComment')
}

const commentConstruct: Construct = { tokenize: tokenizeComment, partial: true }

/** A comment or a tag, as one attempt, so a failed tag leaves the tokenizer at its `<`. */
const commentOrTag: Construct = { tokenize: tokenizeCommentOrTag, partial: true }

function tokenizeCommentOrTag(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  return effects.attempt(
    commentConstruct,
    ok,
    factoryTag.call(this, effects, ok, nok, 'svelteFlowTag'),
  )
}

const spansLines: Construct = { tokenize: tokenizeSpansLines, partial: true }

/** A tag or block tag that is still open at the end of its first line: `<Foo` or `{#if`. */
function tokenizeSpansLines(effects: Effects, ok: State, nok: State): State {
  let close: Code = null
  return function start(code: Code): State | undefined {
    close = code === codes.lessThan ? codes.greaterThan : codes.rightCurlyBrace
    effects.enter('svelteFlow')
    effects.consume(code)
    return rest
  }
  function rest(code: Code): State | undefined {
    if (code === codes.eof || code === close) return nok(code)
    if (markdownLineEnding(code)) {
      effects.exit('svelteFlow')
      return ok(code)
    }
    effects.consume(code)
    return rest
  }
}

/** `{#`, `{:` or `{/`. */
function tokenizeBlockTagStart(effects: Effects, ok: State, nok: State): State {
  return function brace(code: Code): State | undefined {
    effects.enter('svelteBraceMarker')
    effects.consume(code)
    return sigil
  }
  function sigil(code: Code): State | undefined {
    if (code === codes.numberSign || code === codes.colon || code === codes.slash) {
      effects.consume(code)
      effects.exit('svelteBraceMarker')
      return ok(code)
    }
    return nok(code)
  }
}
