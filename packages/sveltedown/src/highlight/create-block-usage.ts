/**
 * Which cached blocks each file used in its last compile. In a dev server every edit of a code
 * block makes a new cache entry and leaves the old one unused for good; once no file uses an
 * entry any more, it is forgotten, so memory stays level however long the session.
 */
export function createBlockUsage(forget: (key: string) => void) {
  const byFile = new Map<string, Set<string>>()
  const users = new Map<string, number>()
  return {
    /** Record the keys one compile of `file` used. Documents without a path are not tracked. */
    update(file: string | undefined, keys: Set<string>): void {
      if (!file) return
      const before = byFile.get(file) ?? new Set<string>()
      for (const key of keys) {
        if (!before.has(key)) users.set(key, (users.get(key) ?? 0) + 1)
      }
      for (const key of before) {
        if (keys.has(key)) continue
        const left = (users.get(key) ?? 1) - 1
        if (left > 0) users.set(key, left)
        else {
          users.delete(key)
          forget(key)
        }
      }
      byFile.set(file, keys)
    },
  }
}
