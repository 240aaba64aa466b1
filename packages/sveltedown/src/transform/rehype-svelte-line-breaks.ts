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
  // Which breaks go, decided from the end as if each were removed at once; the array is compacted
  // once afterwards (a splice per break made a line of many expressions quadratic).
  const removed = new Uint8Array(children.length)
  let removedCount = 0
  // The nearest node after `index` that stays.
  let next = children[children.length - 1]
  for (let index = children.length - 2; index > 0; index--) {
    const node = children[index] as RootContent
    if (isInsertedBreak(node) && removes(children[index - 1], next)) {
      removed[index] = 1
      removedCount++
    } else next = node
  }
  if (removedCount > 0) {
    let kept = 0
    for (let index = 0; index < children.length; index++) {
      if (!removed[index]) children[kept++] = children[index] as RootContent
    }
    children.length = kept
  }
  for (const child of children) {
    if ('children' in child) visit(child as { children: RootContent[] })
  }
}

function isInsertedBreak(node: RootContent | undefined): boolean {
  return node?.type === 'text' && !node.position && node.value === '\n'
}

/** Whether an inserted line break between `previous` and `next` goes. */
function removes(previous: RootContent | undefined, next: RootContent | undefined): boolean {
  // Two inserted line breaks in a row (one from the parser, between inline content on two
  // lines, and one from remark-rehype, between blocks) are one.
  if (isInsertedBreak(previous)) return true
  // A hard break (`<br>`) is followed by its own line break, which is content.
  if (previous?.type === 'element' && previous.tagName === 'br') return false
  const before = previous?.position?.end.line
  return before !== undefined && before === next?.position?.start.line
}
