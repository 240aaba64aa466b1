import { parse } from 'svelte/compiler'

interface AstNode {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/**
 * Whether a shadow offset is in Svelte syntax (a script, a style, a tag and its attributes, an
 * expression, a block's head) rather than in Markdown (prose and code, which reach the shadow as
 * text). Markdown regions get no Svelte completions or hovers. A shadow Svelte cannot parse is
 * left to the Svelte language server, which is tolerant.
 */
export function isSvelteSyntaxAt(code: string, offset: number): boolean {
  let root: AstNode
  try {
    root = parse(code, { modern: true }) as unknown as AstNode
  } catch {
    return true
  }
  for (const key of ['module', 'instance', 'css']) {
    const node = root[key] as AstNode | null | undefined
    if (node && node.start <= offset && offset <= node.end) return true
  }
  return inFragment(root.fragment as { nodes: AstNode[] }, offset)
}

function inFragment(fragment: { nodes: AstNode[] }, offset: number): boolean {
  for (const node of fragment.nodes) {
    // The cursor right after `{title}` is in the text that follows it.
    if (node.start <= offset && offset < node.end) return inNode(node, offset)
  }
  return false
}

function inNode(node: AstNode, offset: number): boolean {
  if (node.type === 'Text' || node.type === 'Comment') return false
  for (const value of Object.values(node)) {
    const fragment = value as { type?: string; nodes?: AstNode[] } | null
    if (fragment?.type !== 'Fragment' || !fragment.nodes?.length) continue
    const first = fragment.nodes[0] as AstNode
    const last = fragment.nodes.at(-1) as AstNode
    // Inside the children: they decide. Between the children and the closing tag is Markdown too.
    if (first.start <= offset && offset < last.end) return inFragment(fragment as never, offset)
  }
  return true
}

/** The offset of a 0-based line and character in a text. */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0
  for (let line = 0; line < position.line; line++) {
    const newline = text.indexOf('\n', offset)
    if (newline < 0) return text.length
    offset = newline + 1
  }
  return Math.min(offset + position.character, text.length)
}
