import { type CompileOptions, kitLinks } from 'sveltedown'
import type { Plugin, PluginOption } from 'vite'
import { findPlugin } from './find-plugin.js'

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
  if (kitConfig) result.links = kitLinks(options.links, kitConfig)
  if (options.images === 'enhanced') {
    const enhanced = await findPlugin(plugins, 'vite-plugin-enhanced-img-markup')
    if (enhanced) runInPluginOrder(enhanced)
    else {
      console.warn(
        "sveltedown: `images: 'enhanced'` needs `enhancedImages()` from @sveltejs/enhanced-img before `sveltekit()` in the Vite plugins; relative images are imported as plain files instead",
      )
      result.images = true
    }
  }
  return result
}

/**
 * enhanced-img orders its markup step `pre`, before every other plugin's transform, so that it
 * precedes Svelte's compile; it would then see a document's Markdown, not the `<enhanced:img>`
 * sveltedown writes. Without the `pre` it runs in plugin order: after `sveltedown()` and before
 * `sveltekit()`, where its docs ask for it. Done in `config`, before Vite sorts the hooks.
 */
function runInPluginOrder(plugin: Plugin) {
  const hook = plugin.transform
  if (hook && typeof hook === 'object' && hook.order === 'pre') hook.order = null
}
