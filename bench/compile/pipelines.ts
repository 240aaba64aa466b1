/**
 * The pipelines the compile benchmark compares, each set up once (one processor, one
 * highlighter per configuration) and then run document by document.
 */
import { compile as compileMdx } from '@mdx-js/mdx'
import { escapeSvelte, mdsvex } from 'mdsvex'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { bundledLanguages, createHighlighter } from 'shiki'
import { compile, compileMany } from 'sveltedown'
import { unified } from 'unified'
import type { Document } from './load-corpus.ts'

export interface Pipeline {
  /** Stable id, used for separate memory processes. */
  id: PipelineId
  name: string
  /** Compile one document; throws when the pipeline rejects it. */
  run(source: string, path: string): Promise<unknown> | unknown
  /** Compile all documents at once (for pipelines that parallelise); each document's error. */
  runAll?(documents: Document[]): Promise<Array<Error | undefined>>
}

export const pipelineIds = [
  'sveltedown',
  'sveltedown-no-highlight',
  'sveltedown-threads',
  'sveltedown-javascript',
  'mdsvex',
  'mdsvex-shiki',
  'mdsvex-bare',
  'mdx',
  'unified-gfm',
  'unified-gfm-frontmatter',
] as const
export type PipelineId = (typeof pipelineIds)[number]

/** Languages the fenced code of the corpus names (` ```svelte `). */
export function corpusLanguages(documents: Document[]): string[] {
  const found = new Set<string>()
  for (const document of documents) {
    for (const match of document.value.matchAll(/^ {0,3}(?:`{3,}|~{3,})\s*([\w+-]+)/gm)) {
      if (match[1]) found.add(match[1])
    }
  }
  return [...found].sort()
}

export async function createPipeline(id: PipelineId, documents: Document[]): Promise<Pipeline> {
  switch (id) {
    case 'sveltedown':
      return {
        id,
        name: 'sveltedown (defaults: Shiki, GFM, heading ids, maps)',
        run: (value, path) => compile(value, { filename: path }),
      }
    case 'sveltedown-no-highlight':
      return {
        id,
        name: 'sveltedown (highlight: false)',
        run: (value, path) => compile(value, { filename: path, highlight: false }),
      }
    case 'sveltedown-threads':
      return {
        id,
        name: 'sveltedown (defaults, compileMany, worker threads)',
        run: (value, path) => compile(value, { filename: path }),
        async runAll(list) {
          const report = await compileMany(
            list.map((document) => ({ source: document.value, filename: document.path })),
          )
          return report.documents.map((entry) => ('error' in entry ? entry.error : undefined))
        },
      }
    // Node's default engine is Oniguruma (WebAssembly); this is the browser entry's engine.
    case 'sveltedown-javascript':
      return {
        id,
        name: 'sveltedown (defaults, JavaScript regex engine)',
        run: (value, path) =>
          compile(value, { filename: path, highlight: { engine: 'javascript' } }),
      }
    case 'mdsvex': {
      // One preprocessor per configuration, as a build makes it once from svelte.config.js.
      const markup = mdsvex({ extensions: ['.md'] }).markup
      return {
        id,
        name: 'mdsvex 0.12.8 (defaults: Prism, smartypants)',
        run: (value, path) => markup?.({ content: value, filename: path }),
      }
    }
    case 'mdsvex-shiki': {
      const markup = (await mdsvexShiki(documents)).markup
      return {
        id,
        name: 'mdsvex 0.12.8 (Shiki recipe, one highlighter)',
        run: (value, path) => markup?.({ content: value, filename: path }),
      }
    }
    case 'mdsvex-bare': {
      const markup = mdsvex({ extensions: ['.md'], highlight: false, smartypants: false }).markup
      return {
        id,
        name: 'mdsvex 0.12.8 (no highlighting, no smartypants)',
        run: (value, path) => markup?.({ content: value, filename: path }),
      }
    }
    case 'mdx':
      return {
        id,
        name: '@mdx-js/mdx 3 (format: md)',
        run: (value) => compileMdx(value, { format: 'md' }),
      }
    case 'unified-gfm': {
      const processor = unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeStringify)
      return { id, name: 'unified + remark-gfm (bare)', run: (value) => processor.process(value) }
    }
    case 'unified-gfm-frontmatter': {
      const processor = unified()
        .use(remarkParse)
        .use(remarkFrontmatter)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeStringify)
      return {
        id,
        name: 'unified + remark-gfm + remark-frontmatter',
        run: (value) => processor.process(value),
      }
    }
  }
}

/**
 * mdsvex's documented Shiki recipe: one highlighter made up front with the languages the corpus
 * uses, `codeToHtml`, `escapeSvelte` and an `{@html}` wrapper. Languages Shiki does not know
 * (`dts`, `tree`) are highlighted as `text`, so no document is lost to the recipe.
 */
async function mdsvexShiki(documents: Document[]) {
  const theme = 'github-dark'
  const langs = corpusLanguages(documents).filter((lang) => lang in bundledLanguages)
  const highlighter = await createHighlighter({ themes: [theme], langs })
  await highlighter.loadLanguage(...(langs as Array<keyof typeof bundledLanguages>))
  const loaded = new Set(highlighter.getLoadedLanguages())
  return mdsvex({
    extensions: ['.md'],
    highlight: {
      highlighter: async (code: string, lang: string | null | undefined = 'text') => {
        const language = lang && loaded.has(lang) ? lang : 'text'
        const html = escapeSvelte(highlighter.codeToHtml(code, { lang: language, theme }))
        return `{@html \`${html}\` }`
      },
    },
  })
}
