import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderErrorsDoc } from '../src/diagnostics/render-errors-doc.js'
import { catalogue, compile } from '../src/index.js'
import { root } from './utils/paths.js'

describe('diagnostics catalogue', () => {
  it('docs/reference/errors.md is generated from the catalogue and up to date (run `pnpm docs:errors`)', () => {
    const file = path.join(root, 'docs/reference/errors.md')
    expect(fs.readFileSync(file, 'utf8')).toBe(renderErrorsDoc())
  })

  it('every code is snake_case and documented with a section the diagnostic links to', async () => {
    const doc = renderErrorsDoc()
    for (const code of Object.keys(catalogue)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)+$/)
      expect(doc).toContain(`## ${code}\n`)
    }
    const error = await compile('{#if a}\n', { filename: 'a.svx' }).catch((e) => e)
    expect(error.url).toMatch(/\/reference\/errors#block_unclosed$/)
  })

  it('silences warnings with warningFilter', async () => {
    const source = '```nope\nx\n```\n'
    const loud = await compile(source, { filename: 'a.svx' })
    expect(loud.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([
      ['highlight_language_unknown', 1, 1],
    ])
    expect(loud.diagnostics[0]?.frame).toContain('1 | ```nope')
    const quiet = await compile(source, {
      filename: 'a.svx',
      warningFilter: (warning) => warning.code !== 'highlight_language_unknown',
    })
    expect(quiet.diagnostics).toEqual([])
  })
})
