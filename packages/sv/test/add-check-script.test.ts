import { describe, expect, test } from 'vitest'
import { planSetup } from '../src/plan-setup.ts'
import { addCheckScript } from '../src/transforms/add-check-script.ts'

/** The `check` script of `npx sv create --types ts` (sv 0.17), tabs and all. */
const svCreatePackage = `{
\t"name": "app",
\t"scripts": {
\t\t"dev": "vite dev",
\t\t"check": "svelte-kit sync && svelte-check --tsconfig ./tsconfig.json",
\t\t"check:watch": "svelte-kit sync && svelte-check --tsconfig ./tsconfig.json --watch"
\t}
}
`

describe('addCheckScript', () => {
  test('runs sveltedown check instead of svelte-check, keeping the arguments and the file', () => {
    const edited = addCheckScript(svCreatePackage)
    expect(edited).toBe(
      svCreatePackage.replace(
        '"svelte-kit sync && svelte-check --tsconfig ./tsconfig.json"',
        '"svelte-kit sync && sveltedown check --tsconfig ./tsconfig.json"',
      ),
    )
    // Safe to run twice.
    expect(addCheckScript(edited)).toBe(edited)
  })

  test('leaves a project without a svelte-check script alone', () => {
    const plain = '{ "scripts": { "dev": "vite dev", "check": "tsc --noEmit" } }'
    expect(addCheckScript(plain)).toBe(plain)
    expect(addCheckScript('{ "name": "x" }')).toBe('{ "name": "x" }')
  })

  test('the plan edits package.json and adds @sveltedown/check', () => {
    const files: Record<string, string> = {
      'package.json': svCreatePackage,
      'vite.config.ts': `import { sveltekit } from '@sveltejs/kit/vite';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({\n\tplugins: [sveltekit()]\n});\n`,
    }
    const plan = planSetup(
      {
        read: (file) => files[file] ?? null,
        language: 'ts',
        directory: { src: 'src', lib: 'src/lib', routes: 'src/routes' },
        libImport: '$lib',
        dependencyVersion: () => undefined,
      },
      { extensions: ['.svx'], example: 'none' },
    )
    const write = plan.writes.find((w) => w.path === 'package.json')
    expect(write?.content).toContain('"svelte-kit sync && sveltedown check --tsconfig')
    expect(plan.dependencies.map((d) => d.name)).toContain('@sveltedown/check')
  })
})
