import { htmlTagNames } from 'html-tag-names'
import { fs } from '#platform'

const elementNames = new Set(htmlTagNames)
const cache = new Map<string, { mtime: number; names: string[] }>()

/**
 * The element names a layout replaces: named exports of its module script whose names are HTML
 * elements (`export { default as a } from './Link.svelte'`). Other exports are ignored. Read
 * with Svelte's parser and cached until the file changes.
 */
export async function readElementExports(file: string): Promise<string[]> {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) return []
  const cached = cache.get(file)
  if (cached && cached.mtime === stat.mtimeMs) return cached.names
  const { parse } = await import('svelte/compiler')
  const source = fs.readFileSync(file, 'utf8')
  let names: string[] = []
  try {
    const ast = parse(source, { modern: true })
    const body = (ast.module?.content.body ?? []) as unknown as ExportNode[]
    names = body.flatMap(exportedNames).filter((name) => elementNames.has(name))
  } catch {
    // A layout that does not parse is reported by Svelte when it compiles; it replaces nothing.
    names = []
  }
  cache.set(file, { mtime: stat.mtimeMs, names })
  return names
}

interface ExportNode {
  type: string
  specifiers?: Array<{ exported: { type: string; name?: string; value?: unknown } }>
  declaration?: {
    type: string
    id?: { name: string } | null
    declarations?: Array<{ id: { type: string; name?: string } }>
  } | null
}

function exportedNames(node: ExportNode): string[] {
  if (node.type !== 'ExportNamedDeclaration') return []
  const names: string[] = []
  for (const specifier of node.specifiers ?? []) {
    const exported = specifier.exported
    const name = exported.type === 'Identifier' ? exported.name : String(exported.value)
    if (name) names.push(name)
  }
  const declaration = node.declaration
  if (declaration?.id?.name) names.push(declaration.id.name)
  for (const declarator of declaration?.declarations ?? []) {
    if (declarator.id.type === 'Identifier' && declarator.id.name) names.push(declarator.id.name)
  }
  return names
}
