import path from 'node:path'
import { run } from './start-process.js'

/** The `error TS` lines of the app's own `tsc --noEmit -p tsconfig.json` (none when it passes). */
export async function typeErrors(root: string, tsc = path.join(root, 'node_modules/.bin/tsc')) {
  const output = await run(tsc, ['--noEmit', '-p', 'tsconfig.json'], root).then(
    () => '',
    (error: Error) => error.message,
  )
  return output.split('\n').filter((line) => line.includes('error TS'))
}
