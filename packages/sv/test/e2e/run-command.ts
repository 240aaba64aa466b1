import { spawn } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'
import { projectEnv } from '../../../../test-utils/project-env.ts'
import { runToEnd } from '../../../../test-utils/run-to-end.ts'

export { projectEnv }

export interface CommandResult {
  stdout: string
  stderr: string
}

/** Run a command to its end; throw with its output when it fails or takes too long. */
export async function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; timeout?: number; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  const { code, signal, stdout, stderr } = await runToEnd(command, args, options)
  if (code === 0) return { stdout, stderr }
  const reason = signal ? `was killed (${signal})` : `exited with ${code}`
  throw new Error(
    `\`${command} ${args.join(' ')}\` in ${options.cwd} ${reason}\n${stdout}\n${stderr}`,
  )
}

/** Start a long-running command and resolve once its output matches `ready`. */
export function startCommand(
  command: string,
  args: string[],
  options: { cwd: string; ready: RegExp; timeout?: number },
): Promise<{ match: RegExpMatchArray; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: projectEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('close', () => done())
        child.kill('SIGTERM')
      })
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`\`${command} ${args.join(' ')}\` did not start:\n${output}`))
    }, options.timeout ?? 30_000)
    const onData = (chunk: Buffer) => {
      // Strip colours: Vite prints the URL with ANSI codes.
      output += stripVTControlCharacters(chunk.toString())
      const match = output.match(options.ready)
      if (match) {
        clearTimeout(timer)
        resolve({ match, stop })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${output}`))
    })
  })
}
