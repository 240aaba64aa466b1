import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ContentOptions } from 'sveltedown'
import { writeContentTypes } from './write-content-types.js'

/** SvelteKit's resolved config, as far as generated types need it. */
interface KitConfig {
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
 * The `content` option of the Vite plugin: the map itself (schemas are validated, `metadata`
 * stays typed by the ambient `*.svx` types), or the path of a module whose default export is the
 * map (`'./src/content.config.ts'`), which also gives generated types: the module is loaded
 * with Vite's module runner (TypeScript works), and in SvelteKit the types are written to
 * `.svelte-kit/sveltedown/` and added to the tsconfig SvelteKit generates (`svelte-kit sync`
 * loads the Vite config, so this runs there too).
 */
export async function resolveContentOption(
  option: Record<string, ContentOptions> | string | undefined,
  root: string,
  kitConfig: KitConfig | undefined,
  extensions: string[],
): Promise<Record<string, ContentOptions> | undefined> {
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
  const outDir = kitConfig?.kit?.outDir
  if (kitConfig?.kit && outDir) {
    const directory = path.join(path.resolve(root, outDir), 'sveltedown')
    addToTsconfig(kitConfig.kit)
    await writeContentTypes({ root, directory, module, content: record, extensions })
  }
  return record
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
