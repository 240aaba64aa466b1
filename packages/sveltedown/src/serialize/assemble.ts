import type { Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { toSveltedownError } from '../diagnostics/to-sveltedown-error.js'
import { importPath } from '../layout/resolve-layout.js'
import type { HastSvelteScript, HastSvelteStyle, SvelteAttribute } from '../types.js'
import { createWriter, type SourceMapV3 } from './create-writer.js'
import { toJsValue } from './to-js-value.js'
import { rawElement, rawTextElementAsHtml, toSvelte } from './to-svelte.js'

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
  const layout = file.data.svelteLayout
  if (layout) {
    // `<svelte:head>` and friends must stay at the top level, outside the layout.
    const meta = markup.filter(isSvelteMeta)
    for (const node of meta) {
      writeNode(node, writer, true)
      writer.write('\n')
    }
    writer.write('<Sveltedown_Layout {...metadata}>\n')
    const content = markup.filter((node) => !isSvelteMeta(node))
    trimWhitespace(content)
    for (const node of content) writeNode(node, writer, false)
    writer.write('\n</Sveltedown_Layout>\n')
  } else {
    for (const node of markup) writeNode(node, writer, true)
    writer.write('\n')
  }

  for (const style of styles) {
    writer.write('\n')
    rawElement('style', style, writer)
    writer.write('\n')
  }

  return { code: writer.toString(), map: writer.toMap() }
}

/**
 * One node of the markup. At the top level a `<style>` or `<script>` element (from a plugin)
 * must not become the component's own. An unexpected error is reported at the top-level node
 * it happened in: the nearest place we know.
 */
function writeNode(node: RootContent, writer: ReturnType<typeof createWriter>, topLevel: boolean) {
  try {
    if (!(topLevel && rawTextElementAsHtml(node, writer))) toSvelte(node, writer)
  } catch (error) {
    throw toSveltedownError(error, node.position)
  }
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
  writeImports(writer, file)
  writeMetadata(writer, file)
  writeHeadings(writer, file)
  const scope = file.data.svelteScope ?? []
  const frontmatter = file.data.frontmatter ?? {}
  const written = scope.filter((key) => Object.hasOwn(frontmatter, key))
  if (written.length > 0) writer.write(`const { ${written.join(', ')} } = metadata;\n`)
  // Keys the `content` schema declares that this document leaves out: `undefined` here, and
  // typed so (a type checker reads `metadata` as the object written above, without them).
  for (const key of scope) {
    if (!Object.hasOwn(frontmatter, key)) writer.write(`const ${key} = undefined;\n`)
  }
  if (own) writer.writeSource(own.value, own.valueStart)
  writer.write('</script>\n\n')
}

/**
 * `export const metadata = {...}`, with each top-level value mapped to where it was written in
 * the frontmatter.
 */
function writeMetadata(writer: ReturnType<typeof createWriter>, file: VFile) {
  const frontmatter = file.data.frontmatter ?? {}
  const positions = file.data.frontmatterPositions ?? {}
  writer.write('export const metadata = {', file.data.frontmatterPosition?.start)
  let first = true
  for (const [key, value] of Object.entries(frontmatter)) {
    if (value === undefined) continue
    writer.write(`${first ? '' : ','}${toJsValue(key)}:`)
    writer.write(toJsValue(value), positions[key]?.start)
    first = false
  }
  writer.write('};\n')
}

/** `export const headings = [...]`, each entry mapped to its heading. */
function writeHeadings(writer: ReturnType<typeof createWriter>, file: VFile) {
  const headings = file.data.headings ?? []
  writer.write('export const headings = [')
  headings.forEach((heading, index) => {
    if (index > 0) writer.write(',')
    const position = file.data.headingPositions?.[index]
    writer.write(`{"depth":${heading.depth},"id":${toJsValue(heading.id)},"text":`, position?.start)
    writer.write(toJsValue(heading.text), position?.start)
    writer.write('}')
  })
  writer.write('];\n')
}

/** Imports go in the module script, which always exists; markup sees them in both modes. */
function writeImports(writer: ReturnType<typeof createWriter>, file: VFile) {
  const filename = file.path || undefined
  const options = { root: file.cwd }
  const byModule = new Map<string, { default?: string; named: string[] }>()
  const layout = file.data.svelteLayout
  if (layout) byModule.set(layout, { default: 'Sveltedown_Layout', named: [] })
  for (const item of file.data.svelteImports ?? []) {
    const entry = byModule.get(item.from) ?? { named: [] }
    if (item.imported === 'default') entry.default = item.identifier
    else entry.named.push(`${item.imported} as ${item.identifier}`)
    byModule.set(item.from, entry)
  }
  for (const [from, entry] of byModule) {
    const parts = [
      ...(entry.default ? [entry.default] : []),
      ...(entry.named.length > 0 ? [`{ ${entry.named.join(', ')} }`] : []),
    ]
    const specifier = importPath(options, filename, from)
    const position = from === layout ? file.data.frontmatterPositions?.layout : undefined
    writer.write(`import ${parts.join(', ')} from ${JSON.stringify(specifier)};\n`, position?.start)
  }
}

const svelteMeta = new Set([
  'svelte:head',
  'svelte:window',
  'svelte:document',
  'svelte:body',
  'svelte:options',
])

function isSvelteMeta(node: RootContent): boolean {
  return node.type === 'svelteElement' && svelteMeta.has(node.name)
}

function langOf(script: HastSvelteScript | undefined): SvelteAttribute[] {
  const lang = script?.attributes.find((attribute) => attribute.name === 'lang')
  return lang ? [lang] : []
}

/** Drop the line breaks remark-rehype puts around the first and last block. */
function trimWhitespace(markup: RootContent[]) {
  while (isWhitespace(markup[0])) markup.shift()
  while (isWhitespace(markup[markup.length - 1])) markup.pop()
}

function isWhitespace(node: RootContent | undefined): boolean {
  return node?.type === 'text' && /^\s*$/.test(node.value)
}
