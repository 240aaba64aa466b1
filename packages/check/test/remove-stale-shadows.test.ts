import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { removeStaleShadows } from '../src/remove-stale-shadows.ts'
import { shadowPaths } from '../src/shadow-paths.ts'
import { writeShadowFiles } from '../src/write-shadow.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-stale-shadows-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

test("a second run keeps the shadows of documents still there, untouched, and removes the others'", async () => {
  const mirror = path.join(root, '.svelte-kit/sveltedown-check')
  const kept = path.join(root, 'src/routes/kept/+page.svx')
  const gone = path.join(root, 'src/routes/gone/+page.svx')
  const code = '<p>Kept</p>\n'
  await writeShadowFiles(root, mirror, kept, code)
  await writeShadowFiles(root, mirror, gone, '<p>Gone</p>\n')
  fs.writeFileSync(path.join(mirror, 'tsconfig.json'), '{}\n')
  const before = fs.statSync(shadowPaths(root, mirror, kept).component).mtimeMs

  // The next run: `gone` was deleted, `kept` compiles to the same shadow.
  await removeStaleShadows(root, mirror, [kept])
  await writeShadowFiles(root, mirror, kept, code)

  const files = fs
    .readdirSync(mirror, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(mirror, path.join(entry.parentPath, entry.name)))
    .sort()
  expect(files).toEqual([
    'src/routes/kept/+page.svx.svelte',
    'src/routes/kept/+page.svx.ts',
    'tsconfig.json',
  ])
  // Not written again, so a watching svelte-check has nothing to check in it.
  expect(fs.statSync(shadowPaths(root, mirror, kept).component).mtimeMs).toBe(before)
})

test('no mirror yet: nothing to remove', async () => {
  await expect(removeStaleShadows(root, path.join(root, 'missing'), [])).resolves.toBeUndefined()
})
