import type { HastSvelteScript } from '../types.js'

interface EstreeNode {
  type: string
  [key: string]: unknown
}

/**
 * Names declared at the top level of the document's scripts (imports, variables, functions,
 * classes, `let { a } = $props()`), read with Svelte's own parser so TypeScript works too.
 * Frontmatter keys with these names are not put in scope, so the document's own wins.
 * Returns `undefined` when a script does not parse: Svelte reports that error itself later.
 */
export async function declaredNames(scripts: HastSvelteScript[]): Promise<Set<string> | undefined> {
  const names = new Set<string>()
  if (scripts.length === 0) return names
  const { parse } = await import('svelte/compiler')
  for (const script of scripts) {
    const lang = script.attributes.find((attribute) => attribute.name === 'lang')
    const open = lang ? `<script ${lang.source}>` : '<script>'
    let program: { body: EstreeNode[] }
    try {
      // An inner `</script` (in a string) would end the script early, as it does for Svelte.
      const value = script.value.replaceAll('</script', '<\\/script')
      const ast = parse(`${open}${value}</script>`, { modern: true })
      program = (ast.instance?.content ?? ast.module?.content) as unknown as { body: EstreeNode[] }
    } catch {
      return undefined
    }
    for (const statement of program?.body ?? []) addStatement(statement, names)
  }
  return names
}

function addStatement(node: EstreeNode, names: Set<string>) {
  switch (node.type) {
    case 'ImportDeclaration':
      for (const specifier of node.specifiers as EstreeNode[]) addPattern(specifier.local, names)
      return
    case 'VariableDeclaration':
      for (const declarator of node.declarations as EstreeNode[]) addPattern(declarator.id, names)
      return
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSEnumDeclaration':
      addPattern(node.id, names)
      return
    case 'ExportNamedDeclaration':
      if (node.declaration) addStatement(node.declaration as EstreeNode, names)
      return
    default:
      return
  }
}

function addPattern(node: unknown, names: Set<string>) {
  const pattern = node as EstreeNode | null | undefined
  if (!pattern) return
  switch (pattern.type) {
    case 'Identifier':
      names.add(pattern.name as string)
      return
    case 'ObjectPattern':
      for (const property of pattern.properties as EstreeNode[]) {
        addPattern(property.type === 'RestElement' ? property.argument : property.value, names)
      }
      return
    case 'ArrayPattern':
      for (const element of pattern.elements as EstreeNode[]) addPattern(element, names)
      return
    case 'RestElement':
      addPattern(pattern.argument, names)
      return
    case 'AssignmentPattern':
      addPattern(pattern.left, names)
      return
    default:
      return
  }
}
