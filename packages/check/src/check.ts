import fs from 'node:fs'
import path from 'node:path'
import { type CompileOptions, compile, createCompileCache, createFrame } from 'sveltedown'
import { type CheckDiagnostic, type CheckResult, summarize } from './check-diagnostic.js'
import { findDocuments } from './find-documents.js'
import { loadProject } from './load-project.js'
import { mapDiagnostic } from './map-diagnostic.js'
import { removeStaleShadows } from './remove-stale-shadows.js'
import { runSvelteCheck, type SvelteCheckRun } from './run-svelte-check.js'
import { shadowFolder } from './shadow-paths.js'
import { watchDocuments } from './watch-documents.js'
import { removeShadow, type Shadow, writeShadow } from './write-shadow.js'
import { writeTsconfig } from './write-tsconfig.js'

export interface CheckOptions {
  /** The project root (default: the current directory). */
  workspace?: string | undefined
  /** The project's tsconfig (default: `tsconfig.json`, then `jsconfig.json`, in the root). */
  tsconfig?: string | undefined
  /** Only errors (`error`), or errors and warnings (`warning`, the default). */
  threshold?: 'error' | 'warning' | undefined
  /** Check again on every change, until `signal` aborts. */
  watch?: boolean | undefined
  signal?: AbortSignal | undefined
  /** Passed on to svelte-check (`--compiler-warnings …`, `--diagnostic-sources …`). */
  svelteCheckArgs?: string[] | undefined
  /** Called with every complete result: once, or once per change with `watch`. */
  onResult?: ((result: CheckResult) => void) | undefined
}

/**
 * `sveltedown check`: compile every document to a shadow component, run svelte-check on the
 * shadows together with the project's own files, and report every problem at the document's
 * line and column. Resolves with the last result (with `watch`, once `signal` aborts).
 */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const root = path.resolve(options.workspace ?? process.cwd())
  const project = await loadProject(root)
  const mirror = shadowFolder(root)
  const { cache: cacheOption = true, ...compileOptions } = project.options as CompileOptions & {
    cache?: boolean | { dir?: string; key?: string }
  }
  // The project's persistent compile cache, as its build uses it (unless it turned it off): a
  // second check compiles only the documents that changed.
  const cache = cacheOption
    ? createCompileCache({ ...(cacheOption === true ? {} : cacheOption), root })
    : undefined
  const compileDocument = (source: string, options: CompileOptions) =>
    cache ? cache.compile(source, options) : compile(source, options)
  const shadowOf = (document: string) =>
    writeShadow(root, mirror, compileOptions, document, compileDocument)
  const shadows = new Map<string, Shadow>()
  const documents = await findDocuments(root, project.extensions)
  // The mirror of the last run stays: unchanged shadows are not written again (and a document
  // whose compile is cached costs one read); only the shadows of documents gone are removed.
  const [written] = await Promise.all([
    Promise.all(documents.map(shadowOf)),
    removeStaleShadows(root, mirror, documents),
  ])
  for (const shadow of written) shadows.set(shadow.document, shadow)
  const tsconfig = await writeTsconfig(root, mirror, baseTsconfig(root, options.tsconfig))

  let last: SvelteCheckRun | undefined
  let result: CheckResult = summarize([], 0)
  const report = () => {
    if (!last) return
    result = merge(root, last, shadows, options.threshold ?? 'warning')
    options.onResult?.(result)
  }
  const svelteCheck = runSvelteCheck({
    root,
    tsconfig,
    watch: options.watch ?? false,
    extraArgs: options.svelteCheckArgs ?? [],
    onRun: (run) => {
      last = run
      report()
    },
  })

  if (options.watch) {
    const stopWatching = watchDocuments(root, project.extensions, async (document) => {
      const before = shadows.get(document)
      if (!fs.existsSync(document)) {
        shadows.delete(document)
        await removeShadow(root, mirror, document)
      } else {
        shadows.set(document, await shadowOf(document))
      }
      // An unchanged shadow gives svelte-check nothing to check again: report our own change.
      const after = shadows.get(document)
      if (before?.code === after?.code) report()
    })
    options.signal?.addEventListener('abort', () => {
      stopWatching()
      svelteCheck.stop()
    })
  }
  const { failure } = await svelteCheck.done
  if (failure && !options.signal?.aborted) throw new Error(`svelte-check failed: ${failure}`)
  return result
}

/** The project's tsconfig: the one given, else `tsconfig.json`, else `jsconfig.json`. */
export function baseTsconfig(root: string, given: string | undefined): string {
  if (given) return path.resolve(root, given)
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name)
    if (fs.existsSync(file)) return file
  }
  throw new Error(`No tsconfig.json or jsconfig.json in ${root}: pass one with --tsconfig`)
}

/** svelte-check's run with shadow diagnostics moved to their documents, plus our own. */
function merge(
  root: string,
  run: SvelteCheckRun,
  shadows: Map<string, Shadow>,
  threshold: 'error' | 'warning',
): CheckResult {
  const byComponent = new Map<string, Shadow>()
  for (const shadow of shadows.values()) {
    if (shadow.component) byComponent.set(shadow.component, shadow)
  }
  const diagnostics: CheckDiagnostic[] = []
  const texts = new Map<string, string>()
  for (const found of run.diagnostics) {
    const file = path.resolve(root, found.filename)
    const base = {
      type: found.type,
      message: found.message,
      code: found.code,
      source: found.source ?? 'js',
    }
    const shadow = byComponent.get(file)
    if (shadow) {
      const filename = path.relative(root, shadow.document).split(path.sep).join('/')
      diagnostics.push(mapDiagnostic({ ...base, filename }, found, shadow))
      continue
    }
    const start = { line: found.start.line + 1, column: found.start.character + 1 }
    const end = { line: found.end.line + 1, column: found.end.character + 1 }
    let text = texts.get(file)
    if (text === undefined) {
      text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      texts.set(file, text)
    }
    diagnostics.push({
      ...base,
      filename: found.filename.split(path.sep).join('/'),
      start,
      end,
      frame: text ? createFrame(text, start, end) : undefined,
    })
  }
  for (const shadow of shadows.values()) diagnostics.push(...shadow.diagnostics)
  const failed = [...shadows.values()].filter((shadow) => !shadow.component).length
  const shown = threshold === 'error' ? diagnostics.filter((d) => d.type === 'ERROR') : diagnostics
  return summarize(shown, run.fileCount + failed)
}
