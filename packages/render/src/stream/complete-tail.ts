const fenceLine = /^[ \t>]*(`{3,}|~{3,})(.*)$/
/** A last line that is only the start of a block marker: a bullet, `#`, a setext underline... */
const partialMarker = /^ {0,3}(?:[-+*]|=+|-+|#{1,6}|\d{1,9}[.)]?|`{1,2}|~{1,2}|>)$/
const partialTag = /<\/?[A-Za-z][^<>`]*$/

/**
 * Make the unfinished end of a streamed document display sensibly before the rest arrives, so it
 * does not flicker: `**bold` shows bold, `` `code `` shows code, `[text](https://exa` shows a link,
 * a half-written image or tag and a lone `-` (which could become a list, a rule or a setext
 * underline) are held back. An open code fence needs nothing: CommonMark already renders it as code
 * to the end. Only the display changes; the next chunk is parsed from the real text.
 */
export function completeTail(text: string): string {
  if (insideFence(text)) return text
  const lineStart = text.lastIndexOf('\n') + 1
  if (partialMarker.test(text.slice(lineStart))) return text.slice(0, lineStart)

  const blank = /\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/.exec(text)
  const paragraphStart = blank ? blank.index + blank[0].length : 0
  return text.slice(0, paragraphStart) + completeInline(text.slice(paragraphStart))
}

function insideFence(text: string): boolean {
  let open: string | undefined
  for (const line of text.split('\n')) {
    const match = fenceLine.exec(line)
    if (!match) continue
    const fence = match[1]!
    if (open === undefined) {
      if (!(fence.startsWith('`') && match[2]!.includes('`'))) open = fence
    } else if (fence[0] === open[0] && fence.length >= open.length && match[2]!.trim() === '') {
      open = undefined
    }
  }
  return open !== undefined
}

/** Close what the last paragraph left open: code spans, links, emphasis, strikethrough. */
function completeInline(paragraph: string): string {
  let text = paragraph
  const stack: Array<{ marker: string; index: number }> = []
  let index = 0
  let linkUrl = false
  /** Where an image whose URL is being written starts, else -1. */
  let linkStart = -1

  while (index < text.length) {
    const char = text.charAt(index)
    if (char === '\\') {
      index += 2
      continue
    }
    if (char === '`') {
      const run = /^`+/.exec(text.slice(index))![0]
      const close = text.indexOf(run, index + run.length)
      if (close === -1) {
        // An unclosed code span: everything after it is code, so close it and stop.
        return closeAll(`${text}${run}`, stack, linkUrl)
      }
      index = close + run.length
      continue
    }
    if (linkUrl) {
      if (char === ')') linkUrl = false
      index++
      continue
    }
    if (char === '[') {
      stack.push({ marker: text.charAt(index - 1) === '!' ? '![' : '[', index })
    } else if (char === ']') {
      const open = findLast(stack, (entry) => entry.marker === '[' || entry.marker === '![')
      if (open !== -1) {
        const opener = stack[open]!
        stack.length = open
        if (text.charAt(index + 1) === '(') {
          linkUrl = true
          linkStart = opener.marker === '![' ? opener.index - 1 : -1
          index += 2
          continue
        }
      }
    } else if (char === '*' || char === '_' || char === '~') {
      const run = new RegExp(`^\\${char}+`).exec(text.slice(index))![0]
      if (index + run.length === text.length) {
        // A run at the very end may be half of a marker (`~` of `~~`, `*` of `**`): hold it back.
        text = text.slice(0, index)
        break
      }
      const before = text.charAt(index - 1)
      const after = text.charAt(index + run.length)
      const marker = char === '~' ? '~~' : run.slice(0, 3)
      const open = findLast(stack, (entry) => entry.marker === marker)
      if (open !== -1 && before !== '' && !/\s/.test(before)) {
        stack.length = open
      } else if (!/\s/.test(after) && !(char === '_' && /[\p{L}\p{N}]/u.test(before))) {
        stack.push({ marker, index })
      }
      index += run.length
      continue
    }
    index++
  }

  // A half-written image would request a half-written URL: hold it back.
  if (linkUrl && linkStart !== -1) return closeAll(text.slice(0, linkStart), stack, false)
  const image = findLast(stack, (entry) => entry.marker === '![')
  if (image !== -1)
    return closeAll(text.slice(0, stack[image]!.index - 1), stack.slice(0, image), false)
  text = text.replace(partialTag, '')
  return closeAll(text, stack, linkUrl)
}

function closeAll(text: string, stack: Array<{ marker: string; index: number }>, linkUrl: boolean) {
  let result = text
  stack = stack.filter((entry) => entry.index < text.length)
  // A marker with nothing after it yet opens nothing visible: drop it rather than show it.
  const last = stack[stack.length - 1]
  if (
    last &&
    last.marker !== '[' &&
    last.marker !== '![' &&
    result.slice(last.index).trim() === last.marker
  ) {
    result = result.slice(0, last.index)
    stack = stack.slice(0, -1)
  }
  const trailing = /\s*$/.exec(result)![0]
  result = result.slice(0, result.length - trailing.length)
  if (linkUrl) result += ')'
  for (let index = stack.length - 1; index >= 0; index--) {
    const { marker } = stack[index]!
    if (marker === '[' || marker === '![') continue
    result += marker === '~~' ? '~~' : marker
  }
  return result + trailing
}

function findLast<T>(list: T[], test: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index]!)) return index
  return -1
}
