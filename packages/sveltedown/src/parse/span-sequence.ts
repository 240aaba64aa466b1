import type { Event, Token, TokenizeContext } from 'micromark-util-types'

/** The two kinds of marker runs whose pairs micromark resolves after tokenizing a text. */
export const attentionFamily = 0
export const strikethroughFamily = 1
export type SpanFamily = typeof attentionFamily | typeof strikethroughFamily

/** The temporary token type of each family, as its tokenizer leaves it. */
export const sequenceTypes = ['attentionSequence', 'strikethroughSequenceTemporary'] as const

/** One span made from a pair of runs: its tokens, laid out as micromark lays them out. */
export interface SpanGroup {
  group: Token
  opening: Token
  text: Token
  closing: Token
}

/** A run of `*`, `_` or `~` in the events, and what resolving has done to it so far. */
export interface SpanSequence {
  /** Index of its `enter` event in the events given to the resolver (its `exit` follows). */
  index: number
  token: Token
  family: SpanFamily
  /** The marker's character code (`*` and `_` never pair with each other). */
  marker: number
  open: boolean
  close: boolean
  /** Markers not yet used by a span (attention uses them from the ends, two at most at once). */
  length: number
  /** Clock of the last change of `length`. */
  changed: number
  /** Clock of its last search as a closer that found no opener; -1 before any search. */
  searched: number
  /** Spans it closes, innermost first. */
  closes: SpanGroup[]
  /** Spans it opens, innermost first. */
  opens: SpanGroup[]
}

/**
 * The runs of both families in `events`, in order, or `undefined` when a run's events are not
 * an adjacent enter and exit (never made by micromark's tokenizers; the caller then falls back
 * to micromark's own resolver).
 */
export function collectSpanSequences(
  events: Event[],
  context: TokenizeContext,
): SpanSequence[] | undefined {
  const sequences: SpanSequence[] = []
  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index] as Event
    const family = sequenceTypes.indexOf(token.type as (typeof sequenceTypes)[number])
    if (family < 0) continue
    const exit = events[index + 1]
    if (kind !== 'enter' || !exit || exit[0] !== 'exit' || exit[1] !== token) return undefined
    sequences.push({
      index,
      token,
      family: family as SpanFamily,
      marker: context.sliceSerialize(token).charCodeAt(0),
      open: Boolean(token._open),
      close: Boolean(token._close),
      length: token.end.offset - token.start.offset,
      changed: 0,
      searched: -1,
      closes: [],
      opens: [],
    })
    index++
  }
  return sequences
}
