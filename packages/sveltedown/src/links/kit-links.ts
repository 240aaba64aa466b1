import type { CompileOptions } from '../options.js'

/** The parts of a SvelteKit config read here (2: under `kit`; 3: at the top level). */
interface KitConfig {
  kit?: { files?: { routes?: string | undefined } | undefined } | undefined
  files?: { routes?: string | undefined } | undefined
}

/**
 * Where a SvelteKit app's routes live: `kit.files.routes` of its config (SvelteKit 3 has it at
 * the top level), by default `src/routes`.
 */
export function routesFolder(kitConfig: object): string {
  const config = kitConfig as KitConfig
  return config.kit?.files?.routes ?? config.files?.routes ?? 'src/routes'
}

/**
 * The `links` option for a document of a SvelteKit app: links resolve against the app's routes
 * folder unless `links` is `false` or names its own `routes` (`links: { folders }` keeps the
 * routes folder). The Vite plugin, the preprocessor it finds in the Svelte config, and
 * `sveltedown check` all take it from here.
 */
export function kitLinks(
  links: CompileOptions['links'],
  kitConfig: object,
): CompileOptions['links'] {
  if (links === false || links?.routes) return links
  return { ...links, routes: routesFolder(kitConfig) }
}
