import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { fs, path } from '#platform'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { readElementExports } from '../layout/read-component-exports.js'
import { frontmatterValuePosition, resolveLayout, resolvePath } from '../layout/resolve-layout.js'
import type { CompileOptions } from '../options.js'
import { propertyAttributes } from '../serialize/property-attributes.js'
import type { HastSvelteElement } from '../types.js'

/** A component a document imports: `import { a as Sveltedown_a } from '...'`. */
export interface SvelteImport {
  identifier: string
  /** Absolute path of the module. */
  from: string
  /** `default`, or the named export. */
  imported: string
}

declare module 'vfile' {
  interface DataMap {
    /** The layout the document is wrapped in (absolute path). */
    svelteLayout: string | undefined
    /** Modules the document imports: components for replaced elements, images. */
    svelteImports: SvelteImport[]
    /**
     * Files the output depends on (layouts, images, linked documents), for the preprocessor's
     * `dependencies`.
     */
    dependencies: string[]
  }
}

/**
 * Replace HTML elements by components: those a layout exports from its module script
 * (`export { default as a } from './Link.svelte'`), and those of the `components` option. It
 * runs after user plugins, so elements they add are replaced too. The element's attributes
 * become props and its content `children`.
 */
export function rehypeSvelteComponents(options: CompileOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const layout = resolveLayout(options, file)
    file.data.svelteLayout = layout
    // Images and linked documents (steps before this one) are already listed.
    file.data.dependencies = [...(layout ? [layout] : []), ...(file.data.dependencies ?? [])]
    file.data.svelteImports ??= []

    if (layout) assertExists(layout, 'layout', file)
    const replacements = new Map<string, SvelteImport>()
    for (const [name, component] of Object.entries(options.components ?? {})) {
      const from = resolvePath(options, component)
      assertExists(from, `components.${name}`, file)
      replacements.set(name, { identifier: identifierFor(name), from, imported: 'default' })
    }
    // The layout is chosen per document, so what it exports wins over the global option.
    if (layout) {
      for (const name of await readElementExports(layout)) {
        replacements.set(name, { identifier: identifierFor(name), from: layout, imported: name })
      }
    }
    if (replacements.size === 0) return

    const used = new Set<SvelteImport>()
    replace(tree, replacements, used)
    file.data.svelteImports.push(...used)
  }
}

/** A configured file that does not exist is an error, not a silently missing layout. */
function assertExists(file: string, option: string, vfile: VFile) {
  if (fs.existsSync(file)) return
  // Named as the user configured it: relative to the project root.
  const relative = path.relative(vfile.cwd, file).split(path.sep).join('/')
  throw createDiagnostic('component_not_found', frontmatterValuePosition(vfile, 'layout'), {
    file: relative.startsWith('..') ? file : relative,
    option,
  })
}

function identifierFor(name: string): string {
  return `Sveltedown_${name.replace(/[^\w$]/g, '_')}`
}

/** Replace elements under `parent`; whether any was replaced. */
function replace(
  parent: Root | Element | { children: Array<RootContent | ElementContent> },
  replacements: Map<string, SvelteImport>,
  used: Set<SvelteImport>,
): boolean {
  const children = parent.children as Array<RootContent | ElementContent>
  let changed = false
  children.forEach((child, index) => {
    // A recorded block is still empty: its content is needed when elements in it are replaced.
    const memo = child.type === 'element' ? child.data?.svelteMemo : undefined
    if (memo?.fill && memo.tagNames.some((name) => replacements.has(name))) memo.fill()
    if ('children' in child && replace(child as Element, replacements, used)) {
      changed = true
      // Markup recorded for this subtree (a highlighted block) no longer matches it.
      if (child.type === 'element' && child.data?.svelteMemo) delete child.data.svelteMemo
    }
    if (child.type !== 'element') return
    const replacement = replacements.get(child.tagName)
    if (!replacement) return
    changed = true
    used.add(replacement)
    const component: HastSvelteElement = {
      type: 'svelteElement',
      name: replacement.identifier,
      attributes: propertyAttributes(
        child.properties,
        child.data?.svelteAttributes ?? [],
        undefined,
        child.data?.sveltePropertyPositions,
      ),
      selfClosing: child.children.length === 0,
      children: child.children,
      position: child.position,
      data: { svelteReplaces: child.tagName },
    }
    children[index] = component as unknown as Element
  })
  return changed
}
