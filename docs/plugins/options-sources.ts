import path from 'node:path'
import type { OptionsSource } from './options-reference.js'

const compilerSource = path.resolve(import.meta.dirname, '../../packages/sveltedown/src')

/** The option types the options page documents, in its order. */
export const optionsSources: OptionsSource[] = [
  {
    file: path.join(compilerSource, 'options.ts'),
    name: 'CompileOptions',
    title: 'Compile options',
    intro:
      'Options of `compile()`, `createProcessor()`, the `sveltedown()` preprocessor and the Vite plugin.',
  },
  {
    file: path.join(compilerSource, 'highlight/highlight-options.ts'),
    name: 'HighlightOptions',
    title: 'Highlight options',
    intro: 'The object form of `highlight`: Shiki, with dual themes by default.',
  },
  {
    file: path.join(compilerSource, 'options.ts'),
    name: 'LinkOptions',
    title: 'Link options',
    intro: 'The object form of `links`: where documents are pages.',
  },
  {
    file: path.join(compilerSource, 'options.ts'),
    name: 'ContentOptions',
    title: 'Content options',
    intro:
      'One entry of `content`: the schema of the documents a folder glob or `layout:<name>` picks. See the guide page Typed frontmatter and collections.',
  },
  {
    file: path.join(compilerSource, 'options.ts'),
    name: 'FrontmatterOptions',
    title: 'Frontmatter options',
    intro: 'The object form of `frontmatter`.',
  },
]
