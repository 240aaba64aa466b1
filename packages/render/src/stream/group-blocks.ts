import type { Block } from '../types.js'

/** Blocks per group: small enough that the open group is cheap to compare, large enough to be few. */
const size = 64

/**
 * Split the blocks into groups of 64, reusing a previous group (the same array) when it holds the
 * very same blocks. `<Markdown>` renders one keyed each per group, so Svelte skips the groups of
 * finished blocks on every streamed update instead of walking a thousand unchanged blocks.
 */
export function groupBlocks(blocks: Block[], previous: Block[][]): Block[][] {
  const groups: Block[][] = []
  for (let start = 0; start < blocks.length; start += size) {
    const old = previous[groups.length]
    const end = Math.min(start + size, blocks.length)
    let same = old !== undefined && old.length === end - start
    for (let index = start; same && index < end; index++)
      same = old![index - start] === blocks[index]
    groups.push(same ? old! : blocks.slice(start, end))
  }
  return groups
}
