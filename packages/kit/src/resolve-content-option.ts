import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ContentOptions } from 'sveltedown'
import { inlineContentTypes } from './inline-content-types.js'
import { writeContentTypes } from './write-content-types.js'

/** SvelteKit's resolved config, as far as generated types need it. */
export interface KitConfig {
  kit?: {
    outDir?: string
    typescript?: { config?: (config: TsConfig) => TsConfig | undefined | undefined }
  }
}

interface TsConfig {
  compilerOptions?: { rootDirs?: string[] }
  include?: string[]
}

/**
 * The `content` option of the Vite plugin: the map itself, or the path of a module whose default
 * export is the map (`'./src/content.config.ts'`), loaded with Vite's module runner (TypeScript
 * works). In SvelteKit, the types of `metadata` are generated either way: written to
 * `.svelte-kit/sveltedown/` and added to the tsconfig SvelteKit generates (`svelte-kit sync`
 * loads the Vite config, so this runs there too). From a module, the types are imported from it;
 * a map written in the Vite config is typed once the config is read (`writeInlineContentTypes`,
 * called with the config file's path when Vite knows it).
 */
export async function resolveContentOption(
  option: Record<string, ContentOptions> | string | undefined,
  root: string,
  kitConfig: KitConfig | undefined,
  extensions: string[],
): Promise<Record<string, ContentOptions> | undefined> {
  if (option === undefined) return undefined
  const directory = typesDirectory(root, kitConfig)
  if (directory && kitConfig?.kit) addToTsconfig(kitConfig.kit)
  if (typeof option !== 'string') return option
  const module = path.resolve(root, option)
  const { runnerImport } = await import('vite')
  // Without the project's tsconfig: in SvelteKit it extends `.svelte-kit/tsconfig.json`, which
  // SvelteKit writes after this (on a fresh clone it does not exist yet).
  const { module: loaded, dependencies } = await runnerImport<{ default?: unknown }>(module, {
    root,
    oxc: { tsconfig: false } as never,
  })
  const content = loaded.default
  if (!content || typeof content !== 'object') {
    throw new TypeError(
      `sveltedown: the \`content\` module ${option} has no default export; expected \`export default { 'src/routes/blog/**': { schema } }\``,
    )
  }
  // The persistent cache keys the schemas by the module's files: checks, refinements and
  // transforms are code it cannot see in the schema objects.
  const record = { ...(content as Record<string, ContentOptions>) }
  Object.defineProperty(record, 'cacheKey', {
    value: await filesDigest([module, ...dependencies]),
    enumerable: false,
  })
  if (directory) {
    const keys = Object.keys(record)
    const specifier = relativeSpecifier(directory, module.replace(/\.(m?[jt]s)$/, ''))
    await writeContentTypes({
      root,
      directory,
      keys,
      extensions,
      header: [
        `import type content from ${JSON.stringify(specifier)}`,
        '',
        'type Output<Entry> = Entry extends { schema: { readonly "~standard": { readonly types?: infer Types } } }',
        '  ? NonNullable<Types> extends { readonly output: infer Value } ? Value : Sveltedown.Metadata',
        '  : Sveltedown.Metadata',
      ],
      types: Object.fromEntries(
        keys.map((key) => [key, `Output<(typeof content)[${JSON.stringify(key)}]>`]),
      ),
    })
  }
  return record
}

/**
 * The types of a `content` map written in the Vite config (`configFile`), in SvelteKit: each
 * key's type is its schema's output type, read with the project's TypeScript
 * (`inlineContentTypes`). Without TypeScript, documents keep the ambient `*.svx` types.
 */
export async function writeInlineContentTypes(
  content: Record<string, ContentOptions>,
  root: string,
  kitConfig: KitConfig | undefined,
  configFile: string,
  extensions: string[],
): Promise<void> {
  const directory = typesDirectory(root, kitConfig)
  if (!directory) return
  const types = await inlineContentTypes(root, configFile, path.join(directory, 'inline.json'))
  if (!types) return
  await writeContentTypes({
    root,
    directory,
    keys: Object.keys(content),
    extensions,
    header: [],
    types,
  })
}

/** `.svelte-kit/sveltedown` in SvelteKit; `undefined` elsewhere (no generated tsconfig). */
function typesDirectory(root: string, kitConfig: KitConfig | undefined): string | undefined {
  const outDir = kitConfig?.kit?.outDir
  return kitConfig?.kit && outDir ? path.join(path.resolve(root, outDir), 'sveltedown') : undefined
}

function relativeSpecifier(from: string, to: string): string {
  const relative = path.relative(from, to).split(path.sep).join('/')
  return relative.startsWith('.') ? relative : `./${relative}`
}

const added = new WeakSet<object>()

/**
 * `documents/` joins SvelteKit's `rootDirs` (so `./post.svx` resolves to its generated types)
 * and `content.d.ts` its `include`, through SvelteKit's own `typescript.config` hook, wrapped
 * before SvelteKit writes `.svelte-kit/tsconfig.json`.
 */
function addToTsconfig(kit: NonNullable<KitConfig['kit']>) {
  const typescript = (kit.typescript ??= {})
  if (added.has(typescript)) return
  added.add(typescript)
  const original = typescript.config
  typescript.config = (config) => {
    const result = original?.(config) ?? config
    const compilerOptions = (result.compilerOptions ??= {})
    compilerOptions.rootDirs = [...(compilerOptions.rootDirs ?? []), './sveltedown/documents']
    result.include = [...(result.include ?? []), './sveltedown/content.d.ts']
    return result
  }
}

async function filesDigest(files: string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const file of [...new Set(files)].sort()) {
    hash.update(file).update(await fs.readFile(file).catch(() => Buffer.from('missing')))
  }
  return `content:${hash.digest('hex')}`
}
