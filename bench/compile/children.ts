/**
 * Separate processes for figures that one shared process would blur: peak memory of one
 * pipeline, a cold and a warm build through the persistent cache, deep nesting.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const child = path.resolve(import.meta.dirname, 'child.ts')

/** Run `child.ts <task> <json>` under tsx and parse the JSON it prints last. */
export async function inChild<T>(task: string, input: unknown, timeout = 300_000): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', child, task, JSON.stringify(input)],
    { cwd: path.resolve(import.meta.dirname, '..'), timeout, maxBuffer: 64 * 1024 * 1024 },
  )
  const last = stdout.trim().split('\n').at(-1) ?? '{}'
  return JSON.parse(last) as T
}
