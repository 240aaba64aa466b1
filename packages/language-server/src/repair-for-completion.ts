import { type CompiledShadow, type LspPosition, toShadow } from '@sveltedown/check'
import { isSvelteSyntaxAt, offsetAt } from './svelte-region.js'
import type { SvxDocument } from './svx-document.js'

/**
 * What a half-typed construct needs to compile, tried in order at the cursor: `<Card ` closes
 * as `<Card />`, `<a href="x" ` as `<a href="x" >`, `{title.` as `{title.}`, `{#if ok` as
 * `{#if ok}`.
 */
const closers = ['/>', '>', '}']

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
