import GithubSlugger from 'github-slugger'
import type { Root as HastRoot, RootContent } from 'hast'
import type { RootContent as MdastContent, Nodes as MdastNodes } from 'mdast'
import { processMarkdown } from '../process-markdown.js'
import { type Config, resolveConfig } from '../resolve-config.js'
import type { Block, Heading, RenderOptions } from '../types.js'
import { completeTail } from './complete-tail.js'
import { hidePending } from './hide-pending.js'
import { shareUnchanged } from './share-unchanged.js'
import { toBlocks } from './to-blocks.js'

export interface Rendered {
  blocks: Block[]
  headings: Heading[]
}

export interface BlockRenderer {
  /**
   * Render `source`; while `streaming`, reuse the finished blocks of the previous call.
   * `componentTags`: tags the source may use because a component renders them (`Chart`).
   */
  update(
    source: string,
    options: RenderOptions,
    streaming: boolean,
    componentTags?: readonly string[],
  ): Rendered
}

/**
 * The renderer behind `<Markdown>`. Blocks are keyed by where they start in the source, so a full
 * render and a streamed one give the same keys, and Svelte keeps a block's DOM while its key stays.
 *
 * While streaming, the source is split into a frozen prefix of finished top-level blocks and a
 * tail. Each update re-parses only the tail. A block is finished once a later top-level block has
 * started after a blank line (or after an ATX heading or a thematic break, which cannot continue):
 * nothing that follows can change it. Two things can reach back, and both are handled:
 * link reference definitions (the frozen ones are prepended to the tail; a new one that an
 * earlier block may use re-renders everything once) and footnotes (their numbering and section
 * span the document, so a stream with footnotes is rendered whole).
 */
export function createBlockRenderer(): BlockRenderer {
  let lastOptions: RenderOptions | undefined
  let lastTags = ''
  let config: Config | undefined
  let previous = ''
  let frozen: Block[] = []
  let frozenHeadings: Heading[] = []
  let frozenEnd = 0
  let definitions: string[] = []
  let definitionIds = new Set<string>()
  let slugs: Record<string, number> = {}
  let whole = false
  /** The unfinished nodes of the previous update, to reuse where nothing changed. */
  let previousTail: RootContent[] = []
  /** The unfinished blocks of the previous update, by key. */
  let previousTailBlocks = new Map<string, Block>()

  const reset = () => {
    frozen = []
    frozenHeadings = []
    frozenEnd = 0
    definitions = []
    definitionIds = new Set()
    slugs = {}
    whole = false
    previousTail = []
    previousTailBlocks = new Map()
  }

  /**
   * A block whose node is the previous update's keeps its Block object too, so Svelte's keyed
   * each sees the same item and does nothing for it.
   */
  const keep = (blocks: Block[]) =>
    blocks.map((block) => {
      const old = previousTailBlocks.get(block.key)
      return old?.node === block.node ? old : block
    })

  const renderWhole = (source: string, streaming: boolean): Rendered => {
    const { hast, headings } = processMarkdown(source, config!, {}, streaming)
    const nodes = streaming ? hidePending(hast.children) : hast.children
    return { blocks: toBlocks(nodes, 0, 0), headings }
  }

  const update = (
    source: string,
    options: RenderOptions,
    streaming: boolean,
    componentTags: readonly string[] = [],
  ): Rendered => {
    const tags = componentTags.join('\n')
    if (!sameOptions(options, lastOptions) || tags !== lastTags) {
      lastOptions = options
      lastTags = tags
      config = resolveConfig(options, componentTags)
      reset()
    }
    if (!streaming || !appended(source, previous)) reset()
    previous = source
    if (!streaming) return renderWhole(source, false)
    if (whole) return renderWhole(completeTail(source), true)

    const prefix = definitions.length > 0 ? `${definitions.join('\n')}\n\n` : ''
    const display = completeTail(source.slice(frozenEnd))
    const text = prefix + display
    const { mdast, hast, headings } = processMarkdown(text, config!, slugs, true)

    if (has(mdast, 'footnoteDefinition')) {
      whole = true
      return renderWhole(completeTail(source), true)
    }
    // A definition an earlier, frozen block may refer to: render everything again, once.
    const found = collectDefinitions(mdast.children)
    if (frozenEnd > 0 && found.some((node) => !definitionIds.has(node.identifier))) {
      reset()
      return update(source, options, streaming, componentTags)
    }

    const shift = frozenEnd - prefix.length
    const boundary = findBoundary(text, prefix.length, mdast.children, hast)
    let count = 0
    for (const node of hast.children) {
      const end = node.position?.end.offset
      const between = end === undefined && node.type === 'text' && node.value.trim() === ''
      if (!(between || (end !== undefined && end <= boundary))) break
      count++
    }
    // Unclosed component tags are left out only now: until then they span the tail and keep the
    // boundary before them, so their end tag is parsed together with their start tag.
    // Nodes equal to the previous update's (same place, same content) are the previous objects.
    // The previous tail starts where this parse starts, so the two line up node by node.
    const finishing = hidePending(hast.children.slice(0, count))
    const shared = shareUnchanged(
      finishing.concat(hidePending(hast.children.slice(count))),
      previousTail,
    )
    const finished = shared.slice(0, finishing.length)
    const tailNodes = shared.slice(finishing.length)
    previousTail = tailNodes
    const tailHeadings: Heading[] = []
    if (count > 0 && boundary > 0) {
      frozen = frozen.concat(keep(toBlocks(finished, shift, frozen.length)))
      // The renderer's own slugs, counted on in place (processMarkdown copies them).
      const slugger = new GithubSlugger()
      slugger.occurrences = slugs
      for (const heading of headings) {
        if (heading.offset >= boundary) {
          tailHeadings.push(strip(heading))
          continue
        }
        if (heading.slugged) slugger.slug(heading.text)
        frozenHeadings.push(strip(heading))
      }
      for (const node of found) {
        if (
          node.position!.start.offset! >= prefix.length &&
          node.position!.end.offset! <= boundary
        ) {
          definitions.push(text.slice(node.position!.start.offset!, node.position!.end.offset!))
          definitionIds.add(node.identifier)
        }
      }
      frozenEnd = boundary + shift
    } else {
      tailHeadings.push(...headings.map(strip))
    }
    const tailBlocks = keep(toBlocks(tailNodes, shift, frozen.length))
    previousTailBlocks = new Map(tailBlocks.map((block) => [block.key, block]))
    const blocks = frozen.concat(tailBlocks)
    return { blocks, headings: frozenHeadings.concat(tailHeadings) }
  }

  return { update }
}

/**
 * Where the finished part of the tail ends: the start of the line of the latest top-level block
 * that follows a blank line (or a block that cannot continue), such that no hast node spans it
 * (an HTML element opened before it and still open). 0 when nothing is finished yet.
 */
function findBoundary(
  text: string,
  start: number,
  children: MdastContent[],
  hast: HastRoot,
): number {
  const blocks = children.filter((node) => node.position!.start.offset! >= start)
  for (let index = blocks.length - 1; index > 0; index--) {
    const before = blocks[index - 1]!
    const offset = blocks[index]!.position!.start.offset!
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1
    const gap = text.slice(before.position!.end.offset!, lineStart)
    const closed =
      /\n[ \t]*\n/.test(`${gap}\n`) ||
      before.type === 'thematicBreak' ||
      (before.type === 'heading' && /^ {0,3}#/.test(text.slice(before.position!.start.offset!)))
    if (!closed) continue
    const spans = hast.children.some(
      (node) =>
        node.position &&
        node.position.start.offset! < lineStart &&
        node.position.end.offset! > lineStart,
    )
    if (!spans) return lineStart
  }
  return 0
}

/**
 * Whether `source` is `previous` with text appended. Not `startsWith`: a source grown by `+=` is a
 * deep rope of string pieces, which V8's `startsWith` walks character by character (about 1 ms
 * for 100 KB); `slice` flattens it once, and the comparison is then a memory compare.
 */
function appended(source: string, previous: string): boolean {
  return source.length >= previous.length && source.slice(0, previous.length) === previous
}

function collectDefinitions(
  nodes: MdastContent[],
): Array<Extract<MdastNodes, { type: 'definition' }>> {
  const found: Array<Extract<MdastNodes, { type: 'definition' }>> = []
  for (const node of nodes) {
    if (node.type === 'definition') found.push(node)
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      found.push(...collectDefinitions(node.children))
    }
  }
  return found
}

function has(node: MdastNodes, type: string): boolean {
  if (node.type === type) return true
  return 'children' in node && node.children.some((child) => has(child, type))
}

function strip(heading: Heading): Heading {
  return { depth: heading.depth, id: heading.id, text: heading.text }
}

function sameOptions(a: RenderOptions, b: RenderOptions | undefined): boolean {
  if (!b) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RenderOptions>
  for (const key of keys) if (a[key] !== b[key]) return false
  return true
}
