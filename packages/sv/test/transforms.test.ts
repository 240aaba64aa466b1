import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { addSvelteConfigPreprocess } from '../src/transforms/add-svelte-config-preprocess.ts'
import { addTypesReference } from '../src/transforms/add-types-reference.ts'
import { addVitePlugin } from '../src/transforms/add-vite-plugin.ts'
import { parseScript } from '../src/transforms/parse-script.ts'
import { SetupError } from '../src/transforms/setup-error.ts'
import type { SveltedownSettings } from '../src/transforms/sveltedown-call.ts'

/**
 * Fixtures: `fixtures/sv/<transform>/<case>/` holds `input.{js,ts}`, optional `options.json`,
 * and the expected `output.{js,ts}` or `error.txt` (`code: message`). Every transform is applied
 * twice: the second application must give the same text. `FILTER=<case>` runs matching cases,
 * `UPDATE=1` rewrites the expected files.
 */
const root = path.resolve(import.meta.dirname, '../../../fixtures/sv')
const filter = process.env.FILTER
const update = process.env.UPDATE === '1'

const transforms: Record<string, (code: string, settings: SveltedownSettings) => string> = {
  'vite-plugin': (code, settings) => addVitePlugin(code, settings, 'vite.config.js'),
  'svelte-config': (code, settings) =>
    addSvelteConfigPreprocess(code, settings, 'svelte.config.js'),
  'types-reference': (code) => addTypesReference(code),
}

for (const [name, transform] of Object.entries(transforms)) {
  describe(name, () => {
    const cases = readdirSync(path.join(root, name)).filter((c) => !filter || c.includes(filter))
    test.each(cases)('%s', (name_) => {
      const folder = path.join(root, name, name_)
      const input = readdirSync(folder).find((file) => file.startsWith('input.'))!
      const extension = path.extname(input)
      const source = readFileSync(path.join(folder, input), 'utf8')
      const optionsFile = path.join(folder, 'options.json')
      const settings = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
      const outputFile = path.join(folder, `output${extension}`)
      const errorFile = path.join(folder, 'error.txt')

      let output: string
      try {
        output = transform(source, settings)
      } catch (error) {
        if (!(error instanceof SetupError)) throw error
        const actual = `${error.code}: ${error.message}\n`
        if (update) {
          writeFileSync(errorFile, actual)
          rmSync(outputFile, { force: true })
        }
        expect(existsSync(outputFile), 'an error case has no output file').toBe(false)
        expect(actual).toBe(readFileSync(errorFile, 'utf8'))
        return
      }
      if (update) {
        writeFileSync(outputFile, output)
        rmSync(errorFile, { force: true })
      }
      expect(existsSync(errorFile), `${name_} should fail`).toBe(false)
      expect(output).toBe(readFileSync(outputFile, 'utf8'))
      // Safe to run twice.
      expect(transform(output, settings)).toBe(output)
      // The result is still valid code.
      if (name !== 'types-reference') expect(() => parseScript(output, input)).not.toThrow()
    })
  })
}
