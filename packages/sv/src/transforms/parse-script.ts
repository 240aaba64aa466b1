import { parse } from '@sveltejs/sv-utils'
import { SetupError } from './setup-error.js'

/** An ESTree (with TypeScript) node, with offsets into the parsed source. */
export interface AstNode {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/**
 * Parse JavaScript or TypeScript with `@sveltejs/sv-utils` (Svelte's own parser, TypeScript
 * syntax allowed), and give every node offsets into `source` itself: sv-utils parses the code as
 * the content of a `<script>`, so its offsets are shifted by the length of that tag.
 */
export function parseScript(source: string, filename: string): AstNode {
  let program: AstNode
  try {
    program = parse.script(source).ast as unknown as AstNode
  } catch (error) {
    throw new SetupError(
      'config_unparsable',
      `Could not parse ${filename}${lineOf(error)}: ${firstLine(error)}. Fix the syntax error, then run the add-on again.`,
    )
  }
  const shift = program.start
  if (shift !== 0) {
    walk(program, (node) => {
      node.start -= shift
      node.end -= shift
    })
  }
  return program
}

/** ` (line N)` from a Svelte parse error; the `<script>` wrapper does not change line numbers. */
function lineOf(error: unknown): string {
  const line = (error as { start?: { line?: unknown } } | null)?.start?.line
  return typeof line === 'number' ? ` (line ${line})` : ''
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

/** Visit every node, parents before children. Return `false` to skip a node's children. */
export function walk(node: AstNode, visit: (node: AstNode, parent?: AstNode) => unknown) {
  const seen = new Set<AstNode>()
  const step = (current: AstNode, parent?: AstNode) => {
    if (seen.has(current)) return
    seen.add(current)
    if (visit(current, parent) === false) return
    for (const [key, value] of Object.entries(current)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isNode(item)) step(item, current)
      }
    }
  }
  step(node)
}

export function isNode(value: unknown): value is AstNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { start?: unknown }).start === 'number'
  )
}

/** A child node, or `undefined`. */
export function child(node: AstNode, key: string): AstNode | undefined {
  const value = node[key]
  return isNode(value) ? value : undefined
}

/** A list of child nodes (holes and non-nodes dropped). */
export function children(node: AstNode, key: string): AstNode[] {
  const value = node[key]
  return Array.isArray(value) ? value.filter(isNode) : []
}

/** Strip `satisfies T`, `as T`, `x!` and parentheses around an expression. */
export function unwrap(node: AstNode): AstNode {
  let current = node
  while (
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSAsExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'ParenthesizedExpression'
  ) {
    const inner = child(current, 'expression')
    if (!inner) break
    current = inner
  }
  return current
}

/** The top-level imports: `source` to the local names of its specifiers (`imported` → `local`). */
export interface ImportInfo {
  node: AstNode
  source: string
  /** imported name (`default` for default imports) to local name */
  names: Map<string, string>
}

export function readImports(program: AstNode): ImportInfo[] {
  return children(program, 'body')
    .filter((node) => node.type === 'ImportDeclaration')
    .map((node) => {
      const names = new Map<string, string>()
      for (const specifier of children(node, 'specifiers')) {
        const local = child(specifier, 'local')?.name
        if (typeof local !== 'string') continue
        if (specifier.type === 'ImportDefaultSpecifier') names.set('default', local)
        else if (specifier.type === 'ImportNamespaceSpecifier') names.set('*', local)
        else {
          const imported = child(specifier, 'imported')
          const name = imported?.name ?? imported?.value
          if (typeof name === 'string') names.set(name, local)
        }
      }
      return { node, source: String(child(node, 'source')?.value ?? ''), names }
    })
}

/** Whether `node` is a call of the identifier `name`: `name(...)`. */
export function isCallOf(node: AstNode | undefined, name: string): boolean {
  if (node?.type !== 'CallExpression') return false
  const callee = child(node, 'callee')
  return callee?.type === 'Identifier' && callee.name === name
}
