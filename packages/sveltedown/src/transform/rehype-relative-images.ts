import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { importImage, isAliasPath, resolveImage, safeDecode } from '../assets/import-image.js'
import type { CompileOptions } from '../options.js'
import { propertyAttributes } from '../serialize/property-attributes.js'
import type { HastSvelteElement } from '../types.js'

/**
 * Images with a relative `src` (`![alt](./img.png)`, `<img src="../a.png">`) or one through an
 * import alias (`$lib/a.png`) are imported, so
 * the bundler serves them with a hashed URL: `src={Sveltedown_image_0}`. With
 * `images: 'enhanced'` they become `<enhanced:img src="./img.png">` for `@sveltejs/enhanced-img`.
 * A missing file is `asset_not_found`. It runs after the user's plugins (an image they add is
 * imported too) and before elements are replaced by components (an `img` component gets the
 * URL).
 */
export function rehypeRelativeImages(options: CompileOptions = {}) {
  const mode = options.images ?? true
  return (tree: Root, file: VFile) => {
    if (mode === false || !file.path) return
    walk(tree, (node, siblings, index) => {
      const src = node.properties.src
      if (node.tagName !== 'img' || typeof src !== 'string') return
      const position = node.data?.sveltePropertyPositions?.src ?? node.position
      if (mode === 'enhanced') {
        if (!isAliasPath(src) && resolveImage(file, src, position) === undefined) return
        siblings[index] = enhanced(node, safeDecode(src)) as unknown as Element
        return
      }
      const identifier = importImage(file, src, position, options)
      if (identifier === undefined) return
      const dynamic = node.data?.svelteAttributes ?? []
      dynamic.push({
        name: 'src',
        value: null,
        source: `src={${identifier}}`,
        // Written in pieces, so only the start maps: the text is not a copy of the source.
        parts: [{ text: `src={${identifier}}`, start: position?.start }],
        after: Object.keys(node.properties).indexOf('src'),
      })
      delete node.properties.src
      node.data = { ...node.data, svelteAttributes: dynamic } as Element['data']
    })
  }
}

/** `<enhanced:img>` with the element's attributes; enhanced-img imports the `src` itself. */
function enhanced(node: Element, src: string): HastSvelteElement {
  return {
    type: 'svelteElement',
    name: 'enhanced:img',
    attributes: propertyAttributes(
      { ...node.properties, src },
      node.data?.svelteAttributes ?? [],
      undefined,
      node.data?.sveltePropertyPositions,
    ),
    selfClosing: true,
    children: [],
    position: node.position,
  }
}

/** Every element, with the list it is in, so it can be replaced. */
function walk(
  parent: { children: Array<RootContent | ElementContent> },
  visitor: (node: Element, siblings: Array<RootContent | ElementContent>, index: number) => void,
) {
  parent.children.forEach((child, index) => {
    if (child.type === 'element') visitor(child, parent.children, index)
    const current = parent.children[index]
    if (current && 'children' in current) {
      walk(current as { children: Array<RootContent | ElementContent> }, visitor)
    }
  })
}
