/**
 * Settings of the queue example's producer and worker, from flags and the
 * environment (a flag wins over its variable), and the names the example
 * uses in Redis. Nothing here connects to anything.
 */
import {createHash} from 'node:crypto'
import {hostname} from 'node:os'
import {parseArgs} from 'node:util'

/** Where the queue lives. */
export interface Connection {
  /** `redis://[[user]:password@]host[:port][/db]`, or `rediss://…` for TLS. */
  redisUrl: string
  /** BullMQ queue name; results live under the same name. */
  queue: string
}

/** Settings of `worker.ts`. */
export interface WorkerSettings extends Connection {
  /** Jobs one worker process holds at a time. */
  concurrency: number
  /** Worker processes to start from this command. */
  workers: number
  /** Name stored with each result; host and process id by default. */
  name: string
  /** BullMQ job lock, in ms: a job whose lock lapses is taken as stalled. */
  lockDuration: number
  /** How often, in ms, to look for stalled jobs (those of a dead worker). */
  stalledInterval: number
  /** Times a job may stall before it fails instead of going back to the queue. */
  maxStalled: number
}

/** Settings of `producer.ts`. */
export interface ProducerSettings extends Connection {
  /** JSON Lines file to read; `undefined` for stdin. */
  input: string | undefined
  /** File to write results to; `undefined` for stdout. */
  out: string | undefined
  /** Attempts per job when the worker throws (a Redis error, say). */
  attempts: number
  /** Articles per job: more than one spreads BullMQ's cost per job. */
  batch: number
  /** Largest article accepted, in UTF-8 bytes of `text`. */
  maxBytes: number
  /** Seconds to wait for results; `0` waits as long as it takes. */
  timeout: number
  /** `false` enqueues and exits; run again with the same input to collect. */
  wait: boolean
}

/** A wrong flag or variable; the message says which. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const defaultRedisUrl = 'redis://127.0.0.1:6379'
export const defaultQueue = 'retext-article'

/** Hash of results: field = article key, value = the output line. */
export function resultsKey(queue: string): string {
  return `retext-article:${queue}:results`
}

/** Hash of provenance: field = article key, value = `worker#attempt`. */
export function provenanceKey(queue: string): string {
  return `retext-article:${queue}:by`
}

/** The key an article id is stored under (`7` and `"7"` are one article). */
export function keyOf(id: string | number): string {
  return String(id)
}

/**
 * The BullMQ job id of the articles one job carries: `article-<key>` for
 * one, `batch-<hash of the keys>` for several. BullMQ refuses custom ids that
 * are integers or contain `:`; article ids may be either, so they are
 * encoded (one to one) behind a prefix.
 */
export function jobIdOf(keys: readonly string[]): string {
  if (keys.length === 1) return `article-${encodeURIComponent(keys[0]!)}`
  return `batch-${createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, 32)}`
}

type Environment = Readonly<Record<string, string | undefined>>

const connectionOptions = {
  redis: {type: 'string'},
  queue: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

/**
 * Read the worker's settings.
 *
 * @returns `undefined` when `--help` was given.
 * @throws {UsageError}
 */
export function workerSettings(argv: readonly string[], env: Environment): WorkerSettings | undefined {
  const {values} = usage(() =>
    parseArgs({
      args: [...argv],
      strict: true,
      options: {
        ...connectionOptions,
        concurrency: {type: 'string'},
        workers: {type: 'string'},
        name: {type: 'string'},
        'lock-duration': {type: 'string'},
        'stalled-interval': {type: 'string'},
        'max-stalled': {type: 'string'}
      }
    })
  )
  if (values.help) return undefined

  return {
    ...connection(values, env),
    concurrency: integer('--concurrency', values.concurrency ?? env.CONCURRENCY, 2, 1),
    workers: integer('--workers', values.workers ?? env.WORKERS, 1, 1),
    name: values.name ?? `${hostname()}:${process.pid}`,
    lockDuration: integer('--lock-duration', values['lock-duration'], 30_000, 100),
    stalledInterval: integer('--stalled-interval', values['stalled-interval'], 30_000, 100),
    maxStalled: integer('--max-stalled', values['max-stalled'], 1, 0)
  }
}

/**
 * Read the producer's settings.
 *
 * @returns `undefined` when `--help` was given.
 * @throws {UsageError}
 */
export function producerSettings(argv: readonly string[], env: Environment): ProducerSettings | undefined {
  const {values, positionals} = usage(() =>
    parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        ...connectionOptions,
        out: {type: 'string', short: 'o'},
        attempts: {type: 'string'},
        batch: {type: 'string'},
        'max-bytes': {type: 'string'},
        timeout: {type: 'string'},
        'no-wait': {type: 'boolean'}
      }
    })
  )
  if (values.help) return undefined
  if (positionals.length > 1) throw new UsageError(`expected one input file, not ${positionals.length}`)

  const input = positionals[0]
  return {
    ...connection(values, env),
    input: input === undefined || input === '-' ? undefined : input,
    out: values.out,
    attempts: integer('--attempts', values.attempts, 3, 1),
    batch: integer('--batch', values.batch, 10, 1, 1000),
    maxBytes: integer('--max-bytes', values['max-bytes'], 262_144, 1),
    timeout: integer('--timeout', values.timeout, 0, 0),
    wait: !values['no-wait']
  }
}

/** Run `parseArgs`, turning its errors into usage errors. */
function usage<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

function connection(values: {redis?: string | undefined; queue?: string | undefined}, env: Environment): Connection {
  const redisUrl = values.redis ?? env.REDIS_URL ?? defaultRedisUrl
  if (!/^rediss?:\/\//.test(redisUrl)) {
    throw new UsageError(`expected \`--redis\` (or REDIS_URL) to start with redis:// or rediss://, not \`${redact(redisUrl)}\``)
  }

  const queue = values.queue ?? env.QUEUE ?? defaultQueue
  // BullMQ builds its keys as `bull:<queue>:…`.
  if (queue === '' || queue.includes(':')) {
    throw new UsageError(`expected \`--queue\` (or QUEUE) to be a non-empty name without \`:\`, not \`${queue}\``)
  }

  return {redisUrl, queue}
}

function integer(flag: string, value: string | undefined, fallback: number, minimum: number, maximum = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < minimum || number > maximum) {
    const range = maximum === Number.MAX_SAFE_INTEGER ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`
    throw new UsageError(`expected \`${flag}\` to be an integer ${range}, not \`${value}\``)
  }

  return number
}

/** A Redis URL fit for a log line: the password replaced by `***`. */
export function redact(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, '$1***@')
}
