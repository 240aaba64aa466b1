import type { Nodes, Paragraph, Parent, Root, RootContent } from 'mdast'
import { canBeInParagraph, childrenKind, isHtmlElement, keepsWhiteSpace } from './content-model.js'
import { isPhrasingNode } from './is-phrasing-node.js'

/**
 * Where a paragraph sits: among Markdown blocks (the document, a component, a list item) or among
 * the children of an HTML element (`html`), where text that touches a tag is the element's text.
 */
type Place = 'markdown' | 'html'

/**
 * Remove the paragraphs that are not paragraphs the author meant, keeping their content in place:
 * - one that holds only Svelte and white space (`<Badge>new</Badge>` or `{name}` alone on a line);
 * - an element read inline on lines of its own (`<p>\ntext\n</p>`, see `svelte-inline-flow.ts`);
 * - one that holds an element a `<p>` cannot hold (`<div>`, `<p>`, `<table>`, …) or a child that
 *   must stay a direct child of its parent (`<summary>`, `<li>`, `slot="…"`, `{#snippet}`): a
 *   `<p>` around them would change what Svelte renders, or be rejected by it;
 * - text that touches a tag line with no blank line between: inside an HTML element, right after
 *   its opening tag or any other tag line; anywhere, right after an HTML element. That is
 *   CommonMark's rule for HTML blocks, which mdsvex follows: `<div>\ntext\n</div>` is a `div`
 *   with text, while `<div>\n\ntext\n\n</div>` holds a paragraph.
 */
export function unravelParagraphs(tree: Root): undefined {
  walk(tree, 'markdown')
}

function walk(parent: Parent, place: Place): void {
  const children = parent.children as RootContent[]
  let index = 0
  while (index < children.length) {
    const child = children[index]
    const previous = children[index - 1]
    if (child.type === 'paragraph' && !isParagraph(child, parent, previous, place)) {
      // After text or an inline element on an earlier line, the line break between them is
      // white space Svelte keeps (`<button>a</button>\n<button>b</button>`). After a block,
      // remark-rehype puts the line break in.
      const apart =
        previous !== undefined &&
        isPhrasingNode(previous.type) &&
        (previous.position?.end.line ?? Number.POSITIVE_INFINITY) <
          (child.position?.start.line ?? 0)
      const inserted: RootContent[] = apart
        ? [{ type: 'text', value: '\n' }, ...child.children]
        : child.children
      children.splice(index, 1, ...inserted)
      // Its children are walked next, where they now are.
      continue
    }
    if (
      (child.type === 'svelteElement' || child.type === 'svelteTextElement') &&
      keepsWhiteSpace(child.name)
    ) {
      markVerbatim(child)
    }
    if ('children' in child) walk(child, placeOf(child, place))
    index++
  }
}

function placeOf(node: Nodes, place: Place): Place {
  // `<svelte:fragment slot="…">` holds slot content, as `{#snippet}` does, and reads like it.
  if (node.type === 'svelteElement' && node.name === 'svelte:fragment') return 'html'
  if (node.type === 'svelteElement')
    return childrenKind(node.name) === 'blocks' ? 'markdown' : 'html'
  // A block's tags are tags like an HTML element's: text that touches them is the block's text.
  if (node.type === 'svelteBlock') return place
  if (node.type === 'svelteBlockBranch') return 'html'
  return 'markdown'
}

function isParagraph(
  paragraph: Paragraph,
  parent: Parent,
  previous: RootContent | undefined,
  place: Place,
): boolean {
  if (paragraph.data?.svelteUnwrap || paragraph.children.length === 0) return false
  if (isOnlySvelte(paragraph) || holdsBlock(paragraph, true)) return false
  return !touchesTag(paragraph, parent, previous, place)
}

function isOnlySvelte(paragraph: Paragraph): boolean {
  let svelte = false
  for (const child of paragraph.children) {
    if (
      child.type === 'svelteTextElement' ||
      child.type === 'svelteTextBlock' ||
      child.type === 'svelteTextExpression'
    ) {
      svelte = true
    } else if (!(child.type === 'text' && /^\s*$/.test(child.value))) {
      return false
    }
  }
  return svelte
}

/**
 * Whether a paragraph holds an element that cannot be in a `<p>`, at any depth inside HTML
 * elements and blocks (a component's children are rendered by the component, not in the `<p>`).
 * Direct children that must stay direct children count too.
 */
function holdsBlock(parent: Parent, direct: boolean): boolean {
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'svelteTextElement') {
      if (
        direct
          ? !canBeInParagraph(child.name, child.attributes)
          : isHtmlElement(child.name) && !canBeInParagraph(child.name)
      ) {
        return true
      }
      if (isHtmlElement(child.name) && holdsBlock(child, false)) return true
    } else if (child.type === 'svelteTextBlock') {
      if (direct && child.name === 'snippet') return true
      if (child.children.some((branch) => holdsBlock(branch, direct))) return true
    } else if (
      'children' in child &&
      child.type !== 'svelteTextBlockBranch' &&
      holdsBlock(child, false)
    ) {
      return true
    }
  }
  return false
}

/** Whether a paragraph starts on the line right after a tag line it belongs with. */
function touchesTag(
  paragraph: Paragraph,
  parent: Parent,
  previous: RootContent | undefined,
  place: Place,
): boolean {
  const line = paragraph.position?.start.line
  if (line === undefined) return false
  if (previous) {
    if (previous.position?.end.line !== line - 1) return false
    if (place === 'html') return isTagLike(previous)
    return (
      (previous.type === 'svelteElement' || previous.type === 'svelteTextElement') &&
      isHtmlElement(previous.name)
    )
  }
  if (place !== 'html') return false
  const node = parent as Nodes
  const opening =
    node.type === 'svelteElement'
      ? node.data?.openingPosition?.end.line
      : node.type === 'svelteBlockBranch'
        ? node.tagPosition?.end.line
        : undefined
  return opening === line - 1
}

/** Nodes written as Svelte or HTML rather than as Markdown blocks. */
function isTagLike(node: RootContent): boolean {
  switch (node.type) {
    case 'svelteElement':
    case 'svelteTextElement':
    case 'svelteBlock':
    case 'svelteTextBlock':
    case 'svelteExpression':
    case 'svelteTextExpression':
    case 'html':
    case 'text':
      return true
    default:
      return false
  }
}

function markVerbatim(parent: Parent): void {
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'text') child.data = { ...child.data, svelteVerbatim: true }
    else if ('children' in child) markVerbatim(child)
  }
}
