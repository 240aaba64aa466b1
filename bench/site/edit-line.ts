/**
 * A one-line edit as a writer makes it: a word added to a line of prose near `at` (a fraction
 * of the document), outside fenced code, frontmatter and tags.
 */
export function editLine(source: string, marker: string, at = 0.5): string {
  const lines = source.split('\n')
  const prose: number[] = []
  let fence: string | undefined
  let frontmatter = lines[0] === '---'
  for (const [index, line] of lines.entries()) {
    if (frontmatter) {
      if (index > 0 && line === '---') frontmatter = false
      continue
    }
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (opener && (!fence || opener.startsWith(fence))) {
      fence = fence ? undefined : opener
      continue
    }
    if (!fence && /^[A-Za-z][^<>{}|]{20,}$/.test(line)) prose.push(index)
  }
  const target = prose[Math.min(prose.length - 1, Math.floor(prose.length * at))]
  if (target === undefined) throw new Error('no line of prose to edit')
  lines[target] = `${lines[target]} ${marker}`
  return lines.join('\n')
}
