import fs from 'node:fs'
import path from 'node:path'
import { fixtures } from './paths.js'

export interface Fixture {
  /** `<area>/<case-name>`. */
  name: string
  directory: string
  input: string
}

/**
 * Every `fixtures/<area>/<case>/input.svx`, except example apps and the sourcemap cases (they
 * have their own runners). `FILTER=part` keeps the cases whose name contains `part`.
 */
export function findFixtures(areas?: string[]): Fixture[] {
  const filter = process.env.FILTER
  const result: Fixture[] = []
  for (const area of fs.readdirSync(fixtures).sort()) {
    if (area === 'apps' || area === 'sourcemaps' || area.startsWith('_')) continue
    if (areas && !areas.includes(area)) continue
    const areaDirectory = path.join(fixtures, area)
    if (!fs.statSync(areaDirectory).isDirectory()) continue
    for (const name of fs.readdirSync(areaDirectory).sort()) {
      const directory = path.join(areaDirectory, name)
      const inputPath = path.join(directory, 'input.svx')
      if (!fs.existsSync(inputPath)) continue
      const full = `${area}/${name}`
      if (filter && !full.includes(filter)) continue
      result.push({ name: full, directory, input: fs.readFileSync(inputPath, 'utf8') })
    }
  }
  return result
}

/** Read an optional file of a fixture. */
export function readOptional(directory: string, file: string): string | undefined {
  const full = path.join(directory, file)
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined
}

/** `UPDATE=1` rewrites expected files instead of comparing. */
export const update = Boolean(process.env.UPDATE)
