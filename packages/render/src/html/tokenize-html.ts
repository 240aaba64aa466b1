import { decodeEntities } from './decode-entities.js'

export type HtmlToken =
  | {
      type: 'startTag'
      /** Lowercased, as HTML reads it; `rawName` as written (components are case-sensitive). */
      name: string
      rawName: string
      /** Names as written: HTML attributes are lowercased by the caller, component props not. */
      attributes: Array<[string, string]>
      /** Ends with `/>`: HTML ignores it, a component tag closes there. */
      selfClosing: boolean
      start: number
      end: number
    }
  | { type: 'endTag'; name: string; rawName: string; start: number; end: number }
  | { type: 'text'; value: string; start: number; end: number }
  | { type: 'comment'; value: string; start: number; end: number }

/** Elements whose content is text up to the matching end tag, not markup. */
const rawText = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
/** Like raw text, but character references are decoded. */
const escapableRawText = new Set(['textarea', 'title'])

const whitespace = /[\t\n\f\r ]/
const asciiAlpha = /[A-Za-z]/

/**
 * Split a fragment of raw HTML (one mdast `html` node) into tokens, following the HTML standard's
 * tokenizer where it matters for safety and for CommonMark's examples: tag names and attribute names
 * are lowercased, the first of duplicate attributes wins, references are decoded, a tag cut off by
 * the end of the input is dropped (as browsers do), and `<?...>`, `<!...>` become comments.
 */
export function tokenizeHtml(html: string, offset = 0): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let index = 0
  let textStart = 0

  const flushText = (end: number) => {
    if (end > textStart) {
      tokens.push({
        type: 'text',
        value: decodeEntities(html.slice(textStart, end)),
        start: offset + textStart,
        end: offset + end,
      })
    }
  }

  while (index < html.length) {
    const lt = html.indexOf('<', index)
    if (lt === -1) break
    const next = html.charAt(lt + 1)
    let end: number

    if (asciiAlpha.test(next)) {
      const tag = readStartTag(html, lt)
      if (!tag) {
        // Cut off by the end of the input: a browser drops the unfinished tag and what follows.
        flushText(lt)
        return tokens
      }
      flushText(lt)
      tokens.push({ ...tag.token, start: offset + lt, end: offset + tag.end })
      end = tag.end
      const name = tag.token.name
      if (rawText.has(name) || escapableRawText.has(name) || name === 'plaintext') {
        end = readRawText(html, end, name, offset, tokens)
      }
    } else if (next === '/' && asciiAlpha.test(html.charAt(lt + 2))) {
      const close = html.indexOf('>', lt)
      if (close === -1) break
      flushText(lt)
      const rawName = /^[^\t\n\f\r />]+/.exec(html.slice(lt + 2))![0]
      const name = rawName.toLowerCase()
      tokens.push({ type: 'endTag', name, rawName, start: offset + lt, end: offset + close + 1 })
      end = close + 1
    } else if (html.startsWith('<!--', lt)) {
      flushText(lt)
      end = readComment(html, lt, offset, tokens)
    } else if (next === '!' || next === '?' || next === '/') {
      // Bogus comments: doctypes, CDATA, processing instructions, `</ >`.
      const close = html.indexOf('>', lt)
      flushText(lt)
      end = close === -1 ? html.length : close + 1
      const value = html.slice(lt + (next === '?' ? 1 : 2), close === -1 ? html.length : close)
      if (!/^doctype/i.test(value)) {
        tokens.push({ type: 'comment', value, start: offset + lt, end: offset + end })
      }
    } else {
      index = lt + 1
      continue
    }

    index = end
    textStart = end
  }

  flushText(html.length)
  return tokens
}

function readStartTag(
  html: string,
  start: number,
): { token: Extract<HtmlToken, { type: 'startTag' }>; end: number } | undefined {
  let index = start + 1
  const rawName = /^[^\t\n\f\r />]+/.exec(html.slice(index))![0]
  const name = rawName.toLowerCase()
  index += rawName.length
  const attributes: Array<[string, string]> = []
  const seen = new Set<string>()
  let slash = false

  while (index < html.length) {
    const char = html.charAt(index)
    if (whitespace.test(char) || char === '/') {
      slash = char === '/'
      index++
      continue
    }
    if (char === '>') {
      return {
        token: {
          type: 'startTag',
          name,
          rawName,
          attributes,
          selfClosing: slash,
          start,
          end: index + 1,
        },
        end: index + 1,
      }
    }
    slash = false
    // Attribute name: the first character may be `=`, as in the standard.
    let nameEnd = index + 1
    while (nameEnd < html.length && !/[\t\n\f\r />=]/.test(html.charAt(nameEnd))) nameEnd++
    const attributeName = html.slice(index, nameEnd)
    index = nameEnd
    while (whitespace.test(html.charAt(index))) index++
    let value = ''
    if (html.charAt(index) === '=') {
      index++
      while (whitespace.test(html.charAt(index))) index++
      const quote = html.charAt(index)
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1)
        if (close === -1) return undefined
        value = html.slice(index + 1, close)
        index = close + 1
      } else {
        let valueEnd = index
        while (valueEnd < html.length && !/[\t\n\f\r >]/.test(html.charAt(valueEnd))) valueEnd++
        value = html.slice(index, valueEnd)
        index = valueEnd
      }
    }
    if (!seen.has(attributeName.toLowerCase())) {
      seen.add(attributeName.toLowerCase())
      attributes.push([attributeName, decodeEntities(value)])
    }
  }

  return undefined
}

function readRawText(
  html: string,
  start: number,
  name: string,
  offset: number,
  tokens: HtmlToken[],
): number {
  const closing = name === 'plaintext' ? null : new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'i')
  const match = closing?.exec(html.slice(start))
  const textEnd = match ? start + match.index : html.length
  if (textEnd > start) {
    const raw = html.slice(start, textEnd)
    const value = escapableRawText.has(name) ? decodeEntities(raw) : raw
    tokens.push({ type: 'text', value, start: offset + start, end: offset + textEnd })
  }
  if (!match) return html.length
  const close = html.indexOf('>', textEnd)
  const end = close === -1 ? html.length : close + 1
  tokens.push({ type: 'endTag', name, rawName: name, start: offset + textEnd, end: offset + end })
  return end
}

function readComment(html: string, start: number, offset: number, tokens: HtmlToken[]): number {
  const bodyStart = start + 4
  // `<!-->` and `<!--->` are complete (empty) comments in HTML.
  const abrupt = /^-?>/.exec(html.slice(bodyStart))
  let value: string
  let end: number
  if (abrupt) {
    value = ''
    end = bodyStart + abrupt[0].length
  } else {
    // A comment also ends at `--!>`; missing that is how comment-breakout payloads work.
    const match = /--!?>/.exec(html.slice(bodyStart))
    const close = match ? bodyStart + match.index : html.length
    value = html.slice(bodyStart, close)
    end = match ? close + match[0].length : html.length
  }
  tokens.push({ type: 'comment', value, start: offset + start, end: offset + end })
  return end
}
