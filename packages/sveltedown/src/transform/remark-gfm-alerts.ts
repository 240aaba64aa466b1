import type { Blockquote, Nodes, Paragraph, Parents, Root, Text } from 'mdast'
import type { VFile } from 'vfile'

/** GitHub's alert kinds and their titles. */
const titles: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
}

/** `[!NOTE]` alone on the first line of a block quote (GitHub allows trailing spaces). */
const marker = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i

/**
 * remark plugin, part of GFM: GitHub's alerts. A block quote whose first line is `[!NOTE]`
 * (`TIP`, `IMPORTANT`, `WARNING`, `CAUTION`) renders as GitHub renders it, a
 * `markdown-alert markdown-alert-note` with a `markdown-alert-title` paragraph, but keeps its
 * `blockquote` element: a layout that exports `blockquote` turns alerts into its own callout
 * component by element replacement, and without one the quote still reads as a quote.
 */
export function remarkGfmAlerts() {
  return (tree: Root, file: VFile) => {
    visitBlockquotes(tree, (quote) => toAlert(quote, String(file.value)))
  }
}

function visitBlockquotes(parent: Parents, visit: (quote: Blockquote) => void) {
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'blockquote') visit(child)
    if ('children' in child) visitBlockquotes(child, visit)
  }
}

function toAlert(quote: Blockquote, source: string) {
  const paragraph = quote.children[0]
  if (paragraph?.type !== 'paragraph') return
  const text = paragraph.children[0]
  if (text?.type !== 'text') return
  const match = marker.exec(text.value)
  if (!match?.[1]) return
  const kind = match[1].toLowerCase()
  removeMarker(paragraph, text, match[0], source)
  // Nothing but the marker: the paragraph goes away (the title takes its place).
  if (paragraph.children.length === 0) quote.children.shift()
  quote.data = {
    ...quote.data,
    hProperties: {
      ...quote.data?.hProperties,
      className: ['markdown-alert', `markdown-alert-${kind}`],
    },
  }
  const title: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: titles[kind] ?? kind }],
    data: { hProperties: { className: ['markdown-alert-title'] } },
  }
  quote.children.unshift(title)
}

/**
 * Take the marker off the first text; the text then starts at the next line's content, so its
 * position (and the sourcemap) still points at what it holds.
 */
function removeMarker(paragraph: Paragraph, text: Text, written: string, source: string) {
  text.value = text.value.slice(written.length)
  const start = text.position?.start
  if (start?.offset !== undefined) {
    let offset = start.offset + written.length
    // Past the next line's container prefix (`> `), which is not part of the text's value.
    while (offset < source.length && /[ \t>]/.test(source.charAt(offset))) offset++
    const before = source.slice(0, offset)
    const line = before.split('\n').length
    start.line = line
    start.column = offset - before.lastIndexOf('\n')
    start.offset = offset
  }
  if (text.value === '') paragraph.children.shift()
  const next = paragraph.children[0]
  if (next?.type === 'break') paragraph.children.shift()
}
