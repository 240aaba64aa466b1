/**
 * Highlighting cost on the shared corpus (bench/results/highlight.md).
 *
 *   pnpm --filter ./bench run bench:highlight            (all three parts)
 *   PART=identical|themes|engines|langs|precompiled pnpm --filter ./bench run bench:highlight
 *   RUNS=1 (processes per language and engine for `langs`, per variant for `precompiled`,
 *   default 2)
 *
 * - identical: every fenced block highlighted by Shiki's codeToHast and by sveltedown's
 *   codeToHastOnce, for github-light/dark and vitesse-light/dark; counts blocks that differ.
 * - themes: cold (first highlight of every block, grammars compiled on the way) and warm
 *   (median of 3 more passes) CPU time of both, one fresh process each, alternated, best of 3.
 * - engines: whether the Oniguruma engine highlights any corpus block differently.
 * - langs: per language, in a fresh process: loading the grammar, its first block (regular
 *   expressions compiled as the tokenizer meets them), the same block again, for the JavaScript
 *   and the Oniguruma engine.
 * - precompiled: the corpus and the C++ block with the JavaScript engine translating patterns
 *   at run time, reading them translated beforehand, and with Oniguruma (see precompiled.ts).
 *   Not part of a run of all parts.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkIdentical } from '../../packages/sveltedown/test/utils/check-identical.ts'
import { corpusFences, type Fence } from '../../packages/sveltedown/test/utils/corpus-fences.ts'
import {
  highlight,
  prepare,
  shikiOptions,
  type Variant,
} from '../../packages/sveltedown/test/utils/highlight-corpus.ts'
import { cppBlock } from './cpp-block.ts'
import { type PrecompiledVariant, precompiledChild } from './precompiled.ts'

const defaultThemes = { light: 'github-light', dark: 'github-dark' }
const script = fileURLToPath(import.meta.url)

/** CPU time (user + system) of `run`, in milliseconds. */
async function cpu(run: () => unknown): Promise<number> {
  const start = process.cpuUsage()
  await run()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

async function themesChild(variant: Variant, engine: 'javascript' | 'oniguruma' = 'javascript') {
  const fences = corpusFences()
  const { highlighter, langs } = await prepare(fences, { themes: defaultThemes, engine })
  const pass = () =>
    cpu(() =>
      fences.forEach((fence, index) => {
        const lang = langs[index] as string
        highlight(variant, highlighter, fence, shikiOptions(defaultThemes, lang, fence.meta))
      }),
    )
  const cold = await pass()
  const warm = [await pass(), await pass(), await pass()].sort((a, b) => a - b)[1] as number
  return { cold, warm }
}

async function langChild(lang: string, engine: 'javascript' | 'oniguruma') {
  const fence =
    lang === 'cpp'
      ? cppBlock
      : (corpusFences().find((candidate) => candidate.lang === lang) as Fence)
  const { getHighlighter, loadLanguage } = await import(
    '../../packages/sveltedown/src/highlight/get-highlighter.ts'
  )
  const options = { themes: defaultThemes, engine }
  let highlighter = await getHighlighter(options)
  // The engine's own start (Oniguruma loads its WebAssembly) on a language nobody measures.
  const setup = await cpu(async () => {
    highlighter = await getHighlighter({ ...options, langAlias: { setup: 'text' } })
    await loadLanguage(highlighter, 'ini', options)
    highlighter.codeToHast('a = 1', shikiOptions(defaultThemes, 'ini', undefined))
  })
  let name = ''
  const load = await cpu(async () => {
    name = (await loadLanguage(highlighter, lang, options)) ?? 'text'
  })
  const once = () =>
    highlight('once', highlighter, fence, shikiOptions(defaultThemes, name, fence.meta))
  const first = await cpu(once)
  const again = await cpu(once)
  return { setup, load, first, again, lines: fence.value.split('\n').length }
}

function child(args: string[]): unknown {
  const output = execFileSync(process.execPath, [...process.execArgv, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  return JSON.parse(output.trim().split('\n').at(-1) as string)
}

const round = (value: number) => Math.round(value)
const ratio = (a: number, b: number) => (a / b).toFixed(2)

async function main() {
  const part = process.env.PART
  const fences = corpusFences()
  console.log(
    `corpus: ${fences.length} fenced blocks in ${new Set(fences.map((f) => f.file)).size} files`,
  )

  if (!part || part === 'identical') {
    for (const themes of [defaultThemes, { light: 'vitesse-light', dark: 'vitesse-dark' }]) {
      const result = await checkIdentical(fences, [themes])
      console.log(
        `identical, ${Object.values(themes).join(' + ')}: ${result.compared - result.differences.length} of ${result.compared} blocks`,
      )
      for (const difference of result.differences) console.log('  differs:', difference)
    }
  }

  if (!part || part === 'themes') {
    const runs: Record<Variant, Array<{ cold: number; warm: number }>> = { shiki: [], once: [] }
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const variant of attempt % 2
        ? (['once', 'shiki'] as const)
        : (['shiki', 'once'] as const)) {
        runs[variant].push(child(['themes', variant]) as { cold: number; warm: number })
      }
    }
    const best = (variant: Variant, key: 'cold' | 'warm') =>
      Math.min(...runs[variant].map((run) => run[key]))
    console.log('\n| two themes, whole corpus | cold CPU ms | warm CPU ms |\n| --- | ---: | ---: |')
    console.log(
      `| Shiki codeToHast (one pass per theme) | ${round(best('shiki', 'cold'))} | ${round(best('shiki', 'warm'))} |`,
    )
    console.log(
      `| codeToHastOnce (one pass) | ${round(best('once', 'cold'))} | ${round(best('once', 'warm'))} |`,
    )
    console.log(
      `| speed-up | ${ratio(best('shiki', 'cold'), best('once', 'cold'))}x | ${ratio(best('shiki', 'warm'), best('once', 'warm'))}x |`,
    )
    console.log(`runs: ${JSON.stringify(runs)}`)
  }

  if (!part || part === 'engines') {
    // Would Oniguruma change what readers see? Same blocks, both engines, compared as hast.
    const js = await prepare(fences, { themes: defaultThemes, engine: 'javascript' })
    const onig = await prepare(fences, { themes: defaultThemes, engine: 'oniguruma' })
    let same = 0
    const differing = new Map<string, number>()
    fences.forEach((fence, index) => {
      const lang = js.langs[index] as string
      const options = shikiOptions(defaultThemes, lang, fence.meta)
      const a = JSON.stringify(highlight('once', js.highlighter, fence, options))
      const b = JSON.stringify(highlight('once', onig.highlighter, fence, options))
      if (a === b) same++
      else differing.set(fence.lang, (differing.get(fence.lang) ?? 0) + 1)
    })
    console.log(`\nJavaScript and Oniguruma engines agree on ${same} of ${fences.length} blocks`)
    if (differing.size) console.log('differing blocks by language:', Object.fromEntries(differing))
  }

  if (!part || part === 'engines') {
    // The whole corpus, cold and warm, with each engine (one tokenization for both themes).
    const runs: Record<string, Array<{ cold: number; warm: number }>> = {
      javascript: [],
      oniguruma: [],
    }
    for (let attempt = 0; attempt < Number(process.env.RUNS ?? 2); attempt++) {
      const order = attempt % 2 ? ['oniguruma', 'javascript'] : ['javascript', 'oniguruma']
      for (const engine of order) {
        runs[engine]?.push(child(['themes', 'once', engine]) as { cold: number; warm: number })
      }
    }
    console.log('\n| engine, whole corpus | cold CPU ms | warm CPU ms |\n| --- | ---: | ---: |')
    for (const [engine, results] of Object.entries(runs)) {
      const cold = Math.min(...results.map((result) => result.cold))
      const warm = Math.min(...results.map((result) => result.warm))
      console.log(`| ${engine} | ${round(cold)} | ${round(warm)} |`)
    }
    console.log(`runs: ${JSON.stringify(runs)}`)
  }

  if (part === 'precompiled') {
    for (const subject of ['corpus', 'cpp'] as const) {
      const table = path.join(os.tmpdir(), `sveltedown-precompiled-${subject}.json`)
      const recorded = child(['precompiled', 'record', subject, table]) as {
        patterns: number
        tableBytes: number
      }
      console.log(
        `\n${subject}: ${recorded.patterns} patterns recorded, ${recorded.tableBytes} bytes of JSON`,
      )
      console.log('| variant | setup CPU ms | highlight CPU ms, each run | characters |')
      console.log('| --- | ---: | --- | ---: |')
      const variants = ['javascript', 'precompiled', 'oniguruma'] as const
      const runs = new Map<PrecompiledVariant, Array<Awaited<ReturnType<typeof precompiledChild>>>>(
        variants.map((variant) => [variant, []]),
      )
      for (let attempt = 0; attempt < Number(process.env.RUNS ?? 2); attempt++) {
        for (const variant of variants) {
          runs.get(variant)?.push(child(['precompiled', variant, subject, table]) as never)
        }
      }
      for (const [variant, results] of runs) {
        console.log(
          `| ${variant} | ${round(Math.min(...results.map((result) => result.setup)))} | ${results.map((result) => round(result.highlight)).join(' / ')} | ${results[0]?.characters} |`,
        )
      }
    }
  }

  if (!part || part === 'langs') {
    const langs = [...new Set(fences.map((fence) => fence.lang))].filter((lang) => lang !== 'text')
    langs.push('cpp')
    console.log(
      '\n| language | lines | engine | load ms | first block ms | again ms | first − again (compile) |\n| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    )
    const setups: Record<string, number[]> = { javascript: [], oniguruma: [] }
    for (const lang of langs) {
      for (const engine of ['javascript', 'oniguruma'] as const) {
        // Best of RUNS (default 2) fresh processes.
        const results = Array.from({ length: Number(process.env.RUNS ?? 2) }, () =>
          child(['lang', lang, engine]),
        ) as Array<Awaited<ReturnType<typeof langChild>>>
        const best = (key: 'setup' | 'load' | 'first' | 'again') =>
          Math.min(...results.map((result) => result[key]))
        setups[engine]?.push(best('setup'))
        console.log(
          `| ${lang} | ${results[0]?.lines} | ${engine} | ${round(best('load'))} | ${round(best('first'))} | ${round(best('again'))} | ${round(best('first') - best('again'))} |`,
        )
      }
    }
    for (const [engine, values] of Object.entries(setups)) {
      console.log(
        `engine setup (${engine}), median: ${round(values.sort((a, b) => a - b)[values.length >> 1] ?? 0)} ms`,
      )
    }
  }
}

const [mode, ...args] = process.argv.slice(2)
if (mode === 'themes') {
  const engine = args[1] as 'javascript' | 'oniguruma' | undefined
  console.log(JSON.stringify(await themesChild(args[0] as Variant, engine)))
} else if (mode === 'precompiled') {
  const [variant, subject, table] = args as [PrecompiledVariant, 'corpus' | 'cpp', string]
  console.log(JSON.stringify(await precompiledChild(variant, subject, table)))
} else if (mode === 'lang')
  console.log(
    JSON.stringify(await langChild(args[0] as string, args[1] as 'javascript' | 'oniguruma')),
  )
else await main()
