import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

type TypeScript = typeof import('typescript')

/**
 * The tsconfig svelte-check runs with: the project's own (extended, so `paths` such as `$lib`
 * and every option stay), plus the shadows in `include`, plus the mirror in `rootDirs`. With
 * `rootDirs`, a shadow's relative imports (`./Card.svelte`, `./$types`) resolve as the
 * document's do, and the project's `import Post from './post.svx'` finds the shadow.
 */
export async function writeTsconfig(root: string, mirror: string, base: string): Promise<string> {
  // Required, not imported: TypeScript is CommonJS, and `import()` of its 9 MB file first scans
  // it for its exports (and, on Node 20, for its module format), ~0.5 s of CPU on every check.
  // When the Vite config already imported it (SvelteKit's sync does), this is the same module.
  const api = createRequire(path.join(root, 'package.json'))('typescript') as TypeScript
  const parsed = api.parseJsonConfigFileContent(
    api.readConfigFile(base, api.sys.readFile).config,
    api.sys,
    path.dirname(base),
  )
  const rootDirs = parsed.options.rootDirs?.length ? parsed.options.rootDirs : [root]
  const include = includeOf(api, base) ?? [path.join(path.dirname(base), '**/*')]
  const config = {
    extends: base,
    compilerOptions: {
      rootDirs: [...rootDirs, mirror],
      ...mirroredPaths(
        { ...packageImports(root), ...parsed.options.paths },
        parsed.options,
        root,
        mirror,
      ),
    },
    include: [...include, path.join(mirror, '**/*.svelte'), path.join(mirror, '**/*.ts')],
  }
  const file = path.join(mirror, 'tsconfig.json')
  const text = `${JSON.stringify(config, null, 2)}\n`
  await fs.mkdir(mirror, { recursive: true })
  if ((await fs.readFile(file, 'utf8').catch(() => undefined)) !== text) {
    await fs.writeFile(file, text)
  }
  return file
}

/**
 * `paths` with each target under the root followed by the same target in the mirror, so that
 * `$lib/post.svx` finds its shadow as `./post.svx` does through `rootDirs`.
 */
function mirroredPaths(
  declared: Record<string, string[]>,
  options: import('typescript').CompilerOptions,
  root: string,
  mirror: string,
): { paths?: Record<string, string[]> } {
  if (Object.keys(declared).length === 0) return {}
  // `paths` are relative to `baseUrl`, or else to the tsconfig that declares them.
  const from = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? root
  const paths: Record<string, string[]> = {}
  for (const [pattern, targets] of Object.entries(declared)) {
    paths[pattern] = targets.flatMap((target) => {
      const full = path.resolve(from, target)
      const relative = path.relative(root, full)
      // Documents live in the project's own folders, not in `..` or hidden ones (`.svelte-kit`).
      const mirrored = !relative.startsWith('.') && !path.isAbsolute(relative)
      return mirrored ? [full, path.join(mirror, relative)] : [full]
    })
  }
  return { paths }
}

/**
 * The package's own subpath imports (`"#lib/*": "./src/lib/*"`, SvelteKit 3's `$lib`) as
 * absolute `paths`, so they can be mirrored too; `paths` are tried before `imports`.
 */
function packageImports(root: string): Record<string, string[]> {
  let manifest: { imports?: Record<string, unknown> }
  try {
    manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  } catch {
    return {}
  }
  const paths: Record<string, string[]> = {}
  for (const [pattern, target] of Object.entries(manifest.imports ?? {})) {
    const value =
      typeof target === 'string'
        ? target
        : (target as { types?: unknown; default?: unknown } | null)?.default
    if (typeof value === 'string' && value.startsWith('./')) {
      paths[pattern] = [path.join(root, value)]
    }
  }
  return paths
}

/**
 * The `include` patterns in effect for a tsconfig, made absolute: its own, or the nearest ones
 * up its `extends` chain (patterns are relative to the file that declares them).
 */
function includeOf(ts: TypeScript, file: string, depth = 0): string[] | undefined {
  if (depth > 8) return undefined
  const config = ts.readConfigFile(file, ts.sys.readFile).config as
    | { include?: string[]; extends?: string | string[] }
    | undefined
  if (!config) return undefined
  const folder = path.dirname(file)
  if (config.include) return config.include.map((pattern) => path.resolve(folder, pattern))
  const parents = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [])
  for (const parent of parents.reverse()) {
    const resolved = resolveExtends(parent, folder)
    const found = resolved && includeOf(ts, resolved, depth + 1)
    if (found) return found
  }
  return undefined
}

function resolveExtends(specifier: string, folder: string): string | undefined {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const full = path.resolve(folder, specifier)
    return full.endsWith('.json') ? full : `${full}.json`
  }
  // A package's config (`@tsconfig/svelte`): these rarely set `include`.
  return undefined
}
