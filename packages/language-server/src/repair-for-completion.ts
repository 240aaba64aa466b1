import { type CompiledShadow, type LspPosition, toShadow } from '@sveltedown/check'
import { isSvelteSyntaxAt, offsetAt } from './svelte-region.js'
import type { SvxDocument } from './svx-document.js'

/**
 * What a half-typed construct needs to compile, tried in order at the cursor: `<Card ` closes
 * as `<Card />`, `<a href="x" ` as `<a href="x" >`, `{title.` as `{title.}`, `{#if ok` as
 * `{#if ok}`.
 */
const closers = ['/>', '>', '}']

/** A tag or an expression opened before the cursor on its line and not closed. */
const opened = /(<[A-Za-z][\w.:-]*(\s[^<>]*)?|\{[^{}]*)$/

/**
 * Text being typed rarely compiles. For a completion, the document is compiled again with a
 * closer inserted at the cursor, and the first variant that compiles with the cursor in Svelte
 * syntax answers. The text before the cursor is unchanged, so positions before it map as they
 * would in the document.
 */
export async function repairForCompletion(
  document: SvxDocument,
  position: LspPosition,
): Promise<{ shadow: CompiledShadow; at: LspPosition } | undefined> {
  const source = document.source
  const offset = offsetAt(source, position)
  // Only where something is being typed: a document that compiles, with the cursor after plain
  // prose, is answered as it is (with nothing), without compiling it three times more.
  const line = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset)
  if (document.shadow?.map && !opened.test(line)) return undefined
  for (const closer of closers) {
    const shadow = await document.compileVariant(
      source.slice(0, offset) + closer + source.slice(offset),
    )
    if (!shadow.map) continue
    const at = toShadow(shadow, position)
    if (at && isSvelteSyntaxAt(shadow.code, offsetAt(shadow.code, at))) return { shadow, at }
  }
  return undefined
}
