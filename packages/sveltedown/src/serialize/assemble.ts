import type { Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import type { HastSvelteScript, HastSvelteStyle, SvelteAttribute } from '../types.js'
import { createWriter, type SourceMapV3 } from './create-writer.js'
import { rawElement, toSvelte } from './to-svelte.js'

declare module 'vfile' {
  interface DataMap {
    /** Frontmatter keys to bring into scope in the markup (see `rehype-svelte-scope.ts`). */
    svelteScope: string[]
  }
}

/**
 * Write the component: one `<script module>` (ours, merged with the document's), the
 * document's instance script, the markup, and the document's styles.
 */
export function assemble(tree: Root, file: VFile): { code: string; map: SourceMapV3 } {
  const filename = file.path || 'input.svx'
  const writer = createWriter(filename, String(file.value))
  const moduleScripts: HastSvelteScript[] = []
  const instanceScripts: HastSvelteScript[] = []
  const styles: HastSvelteStyle[] = []
  const markup: RootContent[] = []

  for (const node of tree.children) {
    if (node.type === 'svelteScript') {
      ;(node.context === 'module' ? moduleScripts : instanceScripts).push(node)
    } else if (node.type === 'svelteStyle') styles.push(node)
    else markup.push(node)
  }

  writeModuleScript(writer, file, moduleScripts[0], instanceScripts[0])
  for (const script of [...moduleScripts.slice(1), ...instanceScripts]) {
    rawElement('script', script, writer)
    writer.write('\n\n')
  }

  trimWhitespace(markup)
  for (const node of markup) toSvelte(node, writer)
  writer.write('\n')

  for (const style of styles) {
    writer.write('\n')
    rawElement('style', style, writer)
    writer.write('\n')
  }

  return { code: writer.toString(), map: writer.toMap() }
}

function writeModuleScript(
  writer: ReturnType<typeof createWriter>,
  file: VFile,
  own: HastSvelteScript | undefined,
  instance: HastSvelteScript | undefined,
) {
  // `context="module"` is deprecated in Svelte 5: always write `module`, keeping `lang` and the rest.
  const attributes: SvelteAttribute[] = (own?.attributes ?? langOf(instance)).filter(
    (attribute) =>
      attribute.name !== 'module' &&
      !(attribute.name === 'context' && attribute.value === 'module'),
  )
  writer.write('<script module')
  for (const attribute of attributes) writer.write(` ${attribute.source}`)
  writer.write('>\n')
  writer.write(`export const metadata = ${toJs(file.data.frontmatter ?? {})};\n`)
  writer.write(`export const headings = ${toJs(file.data.headings ?? [])};\n`)
  const scope = file.data.svelteScope ?? []
  if (scope.length > 0) writer.write(`const { ${scope.join(', ')} } = metadata;\n`)
  if (own) writer.writeSource(own.value, own.valueStart)
  writer.write('</script>\n\n')
}

function langOf(script: HastSvelteScript | undefined): SvelteAttribute[] {
  const lang = script?.attributes.find((attribute) => attribute.name === 'lang')
  return lang ? [lang] : []
}

/** JSON is JavaScript; `<` is escaped so a value can never close the script. */
function toJs(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/** Drop the line breaks remark-rehype puts around the first and last block. */
function trimWhitespace(markup: RootContent[]) {
  while (isWhitespace(markup[0])) markup.shift()
  while (isWhitespace(markup[markup.length - 1])) markup.pop()
}

function isWhitespace(node: RootContent | undefined): boolean {
  return node?.type === 'text' && /^\s*$/.test(node.value)
}
