import fs from 'node:fs/promises'
import path from 'node:path'
import type { CompiledShadow } from './compile-shadow.js'
import { shadowPaths } from './shadow-paths.js'

/** A document and what was written for it. */
export interface Shadow extends CompiledShadow {
  /** The document's absolute path. */
  document: string
  /** The shadow component's path, or `undefined` when the document did not compile. */
  component: string | undefined
}

/**
 * Write what `compileShadow` gave for a document: its shadow component in the mirror, with the
 * re-exporting module beside it. A document that does not compile has no shadow (a stale one is
 * removed), so its importers fall back to the ambient `*.svx` types, and its error is reported
 * instead.
 */
export async function writeCompiledShadow(
  root: string,
  mirror: string,
  document: string,
  compiled: CompiledShadow,
): Promise<Shadow> {
  if (!compiled.map) {
    await removeShadow(root, mirror, document)
    return { document, component: undefined, ...compiled }
  }
  const component = await writeShadowFiles(root, mirror, document, compiled.code)
  return { document, component, ...compiled }
}

/**
 * Write a shadow component, and the module beside it that re-exports it (unchanged files are
 * left alone). Resolves with the component's path.
 */
export async function writeShadowFiles(
  root: string,
  mirror: string,
  document: string,
  code: string,
): Promise<string> {
  const paths = shadowPaths(root, mirror, document)
  await fs.mkdir(path.dirname(paths.component), { recursive: true })
  await writeIfChanged(paths.component, code)
  const name = JSON.stringify(`./${path.basename(paths.component)}`)
  await writeIfChanged(
    paths.module,
    `// Written by sveltedown: \`import x from './${path.basename(document)}'\` resolves here.\nexport * from ${name}\nexport { default } from ${name}\n`,
  )
  return paths.component
}

/** Leave unchanged shadows alone, so a watching svelte-check only checks what changed. */
async function writeIfChanged(file: string, content: string) {
  const current = await fs.readFile(file, 'utf8').catch(() => undefined)
  if (current !== content) await fs.writeFile(file, content)
}

/** Remove the shadows of a document that was deleted. */
export async function removeShadow(root: string, mirror: string, document: string) {
  const paths = shadowPaths(root, mirror, document)
  await fs.rm(paths.component, { force: true })
  await fs.rm(paths.module, { force: true })
}
