import fs from 'node:fs/promises'
import path from 'node:path'
import {
  type CacheOptions,
  type CompileResult,
  type ContentOptions,
  compile,
  kitLinks,
  ModuleImport,
  type PreprocessOptions,
  type SerializableOptions,
  toJsValue,
} from 'sveltedown'
import type { EnvironmentModuleNode, Plugin, ResolvedConfig, UserConfig } from 'vite'
import {
  createDocumentCompiler,
  type DocumentCompiler,
  defaultThreads,
} from './create-document-compiler.js'
import { findPlugin } from './find-plugin.js'
import { pageOptions } from './page-options.js'
import {
  createDocumentMap,
  type DocumentMap,
  remapSvelteDiagnostic,
} from './remap-svelte-diagnostic.js'
import {
  type KitConfig,
  resolveContentOption,
  writeInlineContentTypes,
} from './resolve-content-option.js'
import { toViteError } from './to-vite-error.js'

/** The parts of vite-plugin-svelte's plugin API that sveltedown works with. */
interface SvelteApi {
  options?: {
    extensions?: string[]
    preprocess?: unknown
    onwarn?:
      | ((warning: SvelteWarning, handler: (warning: SvelteWarning) => void) => void)
      | undefined
  }
}

interface SvelteWarning {
  message: string
  filename?: string
  start?: { line: number; column: number; character?: number }
  end?: { line: number; column: number; character?: number }
  frame?: string
}

type Handler = (this: unknown, ...args: unknown[]) => unknown
type HookObject = { handler: Handler; order?: 'pre' | 'post' | null }

/**
 * The compiler's options (plugins may also be module specifiers: `'remark-math'`,
 * `['rehype-katex', { output: 'mathml' }]`), the persistent cache (`cache: false` turns it off),
 * and the worker threads of `vite build`.
 */
export interface SveltedownPluginOptions extends Omit<SerializableOptions, 'content'> {
  cache?: boolean | CacheOptions | undefined
  /**
   * Typed frontmatter (see the compiler's `content` option): the map of folder globs (or
   * `layout:<name>`) to `{ schema }`, or the path of a module whose default export is that map,
   * `'./src/content.config.ts'`. In SvelteKit, TypeScript types are generated from the schemas'
   * output types either way (written to `.svelte-kit/sveltedown/`):
   * `import { metadata } from './post.svx'` and `collection()` of `@sveltedown/kit/content` are
   * typed. A map written in the Vite config is typed by reading the config with the project's
   * TypeScript.
   */
  content?: Record<string, ContentOptions> | string | undefined
  /**
   * Worker threads that compile documents during `vite build`. Default: one per CPU but one (none on two CPUs). Used only
   * when the options can be sent to a thread: no functions anywhere (plugins given as module
   * specifiers, not imported functions; no highlight function or Shiki transformers; no custom
   * frontmatter parser). Otherwise, and with `false` or `1`, documents compile in Vite's thread,
   * and the build says why once. The dev server always compiles in Vite's thread.
   */
  threads?: number | false | undefined
}

/**
 * The Vite plugin: place it before `sveltekit()` (or `svelte()`) and `.svx` / `.mds` files are
 * Svelte components, with no Svelte config to edit.
 *
 * - adds the extensions to SvelteKit (routes like `+page.svx`) and vite-plugin-svelte;
 * - compiles documents before vite-plugin-svelte preprocesses them, unless the `sveltedown()`
 *   preprocessor is already configured in the Svelte config (then that one runs, not both);
 * - reports errors and warnings that Svelte raises on a compiled document at the `.svx` line
 *   and column, with a frame of `.svx` source (vite-plugin-svelte does not map them);
 * - recompiles documents when their layout changes.
 *
 * Options are the compiler's options (`sveltedown` package), read from this one place.
 */
export function sveltedown(options: SveltedownPluginOptions = {}): Plugin {
  const {
    cache: cacheOption = true,
    threads = defaultThreads(),
    content: contentOption,
    ...compileOptions
  } = options as SveltedownPluginOptions
  // Read by `sveltedown check`, which loads the real Vite config instead of asking again; the
  // `content` module, once loaded, is there as the map it exports.
  const api: { options: SerializableOptions & { cache?: SveltedownPluginOptions['cache'] } } = {
    options: options as SerializableOptions,
  }
  const extensions = options.extensions ?? ['.svx', '.mds']
  const documents = new Map<string, DocumentMap>()
  const dependents = new Map<string, Set<string>>()
  let preprocessorConfigured = false
  let kitTypesConfig: KitConfig | undefined
  let root = process.cwd()

  const isDocument = (id: string) =>
    !id.includes('?') &&
    !id.startsWith('\0') &&
    extensions.some((extension) => id.endsWith(extension))

  let build = false
  let logInfo: (message: string) => void = () => {}
  // Made on first use, when the root and the command are known: the persistent cache (on disk,
  // keyed by source, options, plugins, layouts and versions, so a rebuild only compiles the
  // documents that changed), and worker threads in a build.
  let compiler: DocumentCompiler | undefined
  const documentCompiler = (): DocumentCompiler => {
    if (compiler) return compiler
    compiler = createDocumentCompiler({
      options: { ...compileOptions, root: compileOptions.root ?? root },
      cache: cacheOption,
      threads,
      build,
    })
    if (build && threads !== false && threads > 1 && compiler.inProcessReason) {
      logInfo(
        `sveltedown: documents compile in one thread, because ${compiler.inProcessReason} (${
          compiler.inProcessReason.startsWith('options.content')
            ? 'the schemas of `content` cannot be sent to worker threads'
            : 'give plugins as module specifiers to compile in worker threads'
        })`,
      )
    }
    return compiler
  }

  async function configure(config: UserConfig) {
    root = path.resolve(config.root ?? process.cwd())
    // SvelteKit shares its `extensions` array with vite-plugin-svelte, and reads it for routes.
    const kit = (await findPlugin(config.plugins, 'vite-plugin-sveltekit-setup')) as
      | (Plugin & { api?: { options?: { extensions?: string[]; preprocess?: unknown } } })
      | undefined
    const kitConfig = kit?.api?.options
    if (kitConfig?.extensions) addExtensions(kitConfig.extensions, extensions)
    const preprocessors = sveltedownPreprocessors(kitConfig?.preprocess)
    if (preprocessors.length > 0) preprocessorConfigured = true
    // The preprocessor in the Svelte config compiles instead of this plugin: it gets the routes
    // folder of the same config.
    for (const group of preprocessors) {
      if (kitConfig && group.options) {
        group.options = { ...group.options, links: kitLinks(group.options.links, kitConfig) }
      }
    }
    const page = await pageOptions(options, kitConfig, config.plugins)
    Object.assign(compileOptions, page)
    kitTypesConfig = kitConfig as KitConfig | undefined
    const content = await resolveContentOption(contentOption, root, kitTypesConfig, extensions)
    if (content) Object.assign(compileOptions, { content })
    api.options = { ...(options as SerializableOptions), ...page, ...(content ? { content } : {}) }

    const svelteConfig = (await findPlugin(config.plugins, 'vite-plugin-svelte:config')) as
      | (Plugin & { api?: SvelteApi })
      | undefined
    if (!svelteConfig) return
    wrapHook(svelteConfig, 'configResolved', (original, args) => {
      original(...args)
      const api = svelteConfig.api
      const svelteOptions = api?.options
      if (!svelteOptions) return
      // Without SvelteKit, the extensions array is vite-plugin-svelte's own: add ours and let
      // it resolve its options again, so its file filter includes them.
      if (
        svelteOptions.extensions &&
        !extensions.every((e) => svelteOptions.extensions?.includes(e))
      ) {
        addExtensions(svelteOptions.extensions, extensions)
        original(...args)
      }
      const resolved = api?.options
      if (!resolved) return
      if (sveltedownPreprocessors(resolved.preprocess).length > 0) preprocessorConfigured = true
      const onwarn = resolved.onwarn
      resolved.onwarn = (warning: SvelteWarning, handler: (warning: SvelteWarning) => void) => {
        const document = warning.filename ? documentFor(warning.filename) : undefined
        if (document) remapSvelteDiagnostic(warning, document)
        if (onwarn) onwarn(warning, handler)
        else handler(warning)
      }
    })

    const compilePlugin = (await findPlugin(config.plugins, 'vite-plugin-svelte:compile')) as
      | Plugin
      | undefined
    if (compilePlugin) {
      wrapHook(compilePlugin, 'transform', async function (this: unknown, original, args) {
        const id = String(args[1])
        const filename = id.split('?')[0] ?? id
        if (!isDocument(filename) || id.includes('?')) return original.apply(this, args)
        const context = this as { getCombinedSourcemap?: (() => unknown) | undefined }
        const document = createDocumentMap(filename, context.getCombinedSourcemap?.())
        if (document) documents.set(filename, document)
        // vite-plugin-svelte hands the combined map to Svelte, so Svelte's map already leads to
        // the `.svx`; Vite then chains it through the earlier maps a second time and every line
        // shifts. Without it, Svelte maps to its input and Vite's one chain is exact. Svelte's
        // diagnostics are moved with the combined map read above.
        const own = Object.hasOwn(context, 'getCombinedSourcemap')
        const previous = context.getCombinedSourcemap
        context.getCombinedSourcemap = () => null
        try {
          return await original.apply(this, args)
        } catch (error) {
          if (document && error && typeof error === 'object') {
            remapSvelteDiagnostic(error as Parameters<typeof remapSvelteDiagnostic>[0], document)
          }
          throw error
        } finally {
          if (own) context.getCombinedSourcemap = previous
          else delete context.getCombinedSourcemap
        }
      })
    }
  }

  return {
    name: 'sveltedown',
    enforce: 'pre',
    api,

    // `pre`: SvelteKit reads its extensions (for routes) in its own `pre` config hook.
    config: { order: 'pre', handler: configure },
    async configResolved(config: ResolvedConfig) {
      root = config.root
      build = config.command === 'build'
      logInfo = (message) => config.logger.info(message)
      compiler = undefined
      // Schemas written in the Vite config: their types are read from the config file, known now.
      if (contentOption && typeof contentOption === 'object' && config.configFile) {
        await writeInlineContentTypes(
          contentOption,
          root,
          kitTypesConfig,
          config.configFile,
          extensions,
        )
      }
    },

    // `import { metadata } from './post.svx?metadata'` (and `import.meta.glob` with
    // `query: '?metadata'`) loads only the frontmatter, headings, word count and reading time:
    // the document is parsed, but nothing is highlighted and no component is compiled. `load()`
    // imports the document itself, lazily (a chunk of its own in a build), for `collection()`.
    // The id is made virtual (and not `.svx`) so vite-plugin-svelte leaves it alone.
    resolveId: {
      order: 'pre',
      async handler(source, importer, resolveOptions) {
        const [path, query] = source.split('?')
        if (query !== 'metadata' || !path || !extensions.some((e) => path.endsWith(e)))
          return undefined
        const resolved = await this.resolve(path, importer, { ...resolveOptions, skipSelf: true })
        return resolved ? `${metadataPrefix}${resolved.id}.js` : undefined
      },
    },

    async load(id) {
      if (!id.startsWith(metadataPrefix)) return undefined
      const file = id.slice(metadataPrefix.length, -'.js'.length)
      this.addWatchFile(file)
      const source = await fs.readFile(file, 'utf8')
      const { data } = await compile(source, {
        ...(await documentCompiler().resolved()),
        filename: file,
        highlight: false,
        components: {},
      }).catch((error) => {
        throw toViteError(error, file)
      })
      // The schema's output, as the compiled document writes it (a `Date` stays a `Date`, an
      // image field is its imported URL).
      return [
        ...moduleImports(data.frontmatter).map(
          (item) => `import ${item.identifier} from ${JSON.stringify(item.from)};`,
        ),
        `export const metadata = ${toJsValue(data.frontmatter)};`,
        `export const headings = ${toJsValue(data.headings)};`,
        `export const words = ${data.words};`,
        `export const readingTime = ${data.readingTime};`,
        `export const load = () => import(${JSON.stringify(file)});`,
      ].join('\n')
    },

    async transform(code, id) {
      if (preprocessorConfigured || !isDocument(id)) return undefined
      let result: CompileResult
      try {
        result = await documentCompiler().compile(code, id)
      } catch (error) {
        throw toViteError(error, id)
      }
      for (const dependency of result.dependencies) {
        this.addWatchFile(dependency)
        let set = dependents.get(dependency)
        if (!set) dependents.set(dependency, (set = new Set()))
        set.add(id)
      }
      for (const warning of result.diagnostics) {
        this.warn({
          message: `${warning.message}\n${warning.frame}`,
          id,
          loc: { file: id, line: warning.start.line, column: warning.start.column },
        })
      }
      return { code: result.code, map: result.map as never }
    },

    // The schemas are read once, when the config is; a saved `content` module restarts the dev
    // server (as a saved Vite config does), so documents compile against the new schemas.
    configureServer(server) {
      if (typeof contentOption !== 'string') return
      const module = path.resolve(root, contentOption)
      server.watcher.add(module)
      server.watcher.on('change', (file) => {
        if (path.resolve(file) === module) void server.restart()
      })
    },

    hotUpdate({ file, modules }) {
      const documentsUsing = dependents.get(file)
      if (!documentsUsing) return undefined
      const graph = this.environment.moduleGraph
      const affected: EnvironmentModuleNode[] = [...modules]
      for (const document of documentsUsing) {
        for (const module of graph.getModulesByFile(document) ?? []) {
          graph.invalidateModule(module)
          affected.push(module)
        }
      }
      return affected
    },
  }

  function documentFor(filename: string): DocumentMap | undefined {
    return documents.get(filename) ?? documents.get(path.resolve(root, filename))
  }
}

const metadataPrefix = '\0sveltedown-metadata:'

/** The imports (image fields of a schema) in frontmatter, each once. */
function moduleImports(value: unknown, found = new Map<string, ModuleImport>()): ModuleImport[] {
  if (value instanceof ModuleImport) found.set(value.identifier, value)
  else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) moduleImports(item, found)
  }
  return [...found.values()]
}

function addExtensions(target: string[], extensions: string[]) {
  for (const extension of extensions) if (!target.includes(extension)) target.push(extension)
}

/** The `sveltedown()` preprocessor groups in a Svelte config's `preprocess`. */
function sveltedownPreprocessors(preprocess: unknown): Array<{ options?: PreprocessOptions }> {
  const list = Array.isArray(preprocess) ? preprocess : preprocess ? [preprocess] : []
  return list.filter(
    (group): group is { options?: PreprocessOptions } =>
      group && typeof group === 'object' && (group as { name?: string }).name === 'sveltedown',
  )
}

/**
 * Replace a hook of another plugin with a wrapper that receives the original. Done in `config`,
 * before Vite reads hook handlers, on the same plugin object Vite uses.
 */
const wrapped = new WeakMap<Plugin, Set<string>>()

function wrapHook(
  plugin: Plugin,
  name: 'configResolved' | 'transform',
  wrapper: (this: unknown, original: Handler, args: unknown[]) => unknown,
) {
  // The same plugin objects can be configured twice (a dev server and a build from one config).
  const done = wrapped.get(plugin) ?? new Set()
  if (done.has(name)) return
  done.add(name)
  wrapped.set(plugin, done)
  const record = plugin as unknown as Record<string, Handler | HookObject | undefined>
  const hook = record[name]
  if (!hook) return
  const original = typeof hook === 'function' ? hook : hook.handler
  const handler: Handler = function (this: unknown, ...args: unknown[]) {
    return wrapper.call(this, original.bind(this), args)
  }
  if (typeof hook === 'function') record[name] = handler
  else hook.handler = handler
}
