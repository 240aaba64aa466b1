import fs from 'node:fs'
import path from 'node:path'
import { threadId } from 'node:worker_threads'
import { type CompileResult, compile } from '../compile.js'
import { SveltedownError } from '../diagnostics/sveltedown-error.js'
import type { CompileOptions } from '../options.js'
import { fileDigest, fingerprint, hash, toolchainFingerprint } from './fingerprint.js'

/** The `cache` option of the preprocessor, `compileMany()` and `createCompileCache()`. */
export interface CacheOptions {
  /** Folder of the cache. Default `node_modules/.cache/sveltedown` under `root`. */
  dir?: string | undefined
  /**
   * Added to every key: change it when something the key cannot see changes (a plugin that
   * reads a file, a value a plugin closes over).
   */
  key?: string | undefined
}

export interface CompileCache {
  /** The folder entries are written to. */
  readonly dir: string
  /** Compile through the cache: a hit is read from disk, a miss compiled and written. */
  compile(source: string, options?: CompileOptions): Promise<CompileResult & { cached: boolean }>
  /** The key of a document: it changes when anything that shapes the output changes. */
  keyOf(source: string, options?: CompileOptions): string
  /** The stored result of a key, or `undefined`; a stored error is thrown again. */
  read(key: string): CompileResult | undefined
  /** Store a result or a document's error (atomically: other builds never see half a file). */
  write(key: string, result: CompileResult | SveltedownError): void
}

/** Bumped when the shape of an entry changes. */
const format = 2

/**
 * A persistent, content-addressed cache of compile results: one JSON file per key under `dir`.
 * The key is a digest of the source, the file name, every option (plugins by identity), the
 * contents of the layouts and components the options name, and the versions of sveltedown,
 * svelte, shiki and unified. Writes go to a temporary file that is then renamed, so builds that
 * share the folder never read a partial entry. `compile()` itself stays pure; this is the I/O.
 */
export function createCompileCache(
  options: CacheOptions & { root?: string | undefined } = {},
): CompileCache {
  const root = options.root ?? process.cwd()
  const dir = path.resolve(root, options.dir ?? 'node_modules/.cache/sveltedown')
  const extra = options.key ?? ''

  function keyOf(source: string, compileOptions: CompileOptions = {}): string {
    // The warning filter is applied when reading, so it is not part of the key.
    const { filename, warningFilter: _, ...rest } = compileOptions
    const cwd = compileOptions.root ? '' : process.cwd()
    return hash(
      [
        format,
        toolchainFingerprint(),
        extra,
        fingerprint(rest),
        dependencyDigest(rest),
        cwd,
        filename ?? '',
        source,
      ]
        .map(String)
        .join('\0'),
    )
  }

  function fileOf(key: string): string {
    return path.join(dir, key.slice(0, 2), `${key.slice(2)}.json`)
  }

  function read(key: string): CompileResult | undefined {
    let text: string
    try {
      text = fs.readFileSync(fileOf(key), 'utf8')
    } catch {
      return undefined
    }
    let entry: {
      key?: string
      result?: CompileResult
      files?: string
      error?: Record<string, unknown>
    }
    try {
      entry = JSON.parse(text)
    } catch {
      // A damaged entry (a full disk, a killed process on a file system without atomic rename)
      // is a miss; the next write replaces it.
      return undefined
    }
    if (entry.key !== key) return undefined
    // An invalid document fails the same way until it changes.
    if (entry.error) throw Object.assign(Object.create(SveltedownError.prototype), entry.error)
    // Images and linked documents are not in the key: the entry holds while they are as they were.
    if (entry.result && entry.files !== filesDigest(entry.result.dependencies)) return undefined
    return entry.result
  }

  function write(key: string, outcome: CompileResult | SveltedownError) {
    // Frontmatter a custom parser turned into class instances would not survive JSON.
    if (!(outcome instanceof SveltedownError) && !isJsonData(outcome.data.frontmatter)) return
    // A missing image is found once it is added, a change the key cannot see.
    if (outcome instanceof SveltedownError && outcome.code === 'asset_not_found') return
    const entry =
      outcome instanceof SveltedownError
        ? {
            key,
            error: {
              ...outcome,
              name: outcome.name,
              message: outcome.message,
              stack: outcome.stack,
            },
          }
        : { key, result: outcome, files: filesDigest(outcome.dependencies) }
    const file = fileOf(key)
    const temporary = `${file}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(temporary, JSON.stringify(entry))
      fs.renameSync(temporary, file)
    } catch {
      // The cache is an optimisation: a read-only or full disk must not fail the build.
      fs.rmSync(temporary, { force: true })
    }
  }

  return {
    dir,
    keyOf,
    read,
    write,
    async compile(source, compileOptions = {}) {
      const key = keyOf(source, compileOptions)
      const filter = compileOptions.warningFilter
      const hit = read(key)
      if (hit) {
        return { ...hit, diagnostics: filterWarnings(hit, filter), cached: true }
      }
      // Stored unfiltered, so a change of `warningFilter` needs no new entry.
      const { warningFilter: _, ...rest } = compileOptions
      let result: CompileResult
      try {
        result = await compile(source, rest)
      } catch (error) {
        // Only the document's own errors: one that wraps another (a plugin's, an internal one)
        // may not happen again, and its `cause` would not survive JSON.
        if (error instanceof SveltedownError && error.cause === undefined) write(key, error)
        throw error
      }
      write(key, result)
      return { ...result, diagnostics: filterWarnings(result, filter), cached: false }
    },
  }

  /** Layouts and components the options name: their contents shape the output. */
  function dependencyDigest(compileOptions: CompileOptions): string {
    const files: string[] = []
    const layout = compileOptions.layout
    if (typeof layout === 'string') files.push(layout)
    else if (layout) files.push(...Object.values(layout))
    files.push(...Object.values(compileOptions.components ?? {}))
    const base = compileOptions.root ?? process.cwd()
    return files.map((file) => fileDigest(path.resolve(base, file))).join(',')
  }
}

function filterWarnings(
  result: CompileResult,
  filter: CompileOptions['warningFilter'],
): CompileResult['diagnostics'] {
  return filter ? result.diagnostics.filter((warning) => filter(warning)) : result.diagnostics
}

/** Whether `value` is plain JSON data (what survives a round trip through the cache). */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonData)
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every(isJsonData)
  }
  return false
}

/**
 * The files a result depends on besides the key (images, linked documents, the layout): a
 * document by its contents (its heading ids count), any other file by whether it exists, which
 * is all the output depends on and costs no read of a large image.
 */
function filesDigest(files: string[] = []): string {
  return files
    .map((file) =>
      /\.(svx|mds|md)$/.test(file) ? fileDigest(file) : fs.existsSync(file) ? 'file' : 'missing',
    )
    .join(',')
}
