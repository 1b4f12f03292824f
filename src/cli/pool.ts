/**
 * A pool of worker processes that digest JSON Lines records, for `--jsonl`.
 * Results come back as promises; the caller keeps them in input order (see
 * `runJsonl`), so output order never depends on which worker is faster.
 *
 * Each worker is a child process with its own heap limit, so whatever a line
 * does to it (runs out of memory, crashes, is killed) ends that process only:
 * the line gets an error record, a new worker takes the next line, and the
 * batch goes on. Workers start only as lines wait for them, up to `size`.
 */
import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {DigestOptions} from '../digest.js'
import {failedLine, type LineResult} from './jsonl.js'

/** A job sent to a worker. */
export interface Job {
  id: number
  text: string
  where: string
  options: DigestOptions
  fields: readonly string[] | undefined
}

/** What a worker sends back. */
export interface JobResult extends LineResult {
  id: number
}

/** How the workers run. */
export interface PoolSettings {
  /** Node flags for the workers (default: this process’s, such as `--import tsx`). */
  execArgv?: readonly string[] | undefined
  /** Heap limit of each worker in MB (`--max-old-space-size`; default: Node’s). */
  memory?: number | undefined
}

interface Task {
  job: Job
  resolve: (result: LineResult) => void
}

interface Slot {
  child: ChildProcess
  task: Task | undefined
  dead: boolean
}

/** Digest lines on up to `size` worker processes. */
export class Pool {
  readonly size: number
  /** Workers started so far (replacements included). */
  started = 0
  private readonly script: string
  private readonly execArgv: string[]
  private readonly live = new Set<Slot>()
  private readonly idle: Slot[] = []
  private readonly queue: Task[] = []
  private next = 0
  private closing = false

  constructor(size: number, script: URL, settings: PoolSettings = {}) {
    this.size = size
    this.script = fileURLToPath(script)
    const flags = (settings.execArgv ?? process.execArgv).filter((d) => !d.startsWith('--max-old-space-size'))
    if (settings.memory !== undefined) flags.push(`--max-old-space-size=${settings.memory}`)
    this.execArgv = flags
  }

  /** Digest one line on the next free worker. */
  digest(text: string, where: string, options: DigestOptions, fields?: readonly string[]): Promise<LineResult> {
    return new Promise((resolve) => {
      this.queue.push({job: {id: this.next++, text, where, options, fields}, resolve})
      this.pump()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true
    const exits = [...this.live].map(
      (slot) =>
        new Promise<void>((resolve) => {
          if (slot.child.exitCode !== null || slot.child.signalCode !== null) {
            resolve()
            return
          }

          slot.child.once('exit', () => resolve())
          slot.child.kill()
        })
    )
    await Promise.all(exits)
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      let slot = this.idle.pop()
      if (!slot) {
        if (this.live.size >= this.size) return
        slot = this.spawn()
      }

      const task = this.queue.shift()!
      slot.task = task
      try {
        slot.child.send(task.job)
      } catch (error) {
        this.lost(slot, error instanceof Error ? error.message : String(error))
      }
    }
  }

  private spawn(): Slot {
    // stdout is the batch’s output: workers get none; their stderr is ours.
    const child = fork(this.script, [], {
      execArgv: this.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced'
    })
    const slot: Slot = {child, task: undefined, dead: false}
    this.started++
    this.live.add(slot)
    child.on('message', (result: JobResult) => {
      const task = slot.task
      if (!task || task.job.id !== result.id) return
      slot.task = undefined
      task.resolve({line: result.line, ok: result.ok})
      if (!slot.dead) this.idle.push(slot)
      this.pump()
    })
    // `error`: it could not start (EAGAIN, ENOMEM) or be sent to; `exit`: it
    // ended (out of memory, a crash, a signal).
    child.on('error', (error) => this.lost(slot, error.message))
    child.on('exit', (code, signal) => this.lost(slot, exitReason(code, signal)))
    return slot
  }

  private lost(slot: Slot, reason: string): void {
    if (slot.dead) return
    slot.dead = true
    this.live.delete(slot)
    const at = this.idle.indexOf(slot)
    if (at !== -1) this.idle.splice(at, 1)
    const task = slot.task
    slot.task = undefined
    if (task) {
      task.resolve(failedLine(task.job.text, `${task.job.where}: the worker digesting this line stopped (${reason})`))
    }

    if (this.closing) {
      // Lines still waiting get their records too, so none is left hanging.
      for (const waiting of this.queue.splice(0)) waiting.resolve(failedLine(waiting.job.text, `${waiting.job.where}: the batch was stopped`))
    } else {
      this.pump()
    }
  }
}

function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  // V8 aborts (SIGABRT, or exit code 134 through a shell) when a heap limit is reached.
  if (signal === 'SIGABRT' || code === 134) return 'out of memory, or aborted'
  if (signal) return `killed by ${signal}`
  return `exit code ${code ?? 'unknown'}`
}

/**
 * The worker script beside this module and the Node flags it needs:
 * `cli-worker.js` when built, or `cli-worker.ts` from sources with the `tsx`
 * loader. `undefined` when neither works (a test runner with its own
 * loader): the batch then runs in the main thread.
 */
export function workerScript(): {script: URL; execArgv: string[]} | undefined {
  const execArgv = [...process.execArgv]
  if (!import.meta.url.endsWith('.ts')) return {script: new URL('cli-worker.js', import.meta.url), execArgv}
  if (execArgv.some((d) => d.includes('tsx'))) return {script: new URL('cli-worker.ts', import.meta.url), execArgv}
  // Sources loaded through tsx’s API (the bin shim of a clone without
  // `dist/`): workers need the loader on their command line.
  try {
    const tsx = import.meta.resolve('tsx')
    if (process.env.VITEST) return undefined
    return {script: new URL('cli-worker.ts', import.meta.url), execArgv: [...execArgv, '--import', tsx]}
  } catch {
    return undefined
  }
}
