export type { CompileOptions as SveltedownOptions } from 'sveltedown'
export { type SveltedownPluginOptions, sveltedown } from './vite-plugin.js'
