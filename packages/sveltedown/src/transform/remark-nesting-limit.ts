import type { Nodes, Root } from 'mdast'
import type { Processor } from 'unified'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { findDeepContainer } from '../parse/find-deep-container.js'
import { findDeepEmphasis } from './find-deep-emphasis.js'

/**
 * How deep the tree may nest. Every later step (mdast to hast, the rehype steps, user plugins,
 * the serializer) walks the tree recursively; a few frames per level stay far inside the stack
 * at this depth, in the main thread and in workers alike. Real documents nest a dozen levels.
 */
export const nestingLimit = 256

/**
 * Stop a document nested deeper than `nestingLimit` with a positioned `nesting_too_deep` error
 * instead of a stack overflow somewhere later: list items, block quotes and runs of emphasis
 * markers before parsing (parsing them that deep takes micromark minutes, and the syntax
 * extensions' own tree transforms, such as GFM autolinks, run inside parsing), everything
 * right after. The walk is iterative.
 */
export function remarkNestingLimit(this: Processor) {
  const parse = this.parser
  if (parse) {
    this.parser = (document, file) => {
      const deep = findDeepContainer(document, nestingLimit)
      if (deep) {
        const point = { line: deep.line, column: deep.column }
        throw createDiagnostic(
          'nesting_too_deep',
          { start: point, end: point },
          { kind: deep.kind, depth: deep.depth, limit: nestingLimit },
        )
      }
      const emphasis = findDeepEmphasis(document, nestingLimit)
      if (emphasis) {
        const point = { line: emphasis.line, column: emphasis.column }
        throw createDiagnostic(
          'nesting_too_deep',
          { start: point, end: point },
          { kind: 'emphasis', depth: emphasis.depth, limit: nestingLimit },
        )
      }
      return parse(document, file)
    }
  }
  return (tree: Root) => {
    const stack: Array<[node: Nodes, depth: number]> = [[tree, 0]]
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [Nodes, number]
      if (depth > nestingLimit) {
        const place = node.position ?? {
          start: { line: 1, column: 1 },
          end: { line: 1, column: 1 },
        }
        throw createDiagnostic('nesting_too_deep', place, {
          kind: kindOf(node),
          depth,
          limit: nestingLimit,
        })
      }
      if ('children' in node) {
        // A list item or a block's branch is part of its list or block: one level, as written.
        const step = partOfParent.has(node.type) ? 0 : 1
        for (const child of node.children as Nodes[]) stack.push([child, depth + step])
      }
    }
  }
}

const partOfParent = new Set(['listItem', 'svelteBlockBranch', 'svelteTextBlockBranch'])

function kindOf(node: Nodes): string {
  switch (node.type) {
    case 'list':
    case 'listItem':
      return 'a list'
    case 'blockquote':
      return 'a block quote'
    case 'emphasis':
    case 'strong':
    case 'delete':
      return 'emphasis'
    case 'svelteElement':
    case 'svelteTextElement':
      return 'an element'
    case 'svelteBlock':
    case 'svelteBlockBranch':
    case 'svelteTextBlock':
    case 'svelteTextBlockBranch':
      return 'a block'
    default:
      return `a ${node.type}`
  }
}
