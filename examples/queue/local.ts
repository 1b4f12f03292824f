/**
 * Local processes for the queue test and bench: a throwaway `redis-server`
 * on a free loopback port, and worker processes. Everything started here has
 * a `stop()` that waits a bounded time, then kills.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createServer} from 'node:net'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** A process started here. */
export interface Local {
  process: ChildProcess
  /** Resolves with the exit code (or the signal) once the process is gone. */
  exited: Promise<number | NodeJS.Signals>
  /** The last few KB the process wrote to stderr, for failure messages. */
  log: () => string
  /** SIGTERM, then SIGKILL after `grace` ms; resolves once it is gone. */
  stop: (grace?: number) => Promise<void>
}

/** A Redis server started here. */
export interface LocalRedis extends Local {
  url: string
  port: number
}

/** A worker process started here. */
export interface LocalWorker extends Local {
  name: string
  /** Resolves once the worker is connected and taking jobs. */
  ready: Promise<void>
}

/** The `redis-server` binary on `PATH` (or where Debian puts it), if any. */
export function findRedisServer(): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin']
  for (const directory of directories) {
    const candidate = join(directory, 'redis-server')
    if (directory !== '' && existsSync(candidate)) return candidate
  }

  return undefined
}

/**
 * Start `redis-server` on loopback with no persistence, on a free port
 * (another one if that port is taken before Redis binds it).
 */
export async function startRedis(binary: string, timeout = 10_000): Promise<LocalRedis> {
  let failure = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {stdio: ['ignore', 'pipe', 'pipe']}
    )
    const local = track(child, 'both')
    const started = await waitFor(local, /Ready to accept connections/, timeout)
    if (started) return {...local, url: `redis://127.0.0.1:${port}`, port}
    failure = local.log()
    await local.stop()
  }

  throw new Error(`redis-server did not start:\n${failure}`)
}

/** Options of `startWorkerProcess`. */
export interface WorkerProcessOptions {
  redisUrl: string
  queue: string
  name: string
  concurrency?: number
  lockDuration?: number
  stalledInterval?: number
  maxStalled?: number
  /** Ms to wait for the worker to be ready. */
  timeout?: number
}

/** Start `worker.ts` as a child process, as a user would. */
export function startWorkerProcess(options: WorkerProcessOptions): LocalWorker {
  const flags: Array<[string, string | number | undefined]> = [
    ['--redis', options.redisUrl],
    ['--queue', options.queue],
    ['--name', options.name],
    ['--concurrency', options.concurrency],
    ['--lock-duration', options.lockDuration],
    ['--stalled-interval', options.stalledInterval],
    ['--max-stalled', options.maxStalled]
  ]
  const args = flags.flatMap(([flag, value]) => (value === undefined ? [] : [`${flag}=${value}`]))
  const local = startScript('worker.ts', args)
  const ready = waitFor(local, new RegExp(`^ready ${escape(options.name)}$`, 'm'), options.timeout ?? 60_000, 'stdout').then(
    (ok) => {
      if (!ok) throw new Error(`worker ${options.name} did not get ready:\n${local.log()}`)
    }
  )
  // Callers that never await `ready` must not see an unhandled rejection.
  ready.catch(() => {})
  return {...local, name: options.name, ready}
}

/**
 * Run one of the example's scripts (a path, or a name in this folder) with
 * `node --import tsx` from the repository root, as the README does.
 */
export function startScript(script: string, args: readonly string[]): Local {
  const path = script.includes('/') ? script : fileURLToPath(new URL(script, import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return track(child, 'stderr')
}

/** Follow a child: its exit, its output (bounded), and a way to stop it. */
function track(child: ChildProcess, logged: 'stderr' | 'both'): Local {
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-8192)
  }

  child.stderr?.on('data', keep)
  if (logged === 'both') child.stdout?.on('data', keep)
  // Drain what is not kept, so a chatty child never blocks on a full pipe.
  child.stdout?.resume()
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 1))
  })

  return {
    process: child,
    exited,
    log: () => log,
    async stop(grace = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), grace)
      await exited
      clearTimeout(timer)
    }
  }
}

/** Whether `pattern` shows up in the child's output before it exits or time runs out. */
function waitFor(local: Local, pattern: RegExp, timeout: number, stream: 'stdout' | 'both' = 'both'): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = ''
    const sources = stream === 'both' ? [local.process.stdout, local.process.stderr] : [local.process.stdout]
    const done = (value: boolean) => {
      clearTimeout(timer)
      for (const source of sources) source?.off('data', listen)
      resolve(value)
    }

    const listen = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096)
      if (pattern.test(seen)) done(true)
    }

    const timer = setTimeout(() => done(false), timeout)
    for (const source of sources) source?.on('data', listen)
    void local.exited.then(() => done(false))
  })
}

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
