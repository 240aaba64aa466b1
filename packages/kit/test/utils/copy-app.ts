import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const fixture = path.resolve(import.meta.dirname, '../fixtures/vite-app')

/**
 * A fresh copy of the small Vite app in `test/fixtures/vite-app`, so a test can write documents
 * (broken ones too) into it; it uses this package's `node_modules`.
 */
export function copyApp(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-vite-'))
  fs.cpSync(fixture, directory, { recursive: true })
  fs.symlinkSync(
    path.resolve(import.meta.dirname, '../../node_modules'),
    path.join(directory, 'node_modules'),
  )
  return directory
}
