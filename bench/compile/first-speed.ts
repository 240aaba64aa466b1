/**
 * First speed number: sveltedown (no highlighting) beside the bare unified pipeline with
 * remark-gfm, on the shared corpus, in one process. Prints docs/s and the ratio.
 *
 *   pnpm --filter ./bench run bench:compile        (QUICK=1 for a short smoke run)
 */
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { compile } from 'sveltedown'
import { unified } from 'unified'
import { loadCorpus } from './load-corpus.js'
import { measure } from './measure.js'

const quick = Boolean(process.env.QUICK)
const corpus = loadCorpus(quick ? 20 : undefined)
const options = { highlight: false } as const

// Documents that are not valid `.svx` (the corpus was written for another toolchain) are
// counted and left out of every pipeline alike.
const documents = []
const rejected = new Map<string, number>()
for (const document of corpus) {
  try {
    await compile(document.value, { ...options, filename: document.path })
    documents.push(document)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'other'
    rejected.set(code, (rejected.get(code) ?? 0) + 1)
  }
}

const bareGfm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
const bareGfmFrontmatter = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeStringify)

const results = await measure(
  [
    {
      name: 'sveltedown (highlight: false)',
      run: (value, path) => compile(value, { ...options, filename: path }),
    },
    { name: 'unified + remark-gfm', run: (value) => bareGfm.process(value) },
    {
      name: 'unified + remark-gfm + remark-frontmatter',
      run: (value) => bareGfmFrontmatter.process(value),
    },
  ],
  documents,
  quick ? { warmup: 1, passes: 1 } : {},
)

const [ours, bare, bareWithFrontmatter] = results
console.log(`corpus: ${corpus.length} documents; ${documents.length} measured`)
for (const [code, count] of rejected) console.log(`  left out: ${count} (${code})`)
for (const result of results) {
  console.log(
    `${result.name.padEnd(44)} ${result.docsPerSecond.toFixed(1).padStart(7)} docs/s  (median pass ${result.median.toFixed(0)} ms)`,
  )
}
if (ours && bare && bareWithFrontmatter) {
  console.log(
    `ratio vs unified + remark-gfm: ${(ours.docsPerSecond / bare.docsPerSecond).toFixed(2)} (target >= 0.9)`,
  )
  console.log(
    `ratio vs unified + remark-gfm + remark-frontmatter: ${(ours.docsPerSecond / bareWithFrontmatter.docsPerSecond).toFixed(2)}`,
  )
}
