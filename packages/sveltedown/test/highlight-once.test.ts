import { expect, test } from 'vitest'
import { checkIdentical, sampleTransformers } from './utils/check-identical.js'
import { corpusFences } from './utils/corpus-fences.js'

// The whole corpus takes minutes on a busy machine; bench/highlight/run.ts checks every block
// (`pnpm --filter ./bench run bench:highlight`). Here every eighth block, and one block of
// each language.
const fences = corpusFences()
const oneOfEach = new Set([...new Map(fences.map((fence) => [fence.lang, fence])).values()])
const sample = fences.filter((fence, index) => index % 8 === 0 || oneOfEach.has(fence))
const github = { light: 'github-light', dark: 'github-dark' }
const others = [
  { light: 'vitesse-light', dark: 'vitesse-dark' },
  { dark: 'one-dark-pro', light: 'min-light', x: 'monokai' },
]
// One highlighter for every test (grammars compile once): it loads all the themes.
const loaded = [...Object.values(github), ...others.flatMap((themes) => Object.values(themes))]

test('the corpus sample covers every language of the corpus', () => {
  expect(fences.length).toBeGreaterThan(1_200)
  expect(new Set(sample.map((fence) => fence.lang))).toEqual(
    new Set(fences.map((fence) => fence.lang)),
  )
})

test('one tokenization for both default themes gives exactly what Shiki gives', async () => {
  const result = await checkIdentical(sample, [github], [], loaded)
  expect(result.compared).toBe(sample.length)
  expect(result.differences).toEqual([])
}, 120_000)

test('themes with font styles, three themes, and transformers come out the same', async () => {
  const few = sample.filter((_, index) => index % 2 === 0)
  const themes = await checkIdentical(few, others, [], loaded)
  expect(themes.differences).toEqual([])
  const transformed = await checkIdentical(few, [github], sampleTransformers(), loaded)
  expect(transformed.differences).toEqual([])
}, 120_000)
