import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CompileOptions } from '../../src/index.js'

/**
 * A fixture's compile options: `options.json`, or `options.js` when they hold functions
 * (plugins, transformers, a highlight function). Paths in them are relative to the fixture.
 */
export async function fixtureOptions(directory: string): Promise<CompileOptions> {
  const js = path.join(directory, 'options.js')
  const json = path.join(directory, 'options.json')
  const options: CompileOptions = fs.existsSync(js)
    ? (await import(pathToFileURL(js).href)).default
    : fs.existsSync(json)
      ? JSON.parse(fs.readFileSync(json, 'utf8'))
      : {}
  return { root: directory, ...options }
}
