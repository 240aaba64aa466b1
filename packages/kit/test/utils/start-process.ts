import { type ChildProcess, spawn } from 'node:child_process'

export interface RunningProcess {
  url: string
  output: () => string
  stop(): Promise<void>
}

/**
 * Start a command (a Vite dev or preview server) and resolve once it prints its local URL.
 * The process gets its own group, so stopping it stops everything it started.
 */
export function startProcess(
  command: string,
  args: string[],
  cwd: string,
  timeout = 60_000,
): Promise<RunningProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    detached: true,
    env: { ...process.env, NODE_ENV: undefined, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL after ${timeout} ms:\n${log}`)),
      timeout,
    )
    const onData = (data: Buffer) => {
      log += String(data)
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({
          url: match[1],
          output: () => log,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done())
              try {
                process.kill(-(child.pid ?? 0), 'SIGTERM')
              } catch {
                done()
              }
            }),
        })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code}:\n${log}`))
    })
  })
}

/** Run a command to completion, rejecting with its output when it fails. */
export function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (data) => (log += String(data)))
    child.stderr.on('data', (data) => (log += String(data)))
    child.once('exit', (code) =>
      code === 0 ? resolve(log) : reject(new Error(`${command} ${args.join(' ')} failed:\n${log}`)),
    )
  })
}
