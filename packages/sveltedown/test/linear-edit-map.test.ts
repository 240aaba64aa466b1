import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import { describe, expect, it } from 'vitest'
import { installLinearEditMap } from '../src/parse/linear-edit-map.js'

installLinearEditMap()

// Events are opaque to the edit map: numbers stand in for them.
const ev = (n: number) => n as unknown as Event

/** What an edit map means: each change applied to the original list, from the last one back. */
function applyNaively(list: Event[], changes: Array<[number, number, Event[]]>): Event[] {
  const merged = new Map<number, [number, Event[]]>()
  for (const [at, remove, add] of changes) {
    const previous = merged.get(at)
    merged.set(at, previous ? [previous[0] + remove, [...previous[1], ...add]] : [remove, add])
  }
  const result = [...list]
  for (const [at, [remove, add]] of [...merged].sort((a, b) => b[0] - a[0])) {
    result.splice(at, remove, ...add)
  }
  return result
}

describe('linear EditMap.consume', () => {
  it('gives what splicing each change gives, for random edits', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 500; round++) {
      const length = random(40)
      const list = Array.from({ length }, (_, i) => ev(i))
      const changes: Array<[number, number, Event[]]> = []
      // Non-overlapping positions, as micromark makes them.
      let at = random(4)
      while (at <= length && changes.length < 5) {
        const remove = Math.min(random(3), length - at)
        const add = Array.from({ length: random(3) }, (_, i) => ev(1000 + round * 10 + i))
        changes.push([at, remove, add])
        at += remove + 1 + random(6)
      }
      const expected = applyNaively(list, changes)
      const map = new EditMap()
      for (const [where, remove, add] of changes) map.add(where, remove, add)
      map.consume(list)
      expect(list).toEqual(expected)
    }
  })

  it('closes the container at each lazy line (`> a` then `# h`, 200 times)', async () => {
    const { compile } = await import('../src/index.js')
    const result = await compile('> a\n# h\n'.repeat(200), {
      filename: 'lazy.svx',
      highlight: false,
    })
    expect(result.code.match(/<blockquote>/g)).toHaveLength(200)
    expect(result.code.match(/<h1 /g)).toHaveLength(200)
  })
})
