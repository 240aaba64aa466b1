import fs from 'node:fs'
import path from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { compile as compileSvelte } from 'svelte/compiler'
import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { fixtureOptions } from './utils/fixture-options.js'
import { fixtures } from './utils/paths.js'

/** A snippet that must map back: the same text in output and input, or two texts. */
type Snippet = string | { output: string; input: string; occurrence?: number }

function locate(text: string, snippet: string, occurrence = 1) {
  let index = -1
  for (let count = 0; count < occurrence; count++) {
    index = text.indexOf(snippet, index + 1)
    if (index === -1) throw new Error(`snippet not found: ${JSON.stringify(snippet)}`)
  }
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return { line, column: index - before.lastIndexOf('\n') - 1 }
}

const directory = path.join(fixtures, 'sourcemaps')
const cases = fs.existsSync(directory)
  ? fs
      .readdirSync(directory)
      .filter((name) => fs.existsSync(path.join(directory, name, 'input.svx')))
      .filter((name) => !process.env.FILTER || `sourcemaps/${name}`.includes(process.env.FILTER))
  : []

/**
 * `fixtures/sourcemaps/<case>/`: `input.svx` and `snippets.json`. Each snippet is found in the
 * output and traced through the returned map with @jridgewell/trace-mapping; it must land on
 * the exact line and column where the snippet is written in the input.
 */
describe('sourcemaps', () => {
  it('has at least 25 cases', () => {
    expect(process.env.FILTER ? 25 : cases.length).toBeGreaterThanOrEqual(25)
  })

  for (const name of cases) {
    it(name, async () => {
      const folder = path.join(directory, name)
      const input = fs.readFileSync(path.join(folder, 'input.svx'), 'utf8')
      const snippets: Snippet[] = JSON.parse(
        fs.readFileSync(path.join(folder, 'snippets.json'), 'utf8'),
      )
      const result = await compile(input, {
        ...(await fixtureOptions(folder)),
        filename: 'input.svx',
      })
      expect(result.map.sources).toEqual(['input.svx'])
      expect(result.map.sourcesContent).toEqual([input])
      const map = new TraceMap(result.map as ConstructorParameters<typeof TraceMap>[0])
      const failures: string[] = []
      for (const snippet of snippets) {
        const {
          output,
          input: original,
          occurrence,
        } = typeof snippet === 'string'
          ? { output: snippet, input: snippet, occurrence: 1 }
          : snippet
        const generated = locate(result.code, output, occurrence)
        const expected = locate(input, original)
        const traced = originalPositionFor(map, generated)
        if (
          traced.source !== 'input.svx' ||
          traced.line !== expected.line ||
          traced.column !== expected.column
        ) {
          failures.push(
            `${JSON.stringify(output)}: expected ${expected.line}:${expected.column}, got ${traced.line}:${traced.column}`,
          )
        }
      }
      expect(failures).toEqual([])
    })
  }
})

describe('sourcemaps through Svelte', () => {
  it('chains the JS and CSS maps of svelte.compile back to the .svx', async () => {
    const input = [
      '---',
      'title: Maps',
      '---',
      '<script>',
      '  let count = $state(0)',
      '  const doubled = $derived(count * 2)',
      '</script>',
      '',
      '# {title}',
      '',
      'Doubled: {doubled + 1000}',
      '',
      '<style>',
      '  h1 { color: rebeccapurple }',
      '</style>',
      '',
    ].join('\n')
    const ours = await compile(input, { filename: 'maps.svx', highlight: false })
    const output = compileSvelte(ours.code, {
      filename: 'maps.svx',
      sourcemap: ours.map as never,
      generate: 'client',
      runes: true,
    })
    const js = new TraceMap(output.js.map as never)
    const statement = locate(output.js.code, 'count * 2')
    expect(originalPositionFor(js, statement)).toMatchObject({
      source: 'maps.svx',
      line: 6,
      column: 27,
    })
    const expression = locate(output.js.code, 'doubled) + 1000')
    expect(originalPositionFor(js, expression)).toMatchObject({
      source: 'maps.svx',
      line: 11,
      column: 10,
    })

    if (!output.css) throw new Error('expected CSS')
    const css = new TraceMap(output.css.map as never)
    const rule = locate(output.css.code, 'color: rebeccapurple')
    expect(originalPositionFor(css, rule)).toMatchObject({
      source: 'maps.svx',
      line: 14,
      column: 7,
    })
  })
})
