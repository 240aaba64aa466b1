import type { Parent, PhrasingContent, RootContent } from 'mdast'
import type { Handle, Info, Options, State } from 'mdast-util-to-markdown'
import type {
  SvelteAttribute,
  SvelteBlock,
  SvelteElement,
  SvelteExpression,
  SvelteScript,
  SvelteStyle,
  SvelteTextBlock,
  SvelteTextElement,
  SvelteTextExpression,
} from '../types.js'
import { isPhrasingNode } from './is-phrasing-node.js'

/**
 * Serialize sveltedown's nodes back to Markdown, for remark plugins that stringify (such as
 * formatters). Tags and braces are written from their source; content goes through the normal
 * Markdown serializer.
 */
export function svelteToMarkdown(): Options {
  return {
    handlers: {
      svelteElement: element,
      svelteTextElement: element,
      svelteBlock: block,
      svelteTextBlock: block,
      svelteExpression: expression,
      svelteTextExpression: expression,
      svelteScript: raw,
      svelteStyle: raw,
    },
  }
}

const element = ((
  node: SvelteElement | SvelteTextElement,
  _: unknown,
  state: State,
  info: Info,
) => {
  const open = `<${node.name}${attributes(node.attributes)}`
  if (node.selfClosing && node.children.length === 0) return `${open} />`
  if (node.type === 'svelteElement') {
    const inner = state.containerFlow(asFlow(node), info)
    return `${open}>\n${inner}\n</${node.name}>`
  }
  return `${open}>${state.containerPhrasing(node, info)}</${node.name}>`
}) as Handle

const block = ((node: SvelteBlock | SvelteTextBlock, _: unknown, state: State, info: Info) => {
  const flow = node.type === 'svelteBlock'
  let result = ''
  for (const branch of node.children) {
    const inner =
      branch.type === 'svelteBlockBranch'
        ? state.containerFlow(asFlow(branch), info)
        : state.containerPhrasing(branch, info)
    result += flow ? `{${branch.tag}}\n${inner}\n` : `{${branch.tag}}${inner}`
  }
  return `${result}{${node.closing}}`
}) as Handle

/**
 * Text that touches an element's or block's tags is kept without a paragraph when parsed (see
 * `unravel-paragraphs.ts`); to write it back, each run of it is written as a paragraph would be.
 */
function asFlow<T extends Parent>(node: T): T {
  const children: RootContent[] = []
  let run: PhrasingContent[] | undefined
  for (const child of node.children as RootContent[]) {
    if (isPhrasingNode(child.type)) {
      if (!run) {
        run = []
        children.push({ type: 'paragraph', children: run })
      }
      run.push(child as PhrasingContent)
    } else {
      run = undefined
      children.push(child)
    }
  }
  return { ...node, children }
}

const expression = ((node: SvelteExpression | SvelteTextExpression) => `{${node.value}}`) as Handle

const raw = ((node: SvelteScript | SvelteStyle) => {
  const name = node.type === 'svelteScript' ? 'script' : 'style'
  return `<${name}${attributes(node.attributes)}>${node.value}</${name}>`
}) as Handle

function attributes(list: SvelteAttribute[]): string {
  return list.map((attribute) => ` ${attribute.source}`).join('')
}
