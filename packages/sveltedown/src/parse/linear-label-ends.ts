import { codes } from 'micromark-util-symbol'
import type {
  Construct,
  Event,
  ParseContext,
  Token,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types'

/**
 * The two constructs on `]` that are quadratic in micromark, made linear with the same results
 * (but for labels over 999 characters, which CommonMark does not allow: see `maxLabelSize`).
 *
 * GFM's potential footnote call (the `]` of `![^a]`) looks back from every `]` over the earlier
 * events of its paragraph for the label start it would end, stopping at a link, an image or a
 * label: `']'` repeated, or `'['` then `']'` repeated, took 11 s for 32 KB. That look-back is
 * remembered here per event list, so each event is passed once: the same answer, in linear time.
 * Where it finds a label start that could end a call, GFM's own construct decides, as before.
 */
const stoppers = new Set(['gfmFootnoteCall', 'labelLink', 'label', 'image', 'link'])

interface LookBack {
  /** How many events the list had, and its last one then: the events below are unchanged. */
  length: number
  last: Event
  found: Token | undefined
}

const lookBacks = new WeakMap<Event[], LookBack>()

/** The nearest label start of an image (`![`) with no link, image or label after it, if any. */
function findLabelImage(events: Event[]): Token | undefined {
  const known = lookBacks.get(events)
  // A list cut below `length` and grown again has another event there.
  const floor =
    known && known.length <= events.length && events[known.length - 1] === known.last
      ? known.length
      : 0
  let found: Token | undefined
  let decided = false
  for (let index = events.length - 1; index >= floor; index--) {
    const token = (events[index] as Event)[1]
    if (token.type === 'labelImage') {
      found = token
      decided = true
      break
    }
    if (stoppers.has(token.type)) {
      decided = true
      break
    }
  }
  if (!decided && known && floor > 0) found = known.found
  const last = events[events.length - 1]
  if (last) lookBacks.set(events, { length: events.length, last, found })
  return found
}

/**
 * micromark's label end serializes and normalizes everything from its `[` to see whether the label
 * is a defined reference, however long: `'['` then `']'`, each repeated, took seconds for 64 KB.
 * A link label has at most 999 characters (CommonMark), and no definition has a longer one, so a
 * longer label is not looked up: it reads as the empty string, which no definition has.
 */
const maxLabelSize = 999

function shortLabelsOnly(this: TokenizeContext): TokenizeContext {
  const context = Object.create(this) as TokenizeContext
  const slice = this.sliceSerialize
  context.sliceSerialize = (token, expandTabs) =>
    token.end.offset - token.start.offset > maxLabelSize ? '' : slice(token, expandTabs)
  return context
}

const linear = new WeakSet<Construct>()

/** Make the label end and GFM's potential footnote call constructs of a parser linear. */
export function useLinearLabelEndsIn(parser: ParseContext): void {
  const record = parser.constructs.text[codes.rightSquareBracket]
  for (const construct of Array.isArray(record) ? record : record ? [record] : []) {
    if (linear.has(construct)) continue
    const tokenize: Tokenizer = construct.tokenize
    if (construct.name === 'gfmPotentialFootnoteCall') {
      construct.tokenize = function (effects, ok, nok) {
        // Without a balanced `![` to end, GFM's construct fails at once too; nor does a label
        // longer than any footnote's (GFM's would slice and normalize it for each `]`).
        const start = findLabelImage(this.events)
        if (!start?._balanced) return nok
        if (this.now().offset - start.end.offset > maxLabelSize) return nok
        return tokenize.call(this, effects, ok, nok)
      }
    } else if (construct.name === 'labelEnd') {
      construct.tokenize = function (effects, ok, nok) {
        return tokenize.call(shortLabelsOnly.call(this), effects, ok, nok)
      }
    } else continue
    linear.add(construct)
  }
}
