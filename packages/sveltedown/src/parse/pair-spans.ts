import type { Point, Token } from 'micromark-util-types'
import type { SpanGroup, SpanSequence } from './span-sequence.js'

/** micromark's attention pairing of an opener and a closer, token for token. */
export function pairAttention(opener: SpanSequence, closer: SpanSequence): void {
  const use = opener.length > 1 && closer.length > 1 ? 2 : 1
  const strong = use > 1
  const start = { ...opener.token.end }
  const end = { ...closer.token.start }
  movePoint(start, -use)
  movePoint(end, use)
  const opening = token(strong ? 'strongSequence' : 'emphasisSequence', start, {
    ...opener.token.end,
  })
  const closing = token(
    strong ? 'strongSequence' : 'emphasisSequence',
    { ...closer.token.start },
    end,
  )
  const text = token(
    strong ? 'strongText' : 'emphasisText',
    { ...opener.token.end },
    {
      ...closer.token.start,
    },
  )
  const group = token(strong ? 'strong' : 'emphasis', { ...opening.start }, { ...closing.end })
  opener.token.end = { ...opening.start }
  closer.token.start = { ...closing.end }
  opener.length -= use
  closer.length -= use
  const span: SpanGroup = { group, opening, text, closing }
  opener.opens.push(span)
  closer.closes.push(span)
}

/** micromark-extension-gfm-strikethrough's pairing: both runs whole. */
export function pairStrikethrough(opener: SpanSequence, closer: SpanSequence): void {
  opener.token.type = 'strikethroughSequence' as Token['type']
  closer.token.type = 'strikethroughSequence' as Token['type']
  const group = token(
    'strikethrough',
    Object.assign({}, opener.token.start),
    Object.assign({}, closer.token.end),
  )
  const text = token(
    'strikethroughText',
    Object.assign({}, opener.token.end),
    Object.assign({}, closer.token.start),
  )
  const span: SpanGroup = { group, opening: opener.token, text, closing: closer.token }
  opener.opens.push(span)
  closer.closes.push(span)
  opener.length = closer.length = 0
}

function token(type: string, start: Point, end: Point): Token {
  return { type: type as Token['type'], start, end }
}

function movePoint(point: Point, offset: number): void {
  point.column += offset
  point.offset += offset
  point._bufferIndex += offset
}
