import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { writeTsconfig } from '../src/write-tsconfig.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-check-tsconfig-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

test('the generated tsconfig reaches shadows through rootDirs, paths and package imports', async () => {
  // A SvelteKit 3 shape: `$lib` in tsconfig `paths`, `#lib` in package.json `imports`.
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ type: 'module', imports: { '#lib/*': './src/lib/*' } }),
  )
  fs.mkdirSync(path.join(root, '.svelte-kit'))
  fs.writeFileSync(
    path.join(root, '.svelte-kit/tsconfig.json'),
    JSON.stringify({
      compilerOptions: { paths: { '$lib/*': ['../src/lib/*'] }, rootDirs: ['..', './types'] },
      include: ['../src/**/*.ts', '../src/**/*.svelte'],
    }),
  )
  fs.writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({ extends: './.svelte-kit/tsconfig.json', compilerOptions: { strict: true } }),
  )
  fs.symlinkSync(
    path.resolve(import.meta.dirname, '../node_modules'),
    path.join(root, 'node_modules'),
  )
  const mirror = path.join(root, '.svelte-kit/sveltedown-check')
  const file = await writeTsconfig(root, mirror, path.join(root, 'tsconfig.json'))
  const config = JSON.parse(fs.readFileSync(file, 'utf8'))
  expect(config).toEqual({
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: {
      rootDirs: [root, path.join(root, '.svelte-kit/types'), mirror],
      paths: {
        '#lib/*': [path.join(root, 'src/lib/*'), path.join(mirror, 'src/lib/*')],
        '$lib/*': [path.join(root, 'src/lib/*'), path.join(mirror, 'src/lib/*')],
      },
    },
    include: [
      path.join(root, 'src/**/*.ts'),
      path.join(root, 'src/**/*.svelte'),
      path.join(mirror, '**/*.svelte'),
      path.join(mirror, '**/*.ts'),
    ],
  })
})
