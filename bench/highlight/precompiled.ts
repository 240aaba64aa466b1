/**
 * What precompiled patterns would save (PART=precompiled of run.ts): Shiki's JavaScript engine
 * translating each Oniguruma pattern at run time, the same engine reading translations recorded
 * beforehand (as a package build step would ship them), and the Oniguruma engine. Each variant
 * runs in a fresh process, on the corpus's blocks or on the C++ block.
 */
import fs from 'node:fs'
import { EmulatedRegExp, toRegExpDetails } from 'oniguruma-to-es'
import {
  createHighlighter,
  createJavaScriptRegexEngine,
  createOnigurumaEngine,
  type RegexEngine,
} from 'shiki'
import { codeToHastOnce } from '../../packages/sveltedown/src/highlight/code-to-hast-once.ts'
import {
  type Highlighter,
  loadLanguage,
} from '../../packages/sveltedown/src/highlight/get-highlighter.ts'
import { corpusFences, type Fence } from '../../packages/sveltedown/test/utils/corpus-fences.ts'
import { shikiOptions } from '../../packages/sveltedown/test/utils/highlight-corpus.ts'
import { cppBlock } from './cpp-block.ts'

export type PrecompiledVariant = 'record' | 'javascript' | 'precompiled' | 'oniguruma'
type Details = ReturnType<typeof toRegExpDetails>

// Shiki's own translation options (@shikijs/engine-javascript's defaultJavaScriptRegexConstructor).
const translation = {
  global: true,
  hasIndices: true,
  lazyCompileLength: 3000,
  rules: {
    allowOrphanBackrefs: true,
    asciiWordBoundaries: true,
    captureGroup: true,
    recursionLimit: 5,
    singleline: true,
  },
  target: 'auto',
} as const

const fromDetails = (details: Details): RegExp =>
  details.options
    ? new EmulatedRegExp(details.pattern, details.flags, details.options)
    : new RegExp(details.pattern, details.flags)

function cpuMs(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/**
 * Highlight `subject` (`corpus`: every corpus block, `cpp`: the C++ block) once with two themes,
 * languages loaded as fences ask. `record` translates and writes every pattern met to `table`;
 * `precompiled` reads them from it. CPU ms of setup (engine, table, highlighter) and highlighting.
 */
export async function precompiledChild(
  variant: PrecompiledVariant,
  subject: 'corpus' | 'cpp',
  table: string,
) {
  const fences: Fence[] = subject === 'cpp' ? [cppBlock] : corpusFences()
  const themes = { light: 'github-light', dark: 'github-dark' }
  const start = process.cpuUsage()
  const recorded: Record<string, Details> = {}
  let engine: RegexEngine | Promise<RegexEngine>
  if (variant === 'oniguruma') engine = createOnigurumaEngine(import('shiki/wasm'))
  else if (variant === 'javascript') engine = createJavaScriptRegexEngine()
  else if (variant === 'record') {
    engine = createJavaScriptRegexEngine({
      regexConstructor: (pattern) => {
        const details = toRegExpDetails(pattern, translation)
        recorded[pattern] = details
        return fromDetails(details)
      },
    })
  } else {
    const precompiled = JSON.parse(fs.readFileSync(table, 'utf8')) as Record<string, Details>
    engine = createJavaScriptRegexEngine({
      regexConstructor: (pattern) => {
        const details = precompiled[pattern]
        if (!details) throw new Error(`Not recorded: ${pattern}`)
        return fromDetails(details)
      },
    })
  }
  const highlighter = (await createHighlighter({
    themes: Object.values(themes),
    langs: [],
    engine,
  })) as unknown as Highlighter
  const setup = cpuMs(start)
  const begin = process.cpuUsage()
  let characters = 0
  for (const fence of fences) {
    const lang = (await loadLanguage(highlighter, fence.lang, {})) ?? 'text'
    const root = codeToHastOnce(highlighter, fence.value, shikiOptions(themes, lang, fence.meta))
    characters += JSON.stringify(root).length
  }
  const highlight = cpuMs(begin)
  if (variant === 'record') fs.writeFileSync(table, JSON.stringify(recorded))
  return {
    setup,
    highlight,
    characters,
    patterns: Object.keys(recorded).length,
    tableBytes: variant === 'record' ? fs.statSync(table).size : undefined,
  }
}
