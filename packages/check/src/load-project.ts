import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type CompileOptions,
  kitLinks,
  resolvePluginSpecifiers,
  type SerializableOptions,
} from 'sveltedown'

/** What `sveltedown check` needs to know about a project, read from its own config files. */
export interface Project {
  /** The project root (the folder of its `package.json` and configs). */
  root: string
  /** The options of the project's `sveltedown()` call (Vite plugin or preprocessor). */
  options: CompileOptions
  /** Document extensions, from those options. */
  extensions: string[]
  /** Where the config was found, for messages: a file name, or `undefined` for the defaults. */
  configFile: string | undefined
}

const viteConfigs = ['vite.config.ts', 'vite.config.js', 'vite.config.mts', 'vite.config.mjs']
const svelteConfigs = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts']

/**
 * Load the real config: Vite's (through the project's own Vite, so `sveltekit()` runs too and
 * syncs SvelteKit's generated types with the document extensions the Vite plugin added), or the
 * Svelte config when there is no Vite config. The options come from the `sveltedown()` Vite
 * plugin, or from the `sveltedown()` preprocessor in either config; nothing is asked twice.
 */
export async function loadProject(root: string): Promise<Project> {
  const viteConfig = viteConfigs.find((name) => fs.existsSync(path.join(root, name)))
  if (viteConfig) {
    const vite = (await importFrom(root, 'vite')) as typeof import('vite')
    // SvelteKit reads its config and `src/app.html` from the working directory.
    const cwd = process.cwd()
    process.chdir(root)
    const config = await vite
      .resolveConfig(
        { root, configFile: path.join(root, viteConfig), logLevel: 'silent' },
        // `build`: SvelteKit writes its generated types (`./$types`) in its build `config` hook.
        'build',
        'production',
      )
      .finally(() => process.chdir(cwd))
    const plugin = config.plugins.find((p) => p.name === 'sveltedown') as
      | { api?: { options?: CompileOptions } }
      | undefined
    const fromPlugin = plugin?.api?.options
    // A configured preprocessor is the one that runs (the Vite plugin then steps aside).
    const fromPreprocess = findPreprocessorOptions(
      config.plugins.map((p) => (p as { api?: { options?: { preprocess?: unknown } } }).api),
    )
    // Links resolve against SvelteKit's routes folder (`kit.files.routes`), as in the app.
    const kitConfig = (
      config.plugins.find((p) => p.name === 'vite-plugin-sveltekit-setup') as
        | { api?: { options?: object } }
        | undefined
    )?.api?.options
    if (fromPreprocess) {
      const links = kitConfig ? kitLinks(fromPreprocess.links, kitConfig) : fromPreprocess.links
      return project(root, { ...fromPreprocess, links }, viteConfig)
    }
    // The Vite plugin's options may name plugins by module specifier (so that they can go to
    // worker threads); compile() takes the plugins themselves.
    if (fromPlugin) {
      const options = { ...fromPlugin, root: fromPlugin.root ?? root } as SerializableOptions
      return project(root, await resolvePluginSpecifiers(options), viteConfig)
    }
  }
  const svelteConfig = svelteConfigs.find((name) => fs.existsSync(path.join(root, name)))
  if (svelteConfig) {
    const module = (await import(pathToFileURL(path.join(root, svelteConfig)).href)) as {
      default?: { preprocess?: unknown }
    }
    const options = findPreprocessorOptions([{ options: module.default }])
    if (options) return project(root, options, svelteConfig)
  }
  return project(root, {}, undefined)
}

function project(root: string, options: CompileOptions, configFile: string | undefined): Project {
  return {
    root,
    options,
    extensions: options.extensions ?? ['.svx', '.mds'],
    configFile,
  }
}

/** The options of a `sveltedown()` preprocessor group in any of these Svelte options. */
function findPreprocessorOptions(
  apis: Array<{ options?: { preprocess?: unknown } | undefined } | undefined>,
): CompileOptions | undefined {
  for (const api of apis) {
    const preprocess = api?.options?.preprocess
    const groups = Array.isArray(preprocess) ? preprocess : preprocess ? [preprocess] : []
    for (const group of groups) {
      const candidate = group as { name?: string; options?: CompileOptions } | undefined
      if (candidate?.name === 'sveltedown' && candidate.options) return candidate.options
    }
  }
  return undefined
}

/** Import a package as the project resolves it (its own Vite, its own TypeScript). */
export async function importFrom(root: string, specifier: string): Promise<unknown> {
  const require = createRequire(path.join(root, 'package.json'))
  return import(pathToFileURL(require.resolve(specifier)).href)
}
