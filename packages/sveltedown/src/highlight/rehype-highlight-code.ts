import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString as hastToString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Recording } from '../serialize/create-writer.js'
import type { SvelteMemo } from '../types.js'
import { codeToHastOnce } from './code-to-hast-once.js'
import { createBlockUsage } from './create-block-usage.js'
import { createSizedMap } from './create-sized-map.js'
import { getHighlighter, loadLanguage, themesOf } from './get-highlighter.js'
import type { HighlightFunction, HighlightOptions } from './highlight-options.js'

/**
 * Highlight fenced code (`<pre><code class="language-x">`) with Shiki, or with the user's
 * function. The result is hast, so the serializer escapes it for Svelte and maps it to the fence.
 * Highlighted blocks are cached by code, language, meta and options.
 */
// Each cache holds the highlighted blocks of a whole site, so a warm pass (a dev server, a
// second build in one process) replays every block: a pass goes through the blocks in the same
// order each time, and a least-recently-used cache smaller than them all misses every one. The
// shared corpus (190 documents, 1,126 distinct blocks, two themes) needs 4.8 million code units
// of JSON and 3.7 million of recordings; an earlier limit of 4 million made a warm pass of
// defaults cost 2x `highlight: false` (bench/results/site.md). JSON of hast is ASCII, which V8
// stores at a byte per code unit: the limit is about 24 MB per cache.
const cacheLimit = 24_000_000

export function rehypeHighlightCode(
  options: HighlightOptions | HighlightFunction = {},
  settings: { memo?: boolean | undefined } = {},
) {
  // As JSON text: a fifth of the memory of the objects, and parsing it is the copy each use needs.
  // The element names in it come along, so element replacement can tell when it needs the block.
  // The warning a block raised (an unknown language) comes along too: a block from the cache is
  // reported like a block highlighted anew, in every document that has it.
  // Both are kept under a size (in code units, see `cacheLimit`), not a count.
  const cache = createSizedMap<
    string,
    { json: string; tagNames: string[]; unknownLanguage: string | undefined }
  >(cacheLimit, (value) => value.json.length)
  // Serialized markup of highlighted blocks, replayed when the same fence comes again; only
  // when nothing after this step but sveltedown's own steps can change the blocks.
  const recordings = createSizedMap<string, Recording>(
    cacheLimit,
    (recording) => recording.text.length + recording.segments.length * 2,
  )

  const cacheUsage = createBlockUsage((key) => cache.delete(key))
  // The serializer stores a recording under its context and the memo key (`pre:space:key`,
  // see to-svelte.ts), so a fence no file uses any more is forgotten in every context.
  const recordingUsage = createBlockUsage((key) => {
    for (const stored of recordings.keys()) {
      if (stored.endsWith(`:${key}`)) recordings.delete(stored)
    }
  })

  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ parent: Root | Element; index: number; pre: Element; code: Element }> = []
    collect(tree, blocks)
    const usedKeys = new Set<string>()
    const usedRecordings = new Set<string>()
    for (const { parent, index, pre, code } of blocks) {
      const lang = languageOf(code)
      const meta = typeof code.data?.meta === 'string' ? code.data.meta : undefined
      // remark-rehype ends code with a line break; highlighting it would add an empty line.
      const value = hastToString(code).replace(/\n$/, '')
      const key = JSON.stringify([lang, meta, value])
      usedKeys.add(key)
      let cached = cache.get(key)
      if (cached === undefined) {
        const { element: result, unknownLanguage } =
          typeof options === 'function'
            ? {
                element: await highlightWith(options, value, lang, meta),
                unknownLanguage: undefined,
              }
            : await highlightWithShiki(options, value, lang, meta)
        cached = {
          json: JSON.stringify(result),
          tagNames: [...tagNamesIn(result, new Set())],
          unknownLanguage,
        }
        cache.set(key, cached)
      }
      const { json, tagNames, unknownLanguage } = cached
      if (unknownLanguage !== undefined) {
        const position = pre.position ?? {
          start: { line: 1, column: 1 },
          end: { line: 1, column: 1 },
        }
        ;(file.data.diagnostics ??= []).push(
          createDiagnostic('highlight_language_unknown', position, { lang: unknownLanguage }),
        )
      }
      const { start, end } = pre.position ?? {}
      const copy = (): Element => {
        // Later steps (element replacement, user plugins) may change the tree: each use gets its
        // own copy, positioned at its fence.
        const element = JSON.parse(json) as Element
        element.position = pre.position
        if (pre.position) {
          if (typeof options === 'function')
            positionByText(element, String(file.value), pre.position)
          else positionLines(element, pre.position.start)
        }
        return element
      }
      if (!settings.memo || typeof options === 'function' || !start || end?.offset === undefined) {
        parent.children[index] = copy()
        continue
      }
      // The markup depends on the fence as written (its column, container prefixes). Once it is
      // recorded, the block is replayed without its hast ever being built again: the element
      // stays empty until something needs its content.
      const written = String(file.value).slice(start.offset, end.offset)
      usedRecordings.add(`${start.column}:${written}`)
      const memo: SvelteMemo = {
        key: `${start.column}:${written}`,
        line: start.line,
        store: recordings,
        tagNames,
        fill() {
          const { tagName, properties, children, data } = copy()
          memo.fill = undefined
          Object.assign(node, {
            tagName,
            properties,
            children,
            data: { ...data, svelteMemo: memo },
          })
        },
      }
      const node: Element = {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [],
        position: pre.position,
        data: { svelteMemo: memo } as Element['data'],
      }
      parent.children[index] = node
    }
    cacheUsage.update(file.path, usedKeys)
    recordingUsage.update(file.path, usedRecordings)
  }
}

/**
 * Give Shiki's line and token nodes the positions of the fence's lines, so every line (and every
 * token) of highlighted code maps back to where it was written.
 */
function positionLines(pre: Element, fence: { line: number; column: number }) {
  const code = pre.children.find((node): node is Element => node.type === 'element')
  if (!code) return
  let line = fence.line + 1
  for (const child of code.children) {
    if (child.type !== 'element') continue
    // Shiki writes `class` as a string (`line highlighted`); other tools use `className`.
    const classes = child.properties.className ?? child.properties.class
    const list = Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(/\s+/)
    if (!list.includes('line')) continue
    const column = { value: fence.column }
    const start = { line, column: fence.column }
    child.position = { start, end: start }
    positionTokens(child, line, column)
    line++
  }
}

/**
 * HTML from a highlight function has any shape, so its text is found in the fence in order:
 * each text node starts where its first word is, searching on from the previous one.
 */
function positionByText(root: Element, source: string, fence: NonNullable<Element['position']>) {
  const end = fence.end.offset ?? source.length
  let cursor = source.indexOf('\n', fence.start.offset ?? 0) + 1
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'element') visit(child)
      if (child.type !== 'text') continue
      const word = /\S+/.exec(child.value)?.[0]
      if (!word) continue
      const found = source.indexOf(word, cursor)
      if (found === -1 || found >= end) continue
      const before = source.slice(0, found)
      const line = before.split('\n').length
      const column = found - before.lastIndexOf('\n')
      // The node's text may start with white space before its first word.
      const lead = child.value.indexOf(word)
      child.position = {
        start: { line, column: column - lead, offset: found - lead },
        end: fence.end,
      }
      cursor = found + word.length
    }
  }
  visit(root)
}

function positionTokens(parent: Element, line: number, column: { value: number }) {
  for (const child of parent.children) {
    if (child.type === 'text') {
      const start = { line, column: column.value }
      column.value += child.value.length
      child.position = { start, end: { line, column: column.value } }
    } else if (child.type === 'element') {
      child.position = {
        start: { line, column: column.value },
        end: { line, column: column.value },
      }
      positionTokens(child, line, column)
    }
  }
}

function tagNamesIn(node: Element | ElementContent, names: Set<string>): Set<string> {
  if (node.type !== 'element') return names
  names.add(node.tagName)
  for (const child of node.children) tagNamesIn(child, names)
  return names
}

function removePositions(node: { position?: unknown; children?: unknown }) {
  delete node.position
  if (Array.isArray(node.children)) for (const child of node.children) removePositions(child)
}

function collect(
  parent: Root | Element,
  blocks: Array<{ parent: Root | Element; index: number; pre: Element; code: Element }>,
) {
  parent.children.forEach((child: RootContent | ElementContent, index) => {
    if (
      child.type !== 'element' &&
      child.type !== 'svelteElement' &&
      child.type !== 'svelteBlock' &&
      child.type !== 'svelteBlockBranch'
    )
      return
    if (child.type === 'element' && child.tagName === 'pre') {
      const code = child.children.find((node): node is Element => node.type === 'element')
      if (code?.tagName === 'code' && child.children.length === 1 && !isMath(code)) {
        blocks.push({ parent, index, pre: child, code })
        return
      }
    }
    collect(child as Element, blocks)
  })
}

/**
 * Display math from remark-math (`$$`, class `math-display`) and ```` ```math ```` fences are
 * left for a math plugin (rehype-katex, rehype-mathjax), which looks for exactly these; Shiki
 * has no grammar for them anyway.
 */
function isMath(code: Element): boolean {
  const className = code.properties.className
  const list = Array.isArray(className) ? className.map(String) : []
  return list.includes('math-display') || list.includes('language-math')
}

function languageOf(code: Element): string | undefined {
  const className = code.properties.className
  const list = Array.isArray(className) ? className : []
  const language = list.find((name) => String(name).startsWith('language-'))
  return language ? String(language).slice('language-'.length) : undefined
}

async function highlightWith(
  highlight: HighlightFunction,
  code: string,
  lang: string | undefined,
  meta: string | undefined,
): Promise<Element> {
  const result = await highlight(code, lang, meta)
  const tree =
    typeof result === 'string' ? fromHtml(unwrapMdsvexHtml(result), { fragment: true }) : result
  // Positions of parsed HTML are in the returned string, not in the document.
  removePositions(tree)
  const elements =
    tree.type === 'element'
      ? [tree]
      : tree.children.filter((node): node is Element => node.type === 'element')
  const element: Element =
    elements.length === 1 && elements[0]
      ? elements[0]
      : {
          type: 'element',
          tagName: 'div',
          properties: {},
          children: (tree as Root).children as ElementContent[],
        }
  // Shiki's HTML puts `tabindex="0"` on `<pre>`, which Svelte warns about on a non-interactive
  // element; inside mdsvex's `{@html}` Svelte never saw it. The built-in path leaves it out too.
  if (element.tagName === 'pre') delete element.properties.tabIndex
  return element
}

/**
 * mdsvex highlighters return `{@html \`...\`}` with `escapeSvelte`d HTML, on their own or inside
 * a `<pre>` (mdsvex's default shape). sveltedown escapes whatever the highlighter returns, so
 * each wrapper is taken off and its HTML used as is.
 */
function unwrapMdsvexHtml(html: string): string {
  return html.replace(/\{@html\s*`((?:[^`\\]|\\[\s\S])*)`\s*\}/g, (_, inner: string) =>
    inner.replace(/\\([`\\$])/g, '$1'),
  )
}

async function highlightWithShiki(
  options: HighlightOptions,
  code: string,
  lang: string | undefined,
  meta: string | undefined,
): Promise<{ element: Element; unknownLanguage: string | undefined }> {
  const highlighter = await getHighlighter(options)
  const wanted = lang ?? options.defaultLanguage ?? 'text'
  const loaded = await loadLanguage(highlighter, wanted, options)
  const language = loaded || 'text'
  const themes = themesOf(options)
  const names = Object.keys(themes)
  const root = codeToHastOnce(highlighter, code, {
    lang: language,
    ...(names.length === 1
      ? { theme: Object.values(themes)[0] as string }
      : { themes: themes as Record<string, string> }),
    defaultColor: options.defaultColor ?? names[0] ?? false,
    transformers: options.transformers ?? [],
    meta: meta ? { __raw: meta } : {},
    // Svelte warns about `tabindex` on a non-interactive element.
    tabindex: false,
    // Shiki stops tokenizing a line after 500 ms and leaves the rest plain. The first line of a
    // language includes compiling its grammar, which takes that long on a busy machine (a build
    // in parallel), and the same block would come out differently from one build to the next.
    // The limit stays, against a grammar's runaway regular expression, but out of reach.
    tokenizeTimeLimit: 10_000,
  })
  const element = root.children.find((node): node is Element => node.type === 'element')
  if (!element) throw new Error('Shiki returned no element')
  return { element, unknownLanguage: loaded ? undefined : wanted }
}
