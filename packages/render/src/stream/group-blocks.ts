import type { Block } from '../types.js'

/** Blocks that stay children of the container, so a short document's DOM is plain. */
const flatCount = 64
/** Blocks per group, and groups per section. */
const size = 16

/**
 * The blocks as `<Markdown>` lays them out: the first 64 as children of the container, the rest
 * in groups of 16 blocks, the groups in sections of 16 (256 blocks), each a `<div>`. Every array
 * is the previous call's array when it holds the very same items, so Svelte skips the unchanged
 * groups and sections on a streamed update.
 */
export interface GroupedBlocks {
  flat: Block[]
  sections: Block[][][]
}

/**
 * Why two levels: a browser lays out every child of a container again when its last child grows.
 * The final state of the bench's 100 KB stream (1,204 blocks) with one paragraph's text changed,
 * per layout in Chromium: flat 1.4–2.2 ms; 64 flat then `<div>`s of 64, 0.18–0.41; 64 flat then
 * 16 × 16, 0.10–0.26. Wrapping the first 64 too (0.06–0.15) would put `<div>`s in every short
 * document's HTML, so it is not done.
 */
export function groupBlocks(blocks: Block[], previous: GroupedBlocks | undefined): GroupedBlocks {
  const flat = slice(blocks, 0, Math.min(flatCount, blocks.length), previous?.flat)
  const sections: Block[][][] = []
  for (let start = flatCount; start < blocks.length; start += size * size) {
    const old = previous?.sections[sections.length]
    const groups: Block[][] = []
    const end = Math.min(start + size * size, blocks.length)
    for (let from = start; from < end; from += size) {
      groups.push(slice(blocks, from, Math.min(from + size, end), old?.[groups.length]))
    }
    sections.push(slice(groups, 0, groups.length, old))
  }
  return { flat, sections: slice(sections, 0, sections.length, previous?.sections) }
}

/** `list.slice(start, end)`, or `old` when it holds the same items (no new array then). */
function slice<T>(list: T[], start: number, end: number, old: T[] | undefined): T[] {
  if (old === undefined || old.length !== end - start) return list.slice(start, end)
  for (let index = start; index < end; index++) {
    if (list[index] !== old[index - start]) return list.slice(start, end)
  }
  return old
}
