/**
 * The queue: how articles become BullMQ jobs, how a job becomes a stored
 * result, and how the producer collects results. Shared by `producer.ts`,
 * `worker.ts` and `bench.ts`.
 *
 * Exactly one result per id comes from three choices: the job id is derived
 * from the article ids it carries (adding a job whose id exists is a no-op),
 * a result is a field of a Redis hash keyed by the article id (writing it
 * again, after a retry or a stalled job, overwrites rather than appends), and
 * `digest` is a pure function (a second run writes the same bytes).
 */
import {Queue, Worker, type Job} from 'bullmq'
import type {Redis} from 'ioredis'
import {digest} from '../../src/index.js'
import {errorLine, type ArticleId, type Entry, type Rejected} from './input.js'
import {jobIdOf, keyOf, provenanceKey, resultsKey, type WorkerSettings} from './settings.js'

/** One article in a job. */
export interface JobArticle {
  id: ArticleId
  text: string
}

/** The data of one job: one article, or a few with `--batch`. */
export interface ArticleJob {
  articles: JobArticle[]
}

/** What `enqueue` did. */
export interface Enqueued {
  /** Articles put on the queue. */
  added: number
  /** Articles left out because they already have a result. */
  skipped: number
  /** The job each article put on the queue rides in: key → job id. */
  jobOf: Map<string, string>
}

/** Keys and ids are batched so no command grows with the whole input. */
const chunkSize = 500

/**
 * Open the queue for producing.
 *
 * @param attempts Tries per job when the worker throws: the digest itself
 *   never throws for a string, so these cover Redis errors.
 */
export function openQueue(connection: Redis, name: string, attempts = 3): Queue<ArticleJob> {
  return new Queue<ArticleJob>(name, {
    connection,
    defaultJobOptions: {
      attempts,
      backoff: {type: 'exponential', delay: 1000},
      // A kept job also keeps its text in Redis: an hour is enough to dedupe
      // a re-run; results outlive jobs (see `enqueue`).
      removeOnComplete: {age: 3600},
      removeOnFail: {age: 7 * 24 * 3600}
    }
  })
}

/**
 * Put articles on the queue, `perJob` to a job, skipping those that already
 * have a result.
 */
export async function enqueue(
  queue: Queue<ArticleJob>,
  redis: Redis,
  entries: readonly Entry[],
  perJob = 1
): Promise<Enqueued> {
  const jobOf = new Map<string, string>()
  let skipped = 0
  // A whole number of jobs per chunk, so only the last job may be short.
  const chunk = perJob * Math.max(1, Math.floor(chunkSize / perJob))
  for (let start = 0; start < entries.length; start += chunk) {
    const part = entries.slice(start, start + chunk)
    const stored = await redis.hmget(resultsKey(queue.name), ...part.map((entry) => entry.key))
    const fresh = part.filter((_, index) => stored[index] === null)
    skipped += part.length - fresh.length
    const jobs = []
    for (let first = 0; first < fresh.length; first += perJob) {
      const articles = fresh.slice(first, first + perJob)
      const jobId = jobIdOf(articles.map((entry) => entry.key))
      for (const entry of articles) jobOf.set(entry.key, jobId)
      jobs.push({name: 'digest', data: {articles: articles.map(({id, text}) => ({id, text}))}, opts: {jobId}})
    }

    if (jobs.length > 0) await queue.addBulk(jobs)
  }

  return {added: jobOf.size, skipped, jobOf}
}

/** The output line of one article: `{id, digest}`, or `{id, error}`. */
export function digestLine(id: ArticleId, text: string): string {
  try {
    return JSON.stringify({id, digest: digest(text)})
  } catch (error) {
    // Deterministic, so a retry would fail the same way: store it as the result.
    return errorLine(id, error instanceof Error ? error.message : String(error))
  }
}

/**
 * Start a BullMQ worker that digests articles and stores the results.
 *
 * `digest` runs on the main thread, so one process keeps one core busy:
 * start one process per core. A `concurrency` above 1 only overlaps the
 * Redis round trips of one job with the digest of another.
 */
export function startWorker(settings: WorkerSettings, connection: Redis): Worker<ArticleJob> {
  const results = resultsKey(settings.queue)
  const provenance = provenanceKey(settings.queue)

  return new Worker<ArticleJob>(
    settings.queue,
    async (job: Job<ArticleJob>) => {
      const lines = new Map<string, string>()
      const by = new Map<string, string>()
      for (const [index, {id, text}] of job.data.articles.entries()) {
        // Between articles, let lock renewals and Redis replies through.
        if (index > 0) await new Promise((resolve) => setImmediate(resolve))
        lines.set(keyOf(id), digestLine(id, text))
        by.set(keyOf(id), `${settings.name}#${job.attemptsStarted}`)
      }

      // One transaction: results and their provenance are written together or not at all.
      const replies = await connection.multi().hset(results, lines).hset(provenance, by).exec()
      const failure = replies?.find(([error]) => error)
      if (failure) throw failure[0]
    },
    {
      connection,
      name: settings.name,
      concurrency: settings.concurrency,
      lockDuration: settings.lockDuration,
      stalledInterval: settings.stalledInterval,
      maxStalledCount: settings.maxStalled
    }
  )
}

/** Thrown by `collect` when its time is up. */
export class CollectTimeoutError extends Error {
  constructor(readonly missing: number) {
    super(`timed out with ${missing} result${missing === 1 ? '' : 's'} missing`)
    this.name = 'CollectTimeoutError'
  }
}

/** Options of `collect`. */
export interface CollectOptions {
  /** Give up after this many ms; `0` never does. */
  timeout: number
  /** Poll every this many ms. */
  interval?: number
  /** Called after each poll that found new results. */
  onProgress?: (done: number, total: number) => void
  /** Called once after `quiet` ms without a new result. */
  onQuiet?: (seconds: number) => void
  /** Ms without a new result before `onQuiet` (default 15 s). */
  quiet?: number
}

/**
 * Wait until every article has a result, or a job that failed for good
 * (retries used up, or stalled too often).
 *
 * @returns Error lines of the failed jobs, by key; every other article's
 *   line is in the results hash (see `outputLines`).
 * @throws {CollectTimeoutError}
 */
export async function collect(
  queue: Queue<ArticleJob>,
  redis: Redis,
  entries: readonly Entry[],
  jobOf: ReadonlyMap<string, string>,
  options: CollectOptions
): Promise<Map<string, string>> {
  const interval = options.interval ?? 200
  const quiet = options.quiet ?? 15_000
  const pending = new Map(entries.map((entry) => [entry.key, entry]))
  const failures = new Map<string, string>()
  const started = Date.now()
  let lastNews = started
  let warned = false
  let failedSeen = 0

  while (pending.size > 0) {
    // Read the queue before the results: a job that is gone from the queue
    // wrote its result before it left, so the sweep below sees it.
    const counts = await queue.getJobCounts('wait', 'paused', 'prioritized', 'delayed', 'active', 'waiting-children')
    const idle = Object.values(counts).every((count) => count === 0)
    const failed = await queue.getFailedCount()

    const before = pending.size
    await sweep(redis, queue.name, pending)

    // A failed job has no result: find ours when the queue has nothing left
    // to run, or when jobs failed since we last looked.
    if (pending.size > 0 && (idle || failed > failedSeen)) {
      for (const [key, line] of await finalStates(queue, redis, pending, jobOf)) {
        failures.set(key, line)
        pending.delete(key)
      }
    }

    failedSeen = failed
    if (pending.size < before) {
      lastNews = Date.now()
      warned = false
      options.onProgress?.(entries.length - pending.size, entries.length)
    } else if (!warned && Date.now() - lastNews > quiet) {
      warned = true
      options.onQuiet?.(Math.round((Date.now() - lastNews) / 1000))
    }

    if (pending.size === 0) break
    if (options.timeout > 0 && Date.now() - started > options.timeout) {
      throw new CollectTimeoutError(pending.size)
    }

    await new Promise((resolve) => setTimeout(resolve, interval))
  }

  return failures
}

/** Drop from `pending` every key that has a result. */
async function sweep(redis: Redis, queue: string, pending: Map<string, Entry>): Promise<void> {
  const keys = [...pending.keys()]
  for (let start = 0; start < keys.length; start += chunkSize) {
    const part = keys.slice(start, start + chunkSize)
    const stored = await redis.hmget(resultsKey(queue), ...part)
    for (const [index, key] of part.entries()) {
      if (stored[index] !== null) pending.delete(key)
    }
  }
}

/** Error lines for pending articles whose job will never write a result. */
async function finalStates(
  queue: Queue<ArticleJob>,
  redis: Redis,
  pending: Map<string, Entry>,
  jobOf: ReadonlyMap<string, string>
): Promise<Map<string, string>> {
  const byJob = new Map<string, Entry[]>()
  for (const entry of pending.values()) {
    // An article skipped at enqueue had a result; if that is gone, its own id says so.
    const jobId = jobOf.get(entry.key) ?? jobIdOf([entry.key])
    byJob.set(jobId, [...(byJob.get(jobId) ?? []), entry])
  }

  const lines = new Map<string, string>()
  const jobIds = [...byJob.keys()]
  for (let start = 0; start < jobIds.length; start += chunkSize) {
    const part = jobIds.slice(start, start + chunkSize)
    const states = await Promise.all(part.map((jobId) => queue.getJobState(jobId)))
    for (const [index, jobId] of part.entries()) {
      const state = states[index]
      const entries = byJob.get(jobId)!
      if (state === 'failed') {
        const job = await queue.getJob(jobId)
        for (const entry of entries) {
          lines.set(entry.key, errorLine(entry.id, `job failed: ${job?.failedReason ?? 'unknown reason'}`))
        }
      } else if (state === 'completed' || state === 'unknown') {
        // Completed jobs wrote their results first; if one is still missing,
        // someone deleted it. Say so rather than wait for ever.
        const stored = await redis.hmget(resultsKey(queue.name), ...entries.map((entry) => entry.key))
        for (const [position, entry] of entries.entries()) {
          if (stored[position] !== null) continue
          lines.set(entry.key, errorLine(entry.id, `job ${state === 'unknown' ? 'not found' : 'completed'} but no result stored`))
        }
      }
    }
  }

  return lines
}

/**
 * The output lines, in input order: each article's stored result, or its
 * error line (rejected input, failed job).
 */
export async function* outputLines(
  redis: Redis,
  queue: string,
  items: ReadonlyArray<Entry | Rejected>,
  failures: ReadonlyMap<string, string>
): AsyncGenerator<string> {
  for (let start = 0; start < items.length; start += chunkSize) {
    const part = items.slice(start, start + chunkSize)
    const keys = part.flatMap((item) => ('key' in item && !failures.has(item.key) ? [item.key] : []))
    const stored = keys.length > 0 ? await redis.hmget(resultsKey(queue), ...keys) : []
    const byKey = new Map(keys.map((key, index) => [key, stored[index] ?? null]))
    for (const item of part) {
      if (!('key' in item)) yield item.line
      else yield failures.get(item.key) ?? byKey.get(item.key) ?? errorLine(item.id, 'result missing')
    }
  }
}
