import { expect, test } from 'vitest'
import { defaultEngine } from '../src/highlight/default-engine.js'
import { corpusFences } from './utils/corpus-fences.js'
import { highlight, prepare, shikiOptions } from './utils/highlight-corpus.js'

// Node compiles with Oniguruma by default, the browser entry with the JavaScript engine: the
// same document must come out the same either way. Every eighth corpus block and one of each
// language, as in highlight-once.test.ts (bench/highlight's PART=engines checks every block).
const fences = corpusFences()
const oneOfEach = new Set([...new Map(fences.map((fence) => [fence.lang, fence])).values()])
const sample = fences.filter((fence, index) => index % 8 === 0 || oneOfEach.has(fence))
const themes = { light: 'github-light', dark: 'github-dark' }

test('Node highlights with Oniguruma unless the options name an engine', () => {
  expect(defaultEngine()).toBe('oniguruma')
})

test("the default engine in Node gives exactly the hast of Shiki's codeToHast with the JavaScript engine", async () => {
  const ours = await prepare(sample, { themes })
  const javascript = await prepare(sample, { themes, engine: 'javascript' })
  expect(ours.highlighter).not.toBe(javascript.highlighter)
  expect(ours.langs).toEqual(javascript.langs)
  const different = sample.filter((fence, index) => {
    const options = shikiOptions(themes, ours.langs[index] as string, fence.meta)
    const node = JSON.stringify(highlight('once', ours.highlighter, fence, options))
    const browser = JSON.stringify(highlight('shiki', javascript.highlighter, fence, options))
    return node !== browser
  })
  expect(sample.length).toBeGreaterThan(150)
  expect(different.map((fence) => `${fence.file} (${fence.lang})`)).toEqual([])
}, 120_000)
