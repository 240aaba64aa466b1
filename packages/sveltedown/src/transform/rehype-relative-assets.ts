import type { Element, ElementContent, Root, RootContent } from 'hast'
import { find, html } from 'property-information'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { importImage, isAliasPath, resolveImage, safeDecode } from '../assets/import-image.js'
import { parseSrcset } from '../assets/parse-srcset.js'
import type { CompileOptions } from '../options.js'
import { propertyAttributes } from '../serialize/property-attributes.js'
import type { HastSvelteElement } from '../types.js'
import { replaceProperty } from './replace-property.js'

/**
 * The attributes (hast property names) whose URL names a file the page loads, by element: the
 * image, its responsive candidates, media and their subtitles, a video's poster. A relative URL
 * there (or one through an import alias) is imported, whatever the element.
 */
export const assetAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
}

/**
 * Files named by a relative URL in the markup (`![alt](./img.png)`, `<img src="../a.png">`,
 * `<source srcset="./a.avif 1x, ./b.avif 2x">`, `<video src="./clip.mp4" poster="./p.jpg">`,
 * `<audio src>`, `<track src>`; see `assetAttributes`), or through an import alias
 * (`$lib/a.png`), are imported, so the bundler serves them with a hashed URL:
 * `src={Sveltedown_image_0}`, `srcset={Sveltedown_image_0 + " 1x, " + Sveltedown_image_1 + " 2x"}`.
 * With `images: 'enhanced'`, an `<img>` with a `src` and no `srcset` of its own becomes
 * `<enhanced:img src="./img.png">` for `@sveltejs/enhanced-img`. A missing file is
 * `asset_not_found`. It runs after the user's plugins (an image they add is imported too) and
 * before elements are replaced by components (an `img` component gets the URL).
 */
export function rehypeRelativeAssets(options: CompileOptions = {}) {
  const mode = options.images ?? true
  return (tree: Root, file: VFile) => {
    if (mode === false || !file.path) return
    walk(tree, (node, siblings, index) => {
      const names = assetAttributes[node.tagName]
      if (!names) return
      const src = node.properties.src
      if (
        mode === 'enhanced' &&
        node.tagName === 'img' &&
        typeof src === 'string' &&
        node.properties.srcSet == null
      ) {
        const position = positionOf(node, 'src')
        if (!isAliasPath(src) && resolveImage(file, src, position) === undefined) return
        siblings[index] = enhanced(node, safeDecode(src)) as unknown as Element
        return
      }
      for (const name of names) {
        const value = node.properties[name]
        if (typeof value !== 'string') continue
        const position = positionOf(node, name)
        const expression =
          name === 'srcSet'
            ? srcsetExpression(file, value, position, options)
            : importImage(file, value, position, options, label(node, name))
        if (expression !== undefined) replaceProperty(node, name, expression, position)
      }
    })
  }
}

/**
 * The `srcset` as an expression (`Sveltedown_image_0 + " 1x, /b.png 2x"`) when one of its
 * candidates is imported; otherwise `undefined`, and it stays as written.
 */
function srcsetExpression(
  file: VFile,
  value: string,
  position: Position | undefined,
  options: CompileOptions,
): string | undefined {
  const parts: string[] = []
  let text = ''
  let imported = false
  for (const [index, candidate] of parseSrcset(value).entries()) {
    if (index > 0) text += ', '
    const identifier = importImage(file, candidate.url, position, options, 'image')
    if (identifier === undefined) text += candidate.url
    else {
      if (text) parts.push(JSON.stringify(text))
      parts.push(identifier)
      text = ''
      imported = true
    }
    if (candidate.descriptor) text += ` ${candidate.descriptor}`
  }
  if (text) parts.push(JSON.stringify(text))
  return imported ? parts.join(' + ') : undefined
}

/** `<video src>`, `<source srcset>`; a plain image (the most common) is just "image". */
function label(node: Element, name: string): string {
  return node.tagName === 'img' && name === 'src'
    ? 'image'
    : `\`<${node.tagName} ${find(html, name).attribute}>\``
}

function positionOf(node: Element, name: string): Position | undefined {
  return node.data?.sveltePropertyPositions?.[name] ?? node.position
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
