import { rmSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { buildApp, gzipSize, workDir } from './measure.ts'

// A size, not a time: the same on every machine, so the bound is asserted in CI.
test('a Vite app rendering Markdown with GFM through @sveltedown/render is at most 60 KB gzip', async () => {
  const work = workDir()
  // Vitest sets NODE_ENV=test, which makes Vite resolve packages' development builds.
  const environment = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const outDir = await buildApp(
      path.resolve(import.meta.dirname, 'apps/sveltedown'),
      path.join(work, 'size'),
    )
    const { gzip } = gzipSize(outDir)
    // All of the app's JavaScript: the Svelte runtime, the parser with GFM, the renderer.
    expect(gzip).toBeGreaterThan(30 * 1024)
    expect(gzip).toBeLessThanOrEqual(60 * 1024)
  } finally {
    process.env.NODE_ENV = environment
    rmSync(work, { recursive: true, force: true })
  }
}, 120_000)
