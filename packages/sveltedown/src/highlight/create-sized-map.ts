/**
 * A `Map` that keeps its values under a total size, dropping the least recently used first.
 * Highlighted blocks are cached per distinct source; in a dev server every edit of a code block
 * is a new source, so a count limit alone let one editing session hold tens of megabytes.
 */
export function createSizedMap<K, V>(limit: number, sizeOf: (value: V) => number): Map<K, V> {
  let total = 0
  const sizes = new Map<K, number>()
  const map = new Map<K, V>()
  const get = map.get.bind(map)
  const set = map.set.bind(map)
  const remove = map.delete.bind(map)

  map.get = (key: K): V | undefined => {
    const value = get(key)
    if (value === undefined) return undefined
    // Most recently used last: `Map` keeps insertion order.
    remove(key)
    set(key, value)
    return value
  }
  map.set = (key: K, value: V) => {
    map.delete(key)
    const size = sizeOf(value)
    set(key, value)
    sizes.set(key, size)
    total += size
    for (const [oldest] of map) {
      if (total <= limit || oldest === key) break
      map.delete(oldest)
    }
    return map
  }
  map.delete = (key: K): boolean => {
    total -= sizes.get(key) ?? 0
    sizes.delete(key)
    return remove(key)
  }
  map.clear = () => {
    total = 0
    sizes.clear()
    Map.prototype.clear.call(map)
  }
  return map
}
