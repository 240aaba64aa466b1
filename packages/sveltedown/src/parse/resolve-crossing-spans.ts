import { attention } from 'micromark-core-commonmark'
import type { Event, Resolver, Token, TokenizeContext } from 'micromark-util-types'
import { isVoidElement } from './is-void-element.js'
import { resolveAllStrikethroughLinear as strikethrough } from './linear-spans.js'

/** Spans that Markdown markers make. */
const spans = new Set(['emphasis', 'strong', 'strikethrough'])

/**
 * Emphasis, strong and strikethrough may not cross an element or a block branch written inline:
 * in `<b>*a</b> b*` and `{#if x}*a{:else}b*{/if}` the two `*` are in different places of the
 * Svelte tree, so no `<em>` can hold both. Such markers stay literal text, as CommonMark leaves
 * markers that cannot close. Spans that hold a whole element (`*a <b>c</b> d*`) are kept.
 *
 * Attention and strikethrough are resolved here first (resolving again later finds nothing left),
 * so that this runs after them whichever construct came first in the text. Text events are
 * changed in place: micromark keeps a reference to the array it gave.
 */
export const resolveCrossingSpans: Resolver = (events, context) => {
  let resolved = attention.resolveAll?.(events, context) ?? events
  resolved = strikethrough?.(resolved, context) ?? resolved
  removeCrossing(resolved, context)
  return resolved
}

function removeCrossing(events: Event[], context: TokenizeContext): void {
  // The place in the Svelte tree of each span's start: a path of open elements and branches.
  const places: number[] = [0]
  let next = 0
  const opened = new Map<Token, { index: number; place: number }>()
  const removed = new Set<number>()

  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index] as Event
    if (kind === 'enter' && token.type === 'svelteTextTag') {
      const tag = readTag(events, index, context)
      if (tag.closing) places.pop()
      else if (!tag.selfClosing) places.push(++next)
    } else if (kind === 'enter' && token.type === 'svelteTextBrace') {
      const source = context.sliceSerialize(token)
      const sigil = source.charAt(1)
      if (sigil === '#') places.push(++next)
      else if (sigil === ':') {
        places.pop()
        places.push(++next)
      } else if (sigil === '/' && !isComment(source.charAt(2))) places.pop()
    } else if (spans.has(token.type)) {
      const place = places[places.length - 1] ?? 0
      const open = opened.get(token)
      if (kind === 'enter') opened.set(token, { index, place })
      else if (open && open.place !== place) undo(events, open.index, index, removed)
    }
  }
  if (removed.size === 0) return
  let write = 0
  for (let read = 0; read < events.length; read++) {
    if (!removed.has(read)) events[write++] = events[read] as Event
  }
  events.length = write
}

/** After `{/`: `{/* a *\/ b}` and `{// a` start with a comment, not a closing block tag. */
function isComment(next: string): boolean {
  return next === '*' || next === '/'
}

/**
 * Undo one span made by attention or strikethrough, laid out as: enter span, marker, enter
 * text, …, exit text, marker, exit span. Its markers become text; the wrappers go.
 */
function undo(events: Event[], start: number, end: number, removed: Set<number>) {
  for (const index of [start, start + 3, end - 3, end]) removed.add(index)
  for (const index of [start + 1, end - 2]) {
    const marker = events[index]?.[1]
    if (marker) marker.type = 'data'
  }
}

function readTag(events: Event[], start: number, context: TokenizeContext) {
  const open = events[start]?.[1]
  let closing = false
  let selfClosing = false
  let name = ''
  for (let index = start + 1; index < events.length; index++) {
    const [kind, token] = events[index] as Event
    if (token === open) break
    if (kind !== 'enter') continue
    if (token.type === 'svelteTagClosingMarker') closing = true
    else if (token.type === 'svelteTagSelfClosingMarker') selfClosing = true
    else if (token.type === 'svelteTagName' && !name) name = context.sliceSerialize(token)
  }
  return { closing, selfClosing: selfClosing || isVoidElement(name) }
}
