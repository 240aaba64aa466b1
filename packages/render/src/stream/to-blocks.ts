import type { RootContent } from 'hast'
import type { Block } from '../types.js'

/**
 * Top-level hast nodes as keyed blocks. The key is where the node starts in the whole source
 * (`shift` turns a tail's offsets into the document's) and what it is, so the same block gets the
 * same key in a streamed render and in a full one. The newlines mdast-util-to-hast puts between
 * blocks have no position and no visible effect; they are left out.
 */
export function toBlocks(nodes: RootContent[], shift: number, index: number): Block[] {
  const blocks: Block[] = []
  const seen = new Set<string>()
  let unplaced = index
  for (const node of nodes) {
    const start = node.position?.start.offset
    if (start === undefined && node.type === 'text' && node.value.trim() === '') continue
    const kind = node.type === 'element' ? node.tagName : node.type
    let key = start === undefined ? `${kind}#${unplaced++}` : `${kind}@${start + shift}`
    // Plugins may add nodes that reuse a position; keys must stay unique for Svelte's keyed each.
    while (seen.has(key)) key += '+'
    seen.add(key)
    blocks.push({ key, node })
  }
  return blocks
}
