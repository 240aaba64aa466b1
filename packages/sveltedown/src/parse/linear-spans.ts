import { attention } from 'micromark-core-commonmark'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { codes } from 'micromark-util-symbol'
import type {
  Construct,
  Event,
  FullNormalizedExtension,
  Initializer,
  ParseContext,
  Resolver,
  TokenizeContext,
} from 'micromark-util-types'
import { micromarkTextInitializers } from '#platform'
import { buildSpanEvents } from './build-span-events.js'
import { useLinearLabelEndsIn } from './linear-label-ends.js'
import { SpanMatcher } from './match-spans.js'
import {
  attentionFamily,
  collectSpanSequences,
  type SpanFamily,
  strikethroughFamily,
} from './span-sequence.js'

/**
 * micromark resolves emphasis (`resolveAllAttention`) and GFM strikethrough by walking back from
 * every closing run over all earlier events and splicing the events for every span: `'*a'`
 * repeated over 100 KiB took 46 s. These resolvers give exactly the same events in linear time
 * (see `match-spans.ts`), and replace micromark's on its constructs, the way
 * `linear-text-merge.ts` makes its text resolver linear: micromark builds its parser inside its
 * own modules, so there is no option to pass them.
 */
export const resolveAllAttentionLinear: Resolver = (events, context) =>
  resolveSpans(attentionFamily, events, context)

export const resolveAllStrikethroughLinear: Resolver = (events, context) =>
  resolveSpans(strikethroughFamily, events, context)

/** micromark's own resolvers, for what this one does not model (see `insideFamilies`). */
const originalAttention = attention.resolveAll as Resolver
const originalStrikethrough = (gfmStrikethrough().text?.[codes.tilde] as Construct | undefined)
  ?.resolveAll as Resolver
const fallback: [Resolver, Resolver] = [originalAttention, originalStrikethrough]

function resolveSpans(family: SpanFamily, events: Event[], context: TokenizeContext): Event[] {
  const inside = insideFamilies(context)
  const sequences = inside && collectSpanSequences(events, context)
  if (!inside || !sequences) return fallback[family](events, context)
  if (!sequences.some((sequence) => sequence.family === family)) return events
  new SpanMatcher(sequences, inside.families).pass(family, -1, sequences.length)
  buildSpanEvents(events, sequences, context, inside.merge)
  return events
}

/**
 * What micromark runs on each span's content (`insideSpan`), when it is only attention,
 * strikethrough and, last, the text resolver that merges data; `undefined` for anything else
 * (another extension's resolver), which then gets micromark's own resolvers.
 */
function insideFamilies(
  context: TokenizeContext,
): { families: SpanFamily[]; merge: boolean } | undefined {
  const families: SpanFamily[] = []
  const called = new Set<Resolver>()
  let merge = false
  for (const construct of (context.parser.constructs.insideSpan.null ?? []) as SpanConstruct[]) {
    const resolve = construct.resolveAll
    if (!resolve || called.has(resolve)) continue
    called.add(resolve)
    if (merge) return undefined
    const family = familyOf(construct)
    if (family !== undefined) {
      if (!families.includes(family)) families.push(family)
    } else if (!construct.tokenize && resolve.name === 'resolveAllText') merge = true
    else return undefined
  }
  return { families, merge }
}

/** A construct as `insideSpan` lists it: maybe only a resolver. */
type SpanConstruct = Partial<Construct>

function familyOf(construct: SpanConstruct): SpanFamily | undefined {
  if (construct.resolveAll === resolveAllAttentionLinear) return attentionFamily
  if (construct.resolveAll === resolveAllStrikethroughLinear) return strikethroughFamily
  if (construct.name === 'attention') return attentionFamily
  if (construct.name === 'strikethrough') return strikethroughFamily
  return undefined
}

/** Each replaced construct and its own resolver (for tests comparing the two). */
const originals = new WeakMap<SpanConstruct, Resolver>()

/** micromark's resolver that `construct` had before it was made linear, if it was. */
export function originalSpanResolver(construct: SpanConstruct): Resolver | undefined {
  return originals.get(construct)
}

/** Give an attention or strikethrough construct the linear resolver (idempotent). */
export function useLinearSpans(construct: SpanConstruct): void {
  const resolve = construct.resolveAll
  if (!resolve || originals.has(construct)) return
  const linear =
    construct.name === 'attention'
      ? resolveAllAttentionLinear
      : construct.name === 'strikethrough'
        ? resolveAllStrikethroughLinear
        : undefined
  if (!linear || resolve === linear) return
  originals.set(construct, resolve)
  construct.resolveAll = linear
}

const seenParsers = new WeakSet<ParseContext>()

/** Make every attention and strikethrough construct of a parser linear. */
export function useLinearSpansIn(parser: ParseContext): void {
  if (seenParsers.has(parser)) return
  seenParsers.add(parser)
  const constructs: FullNormalizedExtension = parser.constructs
  const found: SpanConstruct[] = [...(constructs.insideSpan.null ?? [])]
  for (const code of [codes.asterisk, codes.underscore, codes.tilde]) {
    const record = constructs.text[code]
    if (record) found.push(...(Array.isArray(record) ? record : [record]))
  }
  for (const construct of found) useLinearSpans(construct)
}

const wrapped = Symbol('sveltedown linear spans')

/**
 * micromark's own attention construct is one object, made linear as soon as this module loads.
 * Strikethrough constructs are made anew by each `gfmStrikethrough()` (remark-gfm calls it for
 * each processor), and another build of micromark (its development build, under a test runner)
 * has its own attention: those are found on the parser when it starts a text, by wrapping the
 * text initializers (reached as in `linear-text-merge.ts`). `compile()` awaits this; where the
 * initializers cannot be reached (the browser), strikethrough stays micromark's: the same
 * events, only quadratic on long paragraphs.
 */
useLinearSpans(attention)

export const linearSpansInstalled: Promise<void> = micromarkTextInitializers().then(
  (initializers) => {
    for (const initializer of initializers as Array<{ tokenize?: Initializer }>) {
      const tokenize = initializer.tokenize as (Initializer & { [wrapped]?: true }) | undefined
      if (!tokenize || tokenize[wrapped]) continue
      const linear: Initializer & { [wrapped]?: true } = function (this: TokenizeContext, effects) {
        useLinearSpansIn(this.parser)
        // The same hook, for the constructs on `]` (see `linear-label-ends.ts`).
        useLinearLabelEndsIn(this.parser)
        return tokenize.call(this, effects)
      }
      linear[wrapped] = true
      initializer.tokenize = linear
    }
  },
  () => {},
)
