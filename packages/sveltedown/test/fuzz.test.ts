import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { arbitraryDocument } from './fuzz/arbitrary-document.js'
import {
  comparable,
  compileOutcome,
  describeOutcome,
  failureProblem,
  outcomeHash,
} from './fuzz/compile-outcome.js'
import { checkProperty, fuzzSeed, testTimeout } from './fuzz/fuzz-settings.js'
import { failureSignature, minimizeSource } from './fuzz/minimize-source.js'
import { renderProps } from './fuzz/print-document.js'
import { compileAndRender, renderedText } from './fuzz/render-component.js'
import { validDocument } from './fuzz/valid-document.js'
import { growthRatio } from './utils/growth-ratio.js'

/**
 * Property-based fuzzing of `compile()` (fast-check). Each property runs for its share of the
 * time budget with a fixed seed; `pnpm fuzz` runs them longer with a random one. A failure
 * prints the seed and the shrunk document; each one found becomes a fixture in fixtures/fuzz.
 */

const packageDirectory = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

const anyDocument = fc.oneof(
  { arbitrary: arbitraryDocument, weight: 2 },
  { arbitrary: validDocument().map((document) => document.source), weight: 1 },
)

describe(`fuzz (seed ${fuzzSeed})`, () => {
  it(
    'every failure is a SveltedownError with a catalogued code and an in-range position',
    async () => {
      await checkProperty(
        'errors',
        fc.asyncProperty(anyDocument, async (source) => {
          const problem = failureProblem(await compileOutcome(compile, source), source)
          if (problem) throw new Error(problem)
        }),
        {
          async minimize(source) {
            const problem = async (candidate: string) =>
              failureProblem(await compileOutcome(compile, candidate), candidate)
            const signature = failureSignature((await problem(source)) ?? '')
            const smaller = await minimizeSource(source, async (candidate) => {
              const found = await problem(candidate)
              return found !== undefined && failureSignature(found) === signature
            })
            return `${JSON.stringify(smaller)}\n${await problem(smaller)}`
          },
        },
      )
    },
    testTimeout('errors'),
  )

  it(
    'the same code, map and diagnostics come out twice in one process',
    async () => {
      await checkProperty(
        'determinism',
        fc.asyncProperty(anyDocument, async (source) => {
          const first = comparable(await compileOutcome(compile, source))
          const second = comparable(await compileOutcome(compile, source))
          expect(second).toEqual(first)
        }),
      )
    },
    testTimeout('determinism'),
  )

  it(
    'the same code, map and diagnostics come out in another process',
    async () => {
      // Both sides use the build, so that the comparison is about processes, not about a build
      // older than the source (`pnpm test` builds first).
      const distPath = path.join(packageDirectory, 'dist/index.js')
      const built = (await import(pathToFileURL(distPath).href)) as typeof import('../src/index.js')
      await checkProperty(
        'crossProcess',
        fc.asyncProperty(
          fc.array(anyDocument, { minLength: 6, maxLength: 12 }),
          async (sources) => {
            const here: string[] = []
            for (const source of sources)
              here.push(outcomeHash(await compileOutcome(built.compile, source)))
            const output = execFileSync(process.execPath, ['scripts/fuzz-hash-batch.js'], {
              cwd: packageDirectory,
              input: JSON.stringify(sources),
              encoding: 'utf8',
              timeout: 120_000,
            })
            const there = output.trim().split('\n')
            sources.forEach((source, index) => {
              if (here[index] !== there[index]) {
                throw new Error(
                  `Different result in a child process for document ${index}: ${JSON.stringify(source)}`,
                )
              }
            })
          },
        ),
      )
    },
    testTimeout('crossProcess'),
  )

  it(
    'a valid document compiles, Svelte compiles and renders it, and every marker word shows',
    async () => {
      await checkProperty(
        'valid',
        fc.asyncProperty(validDocument(), async (document) => {
          const outcome = await compileOutcome(compile, document.source)
          if (outcome.ok !== true) throw new Error(`sveltedown: ${describeOutcome(outcome)}`)
          let html: string
          try {
            html = compileAndRender(outcome.result.code, renderProps).html
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error)
            throw new Error(`Svelte: ${message}\n--- output ---\n${outcome.result.code}`)
          }
          const text = renderedText(html)
          const missing = document.expected.filter(
            (word) => !new RegExp(`\\b${word}\\b`).test(text),
          )
          if (missing.length > 0) {
            throw new Error(
              `Marker words not rendered: ${missing.join(', ')}\n--- output ---\n${outcome.result.code}`,
            )
          }
        }),
      )
    },
    testTimeout('valid'),
  )

  it(
    'time grows linearly: a document repeated twice takes less than 2.5 times as long',
    async () => {
      await checkProperty(
        'linear',
        fc.asyncProperty(validDocument({ bodyOnly: true }), async (document) => {
          let base = document.source
          // Big enough that a compile takes tens of milliseconds, not a few: below that,
          // garbage collection and the JIT decide the ratio.
          while (base.length < 16_000) base += `\n${document.source}`
          // The document is repeated, not cut, so that every copy stays valid.
          const { ratio, description } = await growthRatio(async (copies) => {
            await compileOutcome(compile, Array(copies).fill(base).join('\n'), 60_000)
          }, 1)
          if (ratio > 2.5)
            throw new Error(`${base.length} characters a copy; in copies, ${description}`)
        }),
        { maxRuns: 4, timing: true },
      )
    },
    testTimeout('linear'),
  )
})
