import type { Event, Token, TokenizeContext } from 'micromark-util-types'
import { attentionFamily, type SpanSequence } from './span-sequence.js'

/**
 * Lay out the events once, after `SpanMatcher` paired the runs, as micromark's splices would
 * have left them, and write them into `events` (micromark keeps a reference to the array it gave
 * the resolver). At each run: the spans it closes (innermost first), what is left of it, the
 * spans it opens (outermost first). With `merge`, adjacent `data` tokens inside the spans made
 * here are merged, as micromark's `insideSpan` text resolver merges them in each span's content.
 */
export function buildSpanEvents(
  events: Event[],
  sequences: SpanSequence[],
  context: TokenizeContext,
  merge: boolean,
): void {
  const output: Event[] = []
  let depth = 0
  /** The data token that absorbs the one being read, in a merge. */
  let merging: Token | undefined

  const add = (event: Event) => {
    const token = event[1]
    if (merge && depth > 0 && token.type === 'data') {
      if (merging) {
        // The exit of a data token merged into the previous one.
        merging.end = token.end
        merging = undefined
        return
      }
      const last = output[output.length - 1]
      if (event[0] === 'enter' && last && last[0] === 'exit' && last[1].type === 'data') {
        merging = last[1]
        return
      }
    }
    output.push(event)
  }

  let next = 0
  for (let index = 0; index < events.length; index++) {
    const sequence = sequences[next]
    if (!sequence || sequence.index !== index) {
      add(events[index] as Event)
      continue
    }
    next++
    for (const span of sequence.closes) {
      add(['exit', span.text, context])
      add(['enter', span.closing, context])
      add(['exit', span.closing, context])
      add(['exit', span.group, context])
      depth--
    }
    const left =
      sequence.family === attentionFamily
        ? sequence.length > 0
        : sequence.opens.length + sequence.closes.length === 0
    if (left) {
      add(events[index] as Event)
      add(events[index + 1] as Event)
    }
    for (let open = sequence.opens.length - 1; open >= 0; open--) {
      const span = sequence.opens[open]!
      add(['enter', span.group, context])
      add(['enter', span.opening, context])
      add(['exit', span.opening, context])
      add(['enter', span.text, context])
      depth++
    }
    index++
  }

  events.length = output.length
  for (let index = 0; index < output.length; index++) events[index] = output[index] as Event
}
