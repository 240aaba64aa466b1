import type { CompileOptions } from 'sveltedown'
import type { PluginOption } from 'vite'
import { findPlugin } from './find-plugin.js'

/** The parts of SvelteKit's config (2: under `kit`; 3: at the top level) read here. */
interface KitConfig {
  kit?: { files?: { routes?: string } }
  files?: { routes?: string }
}

/**
 * What the Vite plugin adds to the user's options in a SvelteKit app: links between documents
 * resolve against the app's routes folder (`kit.files.routes`, default `src/routes`) unless
 * `links` is set (`false` turns them off; `links: { folders }` keeps the routes folder), and
 * `images: 'enhanced'` falls back to plain imports, with a warning, when `enhancedImages()` of
 * `@sveltejs/enhanced-img` is not among the Vite plugins (nothing would turn
 * `<enhanced:img>` into an image).
 */
export async function pageOptions(
  options: Pick<CompileOptions, 'links' | 'images'>,
  kitConfig: object | undefined,
  plugins: PluginOption[] | undefined,
): Promise<Pick<CompileOptions, 'links' | 'images'>> {
  const result: Pick<CompileOptions, 'links' | 'images'> = {}
  const kit = kitConfig as KitConfig | undefined
  if (kit && options.links !== false && !options.links?.routes) {
    const routes = kit.kit?.files?.routes ?? kit.files?.routes ?? 'src/routes'
    result.links = { ...options.links, routes }
  }
  if (
    options.images === 'enhanced' &&
    !(await findPlugin(plugins, 'vite-plugin-enhanced-img-markup'))
  ) {
    console.warn(
      "sveltedown: `images: 'enhanced'` needs `enhancedImages()` from @sveltejs/enhanced-img before `sveltekit()` in the Vite plugins; relative images are imported as plain files instead",
    )
    result.images = true
  }
  return result
}
