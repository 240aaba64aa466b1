import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

const here = path.resolve(import.meta.dirname, '..')
const bin = path.join(here, 'node_modules/.bin/vscode-tmgrammar-test')

/** The grammars `source.svx` embeds, as VS Code ships them (Shiki's copies of the same files). */
const embedded = [
  () => import('@shikijs/langs/typescript'),
  () => import('@shikijs/langs/javascript'),
  () => import('@shikijs/langs/css'),
  () => import('@shikijs/langs/yaml'),
  () => import('@shikijs/langs/json'),
]

/**
 * The grammar tests: every line of `test/grammar/*.svx` is tokenized by the real TextMate engine
 * (vscode-textmate with Oniguruma) and its scopes checked against the assertions under it.
 */
test('the grammar gives the scopes the fixtures assert', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-grammars-'))
  try {
    const files: string[] = []
    for (const load of embedded) {
      for (const grammar of (await load()).default) {
        const file = path.join(folder, `${grammar.name}.tmLanguage.json`)
        if (fs.existsSync(file)) continue
        fs.writeFileSync(file, JSON.stringify(grammar))
        files.push(file)
      }
    }
    const result = spawnSync(
      bin,
      [...files.flatMap((file) => ['-g', file]), '--config', 'package.json', 'test/grammar/*.svx'],
      { cwd: here, encoding: 'utf8' },
    )
    expect(result.stdout + result.stderr).toMatch(/✓ .*document\.svx/)
    expect(result.stdout + result.stderr).toMatch(/✓ .*fenced-code\.svx/)
    expect(result.status, result.stdout + result.stderr).toBe(0)
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
})
