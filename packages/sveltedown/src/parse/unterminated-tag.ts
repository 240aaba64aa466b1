import { markdownLineEndingOrSpace } from 'micromark-util-character'
import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { startsHtmlBlock } from './content-model.js'
import { factoryTagName } from './factory-tag-name.js'
import { unistPoint } from './unist-point.js'

/**
 * Per tokenizer (micromark gives each its own `effects`), the offset of the last `>` a scan
 * found. A tag that starts before it has a `>` after it without scanning again, so a document
 * of unfinished tags is scanned once, not once from each of them.
 */
const greaterThanAt = new WeakMap<Effects, number>()

/**
 * A line that starts with the tag of an HTML block element (`<div`, `<table`) which is not a tag,
 * checked from its `<` once the tag has failed: when no `>` follows to the end of the document (or
 * of the container the line is in), the tag never ends, and this is the `tag_unterminated` error.
 *
 * In Svelte everything after `<div` is attributes up to a `>`, so such a document does not compile
 * (`unexpected_eof`); in mdsvex the line was a CommonMark HTML block that Svelte got as written.
 * Read as text, the tag would hide the rest of the page's meaning while costing a paragraph as
 * long as the page. Where a `>` does come later the tag is only malformed, and stays text as it
 * always did; so do other names (`<span`, `<Foo`), which CommonMark reads as a paragraph.
 *
 * ```markdown
 * > | <div
 *     ^^^^
 *   | class="card"
 * ```
 */
export const unterminatedTag: Construct = { tokenize: tokenizeUnterminatedTag, partial: true }

function tokenizeUnterminatedTag(
  this: TokenizeContext,
  effects: Effects,
  _ok: State,
  nok: State,
): State {
  const self = this
  const start = unistPoint(self.now())
  let name = ''
  const readName = factoryTagName(effects, 'svelteUnterminatedTag', (found, code) => {
    name = found
    const ends = code === codes.eof || markdownLineEndingOrSpace(code)
    return startsHtmlBlock(name) && ends ? seek(code) : nok(code)
  })

  return function lessThan(code: Code): State | undefined {
    if ((start.offset ?? 0) < (greaterThanAt.get(effects) ?? -1)) return nok(code)
    return readName(code)
  }

  function seek(code: Code): State | undefined {
    if (code === codes.eof) {
      const size = 1 + name.length
      const end = { ...start, column: start.column + size, offset: (start.offset ?? 0) + size }
      throw createDiagnostic('tag_unterminated', { start, end }, { name })
    }
    if (code === codes.greaterThan) {
      greaterThanAt.set(effects, self.now().offset)
      return nok(code)
    }
    effects.consume(code)
    return seek
  }
}
