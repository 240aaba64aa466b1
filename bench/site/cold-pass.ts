/**
 * One cold compile pass over the pages in a fresh process (`tsx cold-pass.ts <pipeline>
 * <pages.json>`): setup, grammars and the first highlight of every block, as one build pays.
 * Prints `{ cpuMs, wallMs }`. The mdsvex Shiki recipe does sveltedown's work: the same two
 * themes, languages loaded as fences ask.
 */
import fs from 'node:fs'
import { escapeSvelte, mdsvex } from 'mdsvex'
import { bundledLanguages, createHighlighter } from 'shiki'
import { compile } from 'sveltedown'

export const coldPipelines = [
  'sveltedown',
  'sveltedown-javascript',
  'sveltedown-no-highlight',
  'mdsvex',
  'mdsvex-shiki',
] as const
export type ColdPipeline = (typeof coldPipelines)[number]

async function runner(id: ColdPipeline) {
  if (id === 'sveltedown')
    return (source: string, filename: string) => compile(source, { filename })
  // The JavaScript regex engine, the default before Oniguruma was made Node's (and still the
  // browser's): the engine's share of the cold pass.
  if (id === 'sveltedown-javascript') {
    return (source: string, filename: string) =>
      compile(source, { filename, highlight: { engine: 'javascript' } })
  }
  if (id === 'sveltedown-no-highlight') {
    return (source: string, filename: string) => compile(source, { filename, highlight: false })
  }
  if (id === 'mdsvex') {
    const markup = mdsvex({ extensions: ['.svx'] }).markup
    return (content: string, filename: string) => markup?.({ content, filename })
  }
  const themes = { light: 'github-light', dark: 'github-dark' }
  const highlighter = await createHighlighter({ themes: Object.values(themes), langs: [] })
  const markup = mdsvex({
    extensions: ['.svx'],
    highlight: {
      async highlighter(code: string, lang: string | null | undefined) {
        const language = lang && lang in bundledLanguages ? lang : 'text'
        if (language !== 'text')
          await highlighter.loadLanguage(language as keyof typeof bundledLanguages)
        const html = escapeSvelte(highlighter.codeToHtml(code, { lang: language, themes }))
        return `{@html \`${html}\` }`
      },
    },
  }).markup
  return (content: string, filename: string) => markup?.({ content, filename })
}

if (process.argv[1] === import.meta.filename) {
  const [id = 'sveltedown', list = ''] = process.argv.slice(2)
  const pages = JSON.parse(fs.readFileSync(list, 'utf8')) as Array<{ slug: string; source: string }>
  const cpu = process.cpuUsage()
  const start = performance.now()
  const run = await runner(id as ColdPipeline)
  for (const page of pages) await run(page.source, `src/routes/${page.slug}/+page.svx`)
  const used = process.cpuUsage(cpu)
  process.stdout.write(
    `\n${JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start })}\n`,
  )
  process.exit(0)
}
