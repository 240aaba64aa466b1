import type { Code, Parent, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'

/**
 * `<Example>` on its own lines shows its content twice from one source: as a highlighted `svx`
 * code block (the text between the tags, as written) followed by the element itself, which
 * renders the content live. The page cannot show code that differs from what it renders.
 */
export function remarkLiveExamples() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    visitParents(tree, (parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index] as RootContent & { name?: string }
        if (child.type !== 'svelteElement' || child.name !== 'Example') continue
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        const lines = source.slice(start, end).split('\n').slice(1, -1)
        const code: Code = { type: 'code', lang: 'svx', meta: null, value: dedent(lines) }
        parent.children.splice(index, 0, code as RootContent)
        index++
      }
    })
  }
}

function visitParents(node: Parent, visit: (parent: Parent) => void) {
  visit(node)
  for (const child of node.children) {
    if ('children' in child) visitParents(child as Parent, visit)
  }
}

function dedent(lines: string[]): string {
  const indents = lines
    .filter((line) => line.trim())
    .map((line) => line.length - line.trimStart().length)
  const indent = Math.min(...indents, Number.POSITIVE_INFINITY)
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n')
}
