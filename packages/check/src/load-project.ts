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
import type { Plugin, PluginOption } from 'vite'

/** What `sveltedown check` needs to know about a project, read from its own config files. */
export interface Project {
  /** The project root (the folder of its `package.json` and configs). */
  root: string
  /** The options of the project's `sveltedown()` call (Vite plugin or preprocessor). */
  options: CompileOptions
  /**
   * The same options as the config gives them: plugins may still be module specifiers (and
   * then these can go to worker threads), `cache` is still there.
   */
  given: SerializableOptions
  /** Document extensions, from those options. */
  extensions: string[]
  /** Where the config was found, for messages: a file name, or `undefined` for the defaults. */
  configFile: string | undefined
}

const viteConfigs = ['vite.config.ts', 'vite.config.js', 'vite.config.mts', 'vite.config.mjs']
const svelteConfigs = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts']

export interface LoadProjectOptions {
  /**
   * Called once, as soon as the options are known (with a Vite config: when its plugins'
   * `config` hooks have run, before Vite resolves the rest), with what `given` will be.
   */
  onOptions?: ((given: SerializableOptions, extensions: string[]) => void) | undefined
}

/**
 * Load the real config: Vite's (through the project's own Vite, so `sveltekit()` runs too and
 * syncs SvelteKit's generated types with the document extensions the Vite plugin added), or the
 * Svelte config when there is no Vite config. The options come from the `sveltedown()` Vite
 * plugin, or from the `sveltedown()` preprocessor in either config; nothing is asked twice.
 */
export async function loadProject(
  root: string,
  { onOptions }: LoadProjectOptions = {},
): Promise<Project> {
  const known = (given: SerializableOptions) => {
    onOptions?.(given, extensionsOf(given))
    onOptions = undefined
  }
  const viteConfig = viteConfigs.find((name) => fs.existsSync(path.join(root, name)))
  if (viteConfig) {
    const vite = (await importFrom(root, 'vite')) as typeof import('vite')
    // The options are final once every plugin's `config` hook has run (the `sveltedown()` Vite
    // plugin adds the routes folder to them in its own); the rest of the resolve (SvelteKit's
    // sync, the `configResolved` hooks) can run while the documents compile.
    const probe: Plugin = {
      name: 'sveltedown-check:options',
      enforce: 'post',
      config: {
        order: 'post',
        async handler(config) {
          const given = optionsOf(root, await flatten(config.plugins))
          if (given) known(given)
        },
      },
    }
    // SvelteKit reads its config and `src/app.html` from the working directory.
    const cwd = process.cwd()
    process.chdir(root)
    const config = await vite
      .resolveConfig(
        {
          root,
          configFile: path.join(root, viteConfig),
          logLevel: 'silent',
          plugins: [probe],
        },
        // `build`: SvelteKit writes its generated types (`./$types`) in its build `config` hook.
        'build',
        'production',
      )
      .finally(() => process.chdir(cwd))
    const given = optionsOf(root, config.plugins)
    if (given) {
      known(given)
      // The Vite plugin's options may name plugins by module specifier (so that they can go to
      // worker threads); compile() takes the plugins themselves.
      return project(root, given, await resolvePluginSpecifiers(given), viteConfig)
    }
  }
  const svelteConfig = svelteConfigs.find((name) => fs.existsSync(path.join(root, name)))
  if (svelteConfig) {
    const module = (await import(pathToFileURL(path.join(root, svelteConfig)).href)) as {
      default?: { preprocess?: unknown }
    }
    const options = findPreprocessorOptions([{ options: module.default }])
    if (options) {
      known(options as SerializableOptions)
      return project(root, options as SerializableOptions, options, svelteConfig)
    }
  }
  known({})
  return project(root, {}, {}, undefined)
}

/**
 * The options of the `sveltedown()` call among a Vite config's plugins: a configured
 * preprocessor is the one that runs (the Vite plugin then steps aside), else the Vite plugin's.
 */
function optionsOf(
  root: string,
  plugins: readonly (Plugin | undefined)[],
): SerializableOptions | undefined {
  const fromPlugin = (
    plugins.find((p) => p?.name === 'sveltedown') as { api?: { options?: SerializableOptions } }
  )?.api?.options
  const fromPreprocess = findPreprocessorOptions(
    plugins.map((p) => (p as { api?: { options?: { preprocess?: unknown } } } | undefined)?.api),
  )
  // Links resolve against SvelteKit's routes folder (`kit.files.routes`), as in the app.
  const kitConfig = (
    plugins.find((p) => p?.name === 'vite-plugin-sveltekit-setup') as
      | { api?: { options?: object } }
      | undefined
  )?.api?.options
  if (fromPreprocess) {
    const links = kitConfig ? kitLinks(fromPreprocess.links, kitConfig) : fromPreprocess.links
    return { ...fromPreprocess, links } as SerializableOptions
  }
  if (fromPlugin) return { ...fromPlugin, root: fromPlugin.root ?? root }
  return undefined
}

/** A Vite config's `plugins` as Vite flattens them (nested arrays, promises, `false`). */
async function flatten(plugins: PluginOption[] | undefined): Promise<(Plugin | undefined)[]> {
  const flat: (Plugin | undefined)[] = []
  for (const plugin of plugins ?? []) {
    const value = await plugin
    if (Array.isArray(value)) flat.push(...(await flatten(value)))
    else if (value) flat.push(value)
  }
  return flat
}

function project(
  root: string,
  given: SerializableOptions,
  options: CompileOptions,
  configFile: string | undefined,
): Project {
  return { root, options, given, extensions: extensionsOf(options), configFile }
}

function extensionsOf(options: Pick<CompileOptions, 'extensions'>): string[] {
  return options.extensions ?? ['.svx', '.mds']
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
