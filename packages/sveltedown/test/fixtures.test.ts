import fs from 'node:fs'
import path from 'node:path'
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import { compile, SveltedownError } from '../src/index.js'
import { compileSvelteWarnings, modesFor } from './utils/compile-svelte.js'
import { findFixtures, readOptional, update } from './utils/find-fixtures.js'
import { fixtureOptions } from './utils/fixture-options.js'
import { normalizeHtml } from './utils/normalize-html.js'

/**
 * Fixture cases: `fixtures/<area>/<case>/input.svx` with the expected `output.svelte` (also
 * compiled by Svelte, in runes and legacy mode as the document allows, with no warnings) or
 * `error.json`; an `output.html` is the document rendered through Vite, vite-plugin-svelte and
 * `svelte/server`. `FILTER=name` runs some, `UPDATE=1` rewrites expected files.
 */
describe('fixtures', () => {
  for (const fixture of findFixtures()) {
    it(fixture.name, async () => {
      const options = await fixtureOptions(fixture.directory)
      const errorPath = path.join(fixture.directory, 'error.json')
      const outputPath = path.join(fixture.directory, 'output.svelte')

      let result: Awaited<ReturnType<typeof compile>> | undefined
      let error: SveltedownError | undefined
      try {
        result = await compile(fixture.input, { ...options, filename: 'input.svx' })
      } catch (caught) {
        if (!(caught instanceof SveltedownError)) throw caught
        error = caught
      }

      if (error) {
        const actual = {
          code: error.code,
          message: error.message,
          start: { line: error.start.line, column: error.start.column },
        }
        if (update) fs.writeFileSync(errorPath, `${JSON.stringify(actual, null, 2)}\n`)
        else expect(actual).toEqual(JSON.parse(fs.readFileSync(errorPath, 'utf8')))
        // The frame shows the `.svx` line the error is on.
        const line = fixture.input.split('\n')[error.start.line - 1] ?? ''
        expect(error.frame).toContain(`${error.start.line} | ${line.replace(/\t/g, '  ')}`)
        return
      }

      if (!result) throw new Error('unreachable')
      expect(fs.existsSync(errorPath), 'expected an error, but it compiled').toBe(false)
      if (update) fs.writeFileSync(outputPath, result.code)
      else expect(result.code).toBe(fs.readFileSync(outputPath, 'utf8'))

      for (const mode of modesFor(fixture.input)) {
        expect(compileSvelteWarnings(result.code, mode), `${mode} mode warnings`).toEqual([])
      }
      // Warnings, when the fixture lists them (`diagnostics.json`), must be exactly those.
      const diagnosticsPath = path.join(fixture.directory, 'diagnostics.json')
      const warnings = result.diagnostics.map((d) => ({
        code: d.code,
        start: { line: d.start.line, column: d.start.column },
      }))
      if (fs.existsSync(diagnosticsPath) || (update && warnings.length > 0)) {
        if (update) fs.writeFileSync(diagnosticsPath, `${JSON.stringify(warnings, null, 2)}\n`)
        else expect(warnings).toEqual(JSON.parse(fs.readFileSync(diagnosticsPath, 'utf8')))
      } else expect(warnings).toEqual([])
      expect(result.map.version).toBe(3)
      expect(result.map.sources).toEqual(['input.svx'])

      const htmlPath = path.join(fixture.directory, 'output.html')
      if (fs.existsSync(htmlPath)) {
        const module = await import(/* @vite-ignore */ path.join(fixture.directory, 'input.svx'))
        const props = JSON.parse(readOptional(fixture.directory, 'props.json') ?? '{}')
        const html = normalizeHtml(render(module.default, { props }).body)
        if (update) fs.writeFileSync(htmlPath, `${html}\n`)
        else expect(html).toBe(fs.readFileSync(htmlPath, 'utf8').trim())
      }
    })
  }
})
