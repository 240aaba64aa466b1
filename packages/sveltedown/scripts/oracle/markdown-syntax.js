// Does a Svelte component's text use Markdown syntax? The oracle keeps only components whose text
// does not, because only those must render the same as `.svx` and as `.svelte`.
//
// "Text" is every Text node of the component's markup as Svelte's own parser reads it: outside the
// top-level <script>/<style>, outside attribute values and {…} expressions, and not the content of
// a <script> or <style> element inside the markup. The raw source text is checked (so `&#42;` is
// not an asterisk). A component is excluded when its text contains any of:
//
// - anywhere: `*`, `_`, a backtick, `~` (GFM strikethrough takes one or two), `\` (escapes and hard
//   breaks), `![`, `](`, `[^`, a GFM autolink literal (`http://`, `https://`, `www.`, `mailto:`,
//   `xmpp:`, an e-mail address), two or more spaces before a line ending with content on both
//   lines (a hard break);
// - at the start of a source line (after indentation): an ATX heading `#`…`######` followed by
//   a space or the line end, `>`, a bullet `-`/`+`/`*` followed by a space or the line end, an
//   ordered item `1.`/`1)` (up to nine digits) followed by a space or the line end, `|`, a link
//   reference definition `[label]:`;
// - as a whole source line: a thematic break (`---`, `***`, `___`, spaces allowed), a setext
//   underline (`===` or `---`), a GFM table delimiter row (`|---|:--:|`, `--- | ---`).
// Indentation is not syntax (indented code is off in sveltedown); `&` entities and HTML are fine.
//
// Separately, bare prose counts as a Markdown paragraph where Markdown blocks belong. A Text node
// with non-whitespace content is *top-level prose* when no element and no block ({#if}, {#each},
// {#await}, {#key}, {#snippet}) encloses it, and *block prose* when blocks enclose it but no
// element does. Top-level prose excludes the component (reason `top-level prose`); block prose
// does not, it is only counted, so the report can show what happens to it.
import { parse } from 'svelte/compiler'

/** @typedef {{ reason: string, text: string, line: number }} Finding */

const anywhere = [
  ['emphasis `*`', /\*/],
  ['emphasis `_`', /_/],
  ['code span `` ` ``', /`/],
  ['strikethrough `~`', /~/],
  ['backslash `\\`', /\\/],
  ['link or image `](` `![` `[^`', /!\[|\]\(|\[\^/],
  ['autolink literal', /https?:\/\/|www\.|mailto:|xmpp:|[\w.+-]+@[\w-]+\.[\w-]*[a-z]/i],
]
const atLineStart = [
  ['heading `#`', /^#{1,6}(?:[ \t]|$)/],
  ['block quote `>`', /^>/],
  ['bullet list `-` `+` `*`', /^[-+*](?:[ \t]|$)/],
  ['ordered list `1.`', /^\d{1,9}[.)](?:[ \t]|$)/],
  ['table row `|`', /^\|/],
  ['link definition `[x]:`', /^\[[^\]]+\]:/],
]
const wholeLine = [
  ['thematic break or setext underline', /^(?:([-*_])(?:[ \t]*\1){2,}|=+|-+)[ \t]*$/],
  [
    'table delimiter row',
    /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^\|[ \t]*:?-+:?[ \t]*\|?$/,
  ],
]
const blockTypes = new Set(['IfBlock', 'EachBlock', 'AwaitBlock', 'KeyBlock', 'SnippetBlock'])

/**
 * @param {string} source a `.svelte` component
 * @returns {{ findings: Finding[], topLevelProse: boolean, blockProse: boolean }}
 *   `findings` lists the Markdown syntax found (top-level prose included), one per reason.
 */
export function markdownSyntax(source) {
  const ast = parse(source, { modern: true })
  /** @type {Map<string, Finding>} */
  const found = new Map()
  let topLevelProse = false
  let blockProse = false
  const lineOf = (offset) => source.slice(0, offset).split('\n').length
  const note = (reason, text, offset) => {
    if (!found.has(reason)) found.set(reason, { reason, text: text.trim(), line: lineOf(offset) })
  }

  const visitText = (node, enclosing) => {
    const raw = node.raw
    if (/\S/.test(raw)) {
      if (enclosing === 'none') {
        topLevelProse = true
        note('top-level prose', raw, node.start)
      } else if (enclosing === 'blocks') blockProse = true
    }
    for (const [reason, pattern] of anywhere) {
      if (pattern.test(raw)) note(reason, raw.match(pattern)[0], node.start)
    }
    let offset = node.start
    for (const [index, segment] of raw.split('\n').entries()) {
      const lineStart = source.lastIndexOf('\n', offset - 1) + 1
      const startsLine = index > 0 || /^\s*$/.test(source.slice(lineStart, offset))
      const lineEnd = source.indexOf('\n', offset)
      const rest = source.slice(offset + segment.length, lineEnd === -1 ? undefined : lineEnd)
      const endsLine = /^\s*$/.test(rest)
      const text = segment.replace(/^\s+/, '')
      if (startsLine) {
        for (const [reason, pattern] of atLineStart) {
          if (pattern.test(text)) note(reason, segment, offset)
        }
        if (endsLine) {
          for (const [reason, pattern] of wholeLine) {
            if (pattern.test(text)) note(reason, segment, offset)
          }
        }
      }
      // Two trailing spaces make a hard break when content precedes them and follows on the next line.
      if (lineEnd !== -1 && / {2,}$/.test(segment) && index < raw.split('\n').length - 1) {
        const before = source.slice(lineStart, offset + segment.length)
        const nextEnd = source.indexOf('\n', lineEnd + 1)
        const next = source.slice(lineEnd + 1, nextEnd === -1 ? undefined : nextEnd)
        if (/\S/.test(before) && /\S/.test(next)) note('hard break (two spaces)', segment, offset)
      }
      offset += segment.length + 1
    }
  }

  /** @param {string} enclosing 'none' | 'blocks' | 'element' */
  const visit = (node, enclosing) => {
    if (node.type === 'Text') return visitText(node, enclosing)
    if (
      (node.type === 'RegularElement' && /^(script|style)$/.test(node.name)) ||
      node.type === 'Comment'
    ) {
      return
    }
    const inner = blockTypes.has(node.type)
      ? enclosing === 'none'
        ? 'blocks'
        : enclosing
      : node.type === 'Fragment' || node.type === 'Root'
        ? enclosing
        : 'element'
    for (const [key, value] of Object.entries(node)) {
      if (key === 'attributes' || !value || typeof value !== 'object') continue
      if (value.type === 'Fragment') for (const child of value.nodes) visit(child, inner)
    }
  }
  for (const child of ast.fragment.nodes) visit(child, 'none')
  return { findings: [...found.values()], topLevelProse, blockProse }
}
