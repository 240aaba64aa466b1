/** One image candidate of a `srcset`: its URL and its descriptor (`2x`, `480w`, or none). */
export interface SrcsetCandidate {
  url: string
  descriptor: string
}

/**
 * Split a `srcset` as the HTML standard does: a URL runs to the next white space (a comma at
 * its end ends the candidate, so `data:` URLs keep their commas), then descriptors run to the
 * next comma outside parentheses.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let index = 0
  while (index < value.length) {
    while (index < value.length && isSeparator(value[index])) index++
    if (index >= value.length) break
    const start = index
    while (index < value.length && !isSpace(value[index])) index++
    let url = value.slice(start, index)
    let descriptor = ''
    if (url.endsWith(',')) url = url.replace(/,+$/, '')
    else {
      const from = index
      let depth = 0
      while (index < value.length && (value[index] !== ',' || depth > 0)) {
        if (value[index] === '(') depth++
        else if (value[index] === ')' && depth > 0) depth--
        index++
      }
      descriptor = value.slice(from, index).trim()
    }
    candidates.push({ url, descriptor })
  }
  return candidates
}

function isSpace(character: string | undefined): boolean {
  return (
    character === ' ' ||
    character === '\t' ||
    character === '\n' ||
    character === '\r' ||
    character === '\f'
  )
}

function isSeparator(character: string | undefined): boolean {
  return character === ',' || isSpace(character)
}
