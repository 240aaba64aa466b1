export type { CompileOptions as SveltedownOptions } from 'sveltedown'
export { sveltedown } from './vite-plugin.js'
