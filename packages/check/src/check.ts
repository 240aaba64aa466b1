import fs from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import {
  type CacheOptions,
  type CompileOptions,
  compile,
  createCompileCache,
  createFrame,
  type SerializableOptions,
  whyNotSerializable,
} from 'sveltedown'
import { type CheckDiagnostic, type CheckResult, summarize } from './check-diagnostic.js'
import { type CompileDocument, type CompiledShadow, compileShadow } from './compile-shadow.js'
import { findDocuments } from './find-documents.js'
import { loadProject, type Project } from './load-project.js'
import { mapDiagnostic } from './map-diagnostic.js'
import { removeStaleShadows } from './remove-stale-shadows.js'
import { type SvelteCheckRun, startSvelteCheck } from './run-svelte-check.js'
import { displayPath, shadowFolder } from './shadow-paths.js'
import { type CompileThreads, startCompileThreads } from './start-compile-threads.js'
import { watchDocuments } from './watch-documents.js'
import { removeShadow, type Shadow, writeCompiledShadow } from './write-shadow.js'
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
  mark('start')
  const root = path.resolve(options.workspace ?? process.cwd())
  // Started first, so that both load their modules while this thread loads the config: the
  // threads that compile the documents, and svelte-check, which waits for its arguments.
  const svelteCheckProcess = startSvelteCheck(root)
  const threads = startCompileThreads()
  let project: Project
  let shadows: Map<string, Shadow>
  let compileDocument: (document: string) => Promise<CompiledShadow>
  let tsconfig: string
  try {
    // The documents compile as soon as the options are known, while Vite resolves the rest of
    // the config (SvelteKit's sync among it); they are written once the mirror's place is
    // known (inside `.svelte-kit`, which the sync may create).
    let early: { given: SerializableOptions; compiled: Promise<Compiled> } | undefined
    project = await loadProject(root, {
      onOptions(given, extensions) {
        mark('options')
        if (whyNotSerializable(given)) return
        const compiled = compileAll(root, extensions, inThreads(root, given, threads))
        // Awaited below, unless the options turn out to differ.
        compiled.catch(() => {})
        early = { given, compiled }
      },
    })
    mark('config')
    const serializable = !whyNotSerializable(project.given)
    compileDocument = serializable
      ? inThreads(root, project.given, threads)
      : inThisThread(root, project.options)
    const compiled =
      early && isDeepStrictEqual(early.given, project.given)
        ? await early.compiled
        : await compileAll(root, project.extensions, compileDocument)
    mark('compiled')
    if (!options.watch || !serializable) threads.close()
    const mirror = shadowFolder(root)
    // The mirror of the last run stays: unchanged shadows are not written again; only the
    // shadows of documents gone are removed.
    const [written] = await Promise.all([
      Promise.all(
        compiled.map(([document, shadow]) => writeCompiledShadow(root, mirror, document, shadow)),
      ),
      removeStaleShadows(
        root,
        mirror,
        compiled.map(([document]) => document),
      ),
    ])
    shadows = new Map(written.map((shadow) => [shadow.document, shadow]))
    tsconfig = await writeTsconfig(root, mirror, baseTsconfig(root, options.tsconfig))
  } catch (error) {
    svelteCheckProcess.cancel()
    threads.close()
    throw error
  }

  let last: SvelteCheckRun | undefined
  let result: CheckResult = summarize([], 0)
  const report = () => {
    if (!last) return
    result = merge(root, last, shadows, options.threshold ?? 'warning')
    options.onResult?.(result)
  }
  mark('written')
  const svelteCheck = svelteCheckProcess.run({
    tsconfig,
    watch: options.watch ?? false,
    extraArgs: options.svelteCheckArgs ?? [],
    onRun: (run) => {
      if (!last) mark('checked')
      last = run
      report()
    },
  })

  if (options.watch) {
    const mirror = shadowFolder(root)
    const stopWatching = watchDocuments(root, project.extensions, async (document) => {
      const before = shadows.get(document)
      if (!fs.existsSync(document)) {
        shadows.delete(document)
        await removeShadow(root, mirror, document)
      } else {
        const compiled = await compileDocument(document)
        shadows.set(document, await writeCompiledShadow(root, mirror, document, compiled))
      }
      // An unchanged shadow gives svelte-check nothing to check again: report our own change.
      const after = shadows.get(document)
      if (before?.code === after?.code) report()
    })
    options.signal?.addEventListener('abort', () => {
      stopWatching()
      svelteCheck.stop()
      threads.close()
    })
  }
  const { failure } = await svelteCheck.done
  if (failure && !options.signal?.aborted) throw new Error(`svelte-check failed: ${failure}`)
  return result
}

/**
 * When a phase ends (`start`: the check's modules are loaded; `options` known, `config` loaded, documents `compiled`, shadows and tsconfig
 * `written`, svelte-check's first run `checked`), for bench/check/phases.ts: marks cost nothing
 * and print nothing.
 */
function mark(phase: string) {
  performance.mark(`sveltedown-check:${phase}`)
}

/** Every document of the project and its compiled shadow, in order. */
type Compiled = Array<[document: string, shadow: CompiledShadow]>

async function compileAll(
  root: string,
  extensions: string[],
  compileDocument: (document: string) => Promise<CompiledShadow>,
): Promise<Compiled> {
  const documents = await findDocuments(root, extensions)
  return Promise.all(
    documents.map(async (document) => [document, await compileDocument(document)] as const),
  ) as Promise<Compiled>
}

/** Compile a document in the worker threads: the options cross as the config gives them. */
function inThreads(root: string, given: SerializableOptions, threads: CompileThreads) {
  const { cache, ...compileOptions } = given as SerializableOptions & { cache?: CacheOption }
  const cacheOptions = cacheOf(root, cache)
  return shadowCompiler(root, compileOptions as CompileOptions, (source, options) =>
    threads.compile(source, options as SerializableOptions, cacheOptions),
  )
}

/** Compile a document in this thread: for options with functions in them. */
function inThisThread(root: string, options: CompileOptions) {
  const { cache, ...compileOptions } = options as CompileOptions & { cache?: CacheOption }
  const cacheOptions = cacheOf(root, cache)
  const persistent = cacheOptions ? createCompileCache(cacheOptions) : undefined
  return shadowCompiler(root, compileOptions, (source, options) =>
    persistent ? persistent.compile(source, options) : compile(source, options),
  )
}

type CacheOption = boolean | CacheOptions | undefined

/**
 * The project's persistent compile cache, as its build uses it (unless it turned it off): a
 * second check compiles only the documents that changed.
 */
function cacheOf(root: string, cache: CacheOption): (CacheOptions & { root: string }) | false {
  if (cache === false) return false
  return { ...(cache === true || cache === undefined ? {} : cache), root }
}

/** Read a document and compile it to its shadow (see `compileShadow`). */
function shadowCompiler(root: string, options: CompileOptions, compile: CompileDocument) {
  return async (document: string): Promise<CompiledShadow> => {
    const source = await fs.promises.readFile(document, 'utf8')
    return compileShadow(source, document, root, options, compile, displayPath(root, document))
  }
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
