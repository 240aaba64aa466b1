import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'

type Change = [at: number, remove: number, add: Event[]]

/**
 * micromark's document tokenizer closes containers on a lazy line (`> a\n# h`) or a list item's
 * end by editing its event list with an `EditMap` whose `consume` copies the whole list, so a
 * document with many such lines takes quadratic time: 100 KB of `> a\n# h\n` took 85 s in plain
 * remark. Those edits sit near the end of the list. This `consume` gives the same result, but
 * rebuilds only the list from the first edit on, so a closing costs what it changes.
 *
 * It replaces the method on the shared class once, when the parser is loaded: micromark
 * constructs its edit maps inside its own modules, so there is no option to pass a faster one.
 * If a second copy of `micromark-util-edit-map` is installed, micromark keeps the original: the
 * same events, only slower.
 */
function consume(this: { map: Change[]; index?: Map<number, Change> }, events: Event[]): void {
  const map = this.map
  if (map.length === 0) return
  map.sort((a, b) => a[0] - b[0])

  const start = map[0][0]
  const tail = events.slice(start)
  events.length = start

  for (let index = 0; index < map.length; index++) {
    const [at, remove, add] = map[index]
    for (const event of add) events.push(event)
    const from = at + remove - start
    const to = Math.min(
      index + 1 < map.length ? map[index + 1][0] - start : tail.length,
      tail.length,
    )
    for (let item = from; item < to; item++) events.push(tail[item])
  }

  map.length = 0
  this.index?.clear()
}

let installed = false

/** Install the linear `consume` (idempotent). */
export function installLinearEditMap(): void {
  if (installed) return
  installed = true
  ;(EditMap.prototype as unknown as { consume: typeof consume }).consume = consume
}
