import type { Event, Resolver } from 'micromark-util-types'
import { micromarkTextInitializers } from '#platform'

/** micromark's `text` and `string` initializers: what their resolvers are hung on. */
export interface TextInitializer {
  resolveAll?: Resolver
}

const wrapped = Symbol('sveltedown linear text merge')

/**
 * Merge each run of adjacent `data` tokens into its first one, in one pass, in place: the first
 * token takes the run's end, and the other tokens' events are dropped. This is exactly what
 * micromark's text resolver does first, but that resolver removes each run with `splice`, which
 * moves every later event, so a long paragraph (where GFM's email autolinks split the data at
 * every word) took quadratic time: 200 KB of `x <div\n` took 10 s in plain remark.
 */
export function mergeAdjacentData(events: Event[]): void {
  let write = 0
  let read = 0
  while (read < events.length) {
    const event = events[read] as Event
    if (event[0] === 'enter' && event[1].type === 'data') {
      // Enter and exit of one data token, then any data tokens right after it.
      let last = read + 1
      while (
        last + 2 < events.length &&
        (events[last + 1] as Event)[0] === 'enter' &&
        (events[last + 1] as Event)[1].type === 'data'
      ) {
        last += 2
      }
      if (last !== read + 1) event[1].end = (events[last] as Event)[1].end
      events[write++] = event
      events[write++] = events[read + 1] as Event
      read = last + 1
    } else {
      events[write++] = event
      read++
    }
  }
  events.length = write
}

/**
 * Run the linear merge before each initializer's own resolver, which then finds no run to
 * splice. Wrapping is idempotent. When micromark's initializers cannot be reached (the
 * browser, or another copy of micromark), parsing is the same, only slower on long paragraphs.
 */
export function installLinearTextMerge(initializers: TextInitializer[]): void {
  for (const initializer of initializers) {
    const original = initializer.resolveAll as (Resolver & { [wrapped]?: true }) | undefined
    if (!original || original[wrapped]) continue
    const resolveAll: Resolver & { [wrapped]?: true } = (events, context) => {
      mergeAdjacentData(events)
      return original(events, context)
    }
    resolveAll[wrapped] = true
    initializer.resolveAll = resolveAll
  }
}

/**
 * Installed as soon as the parser is loaded, so a processor made with `createProcessor()` gets
 * it too; `compile()` awaits it, so that even its first parse is linear. Loading is asynchronous
 * (micromark's files are imported), and a top-level await would stop `require()` of this package.
 */
export const linearTextMergeInstalled: Promise<void> = micromarkTextInitializers().then(
  installLinearTextMerge,
  () => {},
)
