import type { Plugin } from 'vite'
import { errorsReference } from './errors-reference.js'
import { optionsReference } from './options-reference.js'
import { optionsSources } from './options-sources.js'

/**
 * Pages whose reference part is generated at build time, appended to what the `.svx` says
 * before sveltedown compiles it: the options (from the TSDoc of the options types) and the
 * errors (from the catalogue, each example compiled now).
 */
export function generatedSections(): Plugin {
  let root = process.cwd()
  return {
    name: 'docs:generated-sections',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async transform(code, id) {
      if (id.endsWith('/src/content/reference/options.svx')) {
        for (const source of optionsSources) this.addWatchFile(source.file)
        return { code: `${code}\n${optionsReference(optionsSources)}`, map: null }
      }
      if (id.endsWith('/src/content/reference/errors.svx')) {
        return { code: `${code}\n${await errorsReference(root)}`, map: null }
      }
      return undefined
    },
  }
}
