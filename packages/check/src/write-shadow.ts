import fs from 'node:fs/promises'
import path from 'node:path'
import { TraceMap } from '@jridgewell/trace-mapping'
import {
  type CompileOptions,
  type CompileResult,
  createFrame,
  type Diagnostic,
  SveltedownError,
} from 'sveltedown'
import type { CheckDiagnostic } from './check-diagnostic.js'
import { displayPath, shadowPaths } from './shadow-paths.js'
import { typeShadow } from './type-shadow.js'

/** A document and what was written for it. */
export interface Shadow {
  /** The document's absolute path. */
  document: string
  /** The document's text, for frames. */
  source: string
  /** The shadow component's path, or `undefined` when the document did not compile. */
  component: string | undefined
  /** Shadow code, and its map back to the document. */
  code: string
  map: TraceMap | undefined
  /** sveltedown's own warnings, or the error that stopped the compile. */
  diagnostics: CheckDiagnostic[]
}

/**
 * Compile one document to its shadow component, written into the mirror with the re-exporting
 * module beside it. A document that does not compile has no shadow (a stale one is removed), so
 * its importers fall back to the ambient `*.svx` types, and its error is reported instead.
 *
 * Highlighting is off: code blocks become escaped text either way, and Shiki is most of a cold
 * compile's time.
 */
export async function writeShadow(
  root: string,
  mirror: string,
  options: CompileOptions,
  document: string,
  compile: (source: string, options: CompileOptions) => Promise<CompileResult>,
): Promise<Shadow> {
  const source = await fs.readFile(document, 'utf8')
  const paths = shadowPaths(root, mirror, document)
  const filename = displayPath(root, document)
  try {
    const result = await compile(source, {
      ...options,
      root: options.root ?? root,
      filename: document,
      highlight: false,
    })
    await fs.mkdir(path.dirname(paths.component), { recursive: true })
    const code = typeShadow(result.code)
    await writeIfChanged(paths.component, code)
    const name = JSON.stringify(`./${path.basename(paths.component)}`)
    await writeIfChanged(
      paths.module,
      `// Written by sveltedown check: \`import x from './${path.basename(document)}'\` resolves here.\nexport * from ${name}\nexport { default } from ${name}\n`,
    )
    return {
      document,
      source,
      component: paths.component,
      code,
      map: new TraceMap(result.map as ConstructorParameters<typeof TraceMap>[0]),
      diagnostics: result.diagnostics.map((warning) =>
        fromSveltedown(warning, 'WARNING', filename, source),
      ),
    }
  } catch (error) {
    if (!(error instanceof SveltedownError)) throw error
    await fs.rm(paths.component, { force: true })
    await fs.rm(paths.module, { force: true })
    return {
      document,
      source,
      component: undefined,
      code: '',
      map: undefined,
      diagnostics: [
        fromSveltedown(error, error.severity === 'warning' ? 'WARNING' : 'ERROR', filename, source),
      ],
    }
  }
}

/** One of sveltedown's own warnings or errors, reported as svelte-check reports its own. */
function fromSveltedown(
  found: Diagnostic | SveltedownError,
  type: CheckDiagnostic['type'],
  filename: string,
  source: string,
): CheckDiagnostic {
  return {
    type,
    filename,
    start: { line: found.start.line, column: found.start.column },
    end: { line: found.end.line, column: found.end.column },
    message: found.message,
    code: found.code,
    source: 'sveltedown',
    frame: found.frame || createFrame(source, found.start, found.end),
  }
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
