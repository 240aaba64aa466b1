import type { Element, Root, RootContent } from 'hast'

/**
 * remark-rehype puts a line break between every two blocks of a container. Where the author
 * wrote two of them on one line (`{a}{#if b}!{/if}`, `<A /> <B />`), that line break would
 * become white space Svelte renders, so it is removed: such nodes stay as adjacent as written.
 * The breaks it inserts are the text nodes without a position.
 */
export function rehypeSvelteLineBreaks() {
  return (tree: Root) => {
    visit(tree)
  }
}

function visit(parent: Root | Element | { children: RootContent[] }) {
  const children = parent.children as RootContent[]
  for (let index = children.length - 2; index > 0; index--) {
    const node = children[index]
    if (node?.type !== 'text' || node.position || node.value !== '\n') continue
    const previous = children[index - 1]
    // Two inserted line breaks in a row (one from the parser, between inline content on two
    // lines, and one from remark-rehype, between blocks) are one.
    if (previous?.type === 'text' && !previous.position && previous.value === '\n') {
      children.splice(index, 1)
      continue
    }
    // A hard break (`<br>`) is followed by its own line break, which is content.
    if (previous?.type === 'element' && previous.tagName === 'br') continue
    const before = previous?.position?.end.line
    const after = children[index + 1]?.position?.start.line
    if (before !== undefined && before === after) children.splice(index, 1)
  }
  for (const child of children) {
    if ('children' in child) visit(child as { children: RootContent[] })
  }
}
