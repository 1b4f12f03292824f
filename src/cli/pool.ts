/**
 * A pool of worker threads that digest JSON Lines records, for `--jsonl
 * --concurrency N`. Results come back as promises; the caller keeps them in
 * input order (see `runJsonl`), so output order never depends on which
 * worker is faster.
 */
import {Worker} from 'node:worker_threads'
import type {DigestOptions} from '../digest.js'
import type {LineResult} from './jsonl.js'

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

/** Digest lines on `size` worker threads. */
export class Pool {
  readonly size: number
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<number, {resolve: (result: LineResult) => void; reject: (error: Error) => void}>()
  private readonly load: number[] = []
  private next = 0

  constructor(size: number, script: URL) {
    this.size = size
    for (let index = 0; index < size; index++) {
      // Workers inherit loaders such as `--import tsx`, so the pool runs from
      // sources in development and from `dist/` when installed.
      const worker = new Worker(script, {execArgv: process.execArgv})
      worker.on('message', (result: JobResult) => {
        this.load[index]!--
        const waiter = this.waiting.get(result.id)
        this.waiting.delete(result.id)
        waiter?.resolve({line: result.line, ok: result.ok})
      })
      worker.on('error', (error) => this.failAll(error))
      this.workers.push(worker)
      this.load.push(0)
    }
  }

  /** Digest one line on the least busy worker. */
  digest(text: string, where: string, options: DigestOptions, fields?: readonly string[]): Promise<LineResult> {
    const id = this.next++
    let target = 0
    for (let index = 1; index < this.size; index++) if (this.load[index]! < this.load[target]!) target = index
    this.load[target]!++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {resolve, reject})
      this.workers[target]!.postMessage({id, text, where, options, fields} satisfies Job)
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error)
    this.waiting.clear()
  }
}

/**
 * The worker script beside this module: `cli-worker.js` when built, or
 * `cli-worker.ts` when run from sources with a TypeScript loader (`--import
 * tsx`) that workers inherit. `undefined` when neither works (a test runner
 * with its own loader): the batch then runs in the main thread.
 */
export function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith('.ts')) return new URL('cli-worker.js', import.meta.url)
  return process.execArgv.some((d) => d.includes('tsx')) ? new URL('cli-worker.ts', import.meta.url) : undefined
}
