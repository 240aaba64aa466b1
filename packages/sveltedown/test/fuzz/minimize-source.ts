/**
 * Make a failing document smaller while it fails the same way: drop halves, quarters… of its
 * lines, then of its characters (delta debugging). fast-check shrinks the generated structure;
 * this goes further for mutated and random text, whose structure shrinks poorly.
 */
export async function minimizeSource(
  source: string,
  fails: (candidate: string) => Promise<boolean>,
  timeLimitMs = 30_000,
  characters = true,
): Promise<string> {
  const deadline = Date.now() + timeLimitMs
  let current = source
  const splits = [(text: string) => text.split(/(?<=\n)/), (text: string) => [...text]]
  for (const split of characters ? splits : splits.slice(0, 1)) {
    let parts = split(current)
    for (
      let size = Math.max(1, Math.floor(parts.length / 2));
      size >= 1;
      size = Math.floor(size / 2)
    ) {
      for (let start = 0; start < parts.length && Date.now() < deadline; ) {
        const candidate = [...parts.slice(0, start), ...parts.slice(start + size)]
        if (candidate.length > 0 && (await fails(candidate.join('')))) parts = candidate
        else start += size
      }
      if (size === 1) break
    }
    current = parts.join('')
  }
  return current
}

/** A failure message without numbers, so that the same failure at another position matches. */
export function failureSignature(message: string) {
  return message.replace(/\d+/g, '#').slice(0, 100)
}
