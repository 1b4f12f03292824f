/**
 * The producer: put the articles of a JSON Lines file on the queue, wait for
 * the workers, and write one result line per input line, in input order —
 * the same lines as `retext-article --jsonl`.
 *
 *   node --import tsx examples/queue/producer.ts articles.jsonl > digests.jsonl
 *
 * Run it again with the same input and nothing is digested twice: articles
 * that have a result are not enqueued, and their stored result is written.
 * `--help` lists the flags. Exit code: 0 all went well, 1 an article failed
 * (or results were missing at `--timeout`), 2 wrong usage.
 */
import {createReadStream, createWriteStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {once} from 'node:events'
import type {Writable} from 'node:stream'
import {connect} from './connection.js'
import type {Entry, Rejected} from './input.js'
import {readLine} from './input.js'
import {collect, CollectTimeoutError, enqueue, openQueue, outputLines} from './jobs.js'
import {producerSettings, redact, UsageError, type ProducerSettings} from './settings.js'

const help = `Usage: producer.ts [options] [file.jsonl]

Enqueue {"id", "text"} lines (a file, or stdin) for the workers, wait for
them, and write one {"id", "digest"} or {"id", "error"} line per input line.

Options:
  --redis URL        Redis URL (env REDIS_URL; default redis://127.0.0.1:6379)
  --queue NAME       queue name (env QUEUE; default retext-article)
  -o, --out FILE     write results to FILE instead of stdout
  --attempts N       tries per job when a worker throws (default 3)
  --batch N          articles per job, 1 to 1000 (default 10)
  --max-bytes N      reject articles whose text is over N bytes (default 262144)
  --timeout S        give up after S seconds of waiting (default 0: never)
  --no-wait          enqueue and exit; run again with the same input to collect
  -h, --help         show this help
`

let settings: ProducerSettings | undefined
try {
  settings = producerSettings(process.argv.slice(2), process.env)
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  process.stderr.write(`producer: ${error.message}\n`)
  process.exit(2)
}

if (settings === undefined) {
  process.stdout.write(help)
} else {
  try {
    process.exitCode = await produce(settings)
  } catch (error) {
    // Redis unreachable, a file that cannot be read: say so, without a stack.
    const message = error instanceof Error ? error.message : String(error)
    const unreachable = error instanceof Error && error.name === 'MaxRetriesPerRequestError'
    process.stderr.write(`producer: ${unreachable ? `cannot reach Redis at ${redact(settings.redisUrl)}` : message}\n`)
    process.exitCode = 1
  }
}

async function produce(settings: ProducerSettings): Promise<number> {
  const label = settings.input ?? 'stdin'
  const items: Array<Entry | Rejected> = []
  const seen = new Map<string, string>()
  const lines = createInterface({
    input: settings.input === undefined ? process.stdin : createReadStream(settings.input),
    crlfDelay: Infinity
  })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() !== '') items.push(readLine(line, `${label}:${number}`, seen, settings.maxBytes))
  }

  const entries = items.filter((item): item is Entry => 'key' in item)
  const redis = connect(settings.redisUrl, 'client')
  const queue = openQueue(redis, settings.queue, settings.attempts)
  const log = (message: string) => process.stderr.write(`producer: ${message}\n`)

  try {
    const started = Date.now()
    const {added, skipped, jobOf} = await enqueue(queue, redis, entries, settings.batch)
    log(`${added} enqueued, ${skipped} already digested, ${items.length - entries.length} rejected (${redact(settings.redisUrl)}, queue ${settings.queue})`)
    if (!settings.wait) return 0

    let reported = 0
    const failures = await collect(queue, redis, entries, jobOf, {
      timeout: settings.timeout * 1000,
      onProgress(done, total) {
        // About every tenth, so a long run shows life without flooding.
        if (done === total || done - reported >= total / 10) {
          reported = done
          log(`${done}/${total} done`)
        }
      },
      onQuiet(seconds) {
        log(`no new result for ${seconds} s: is a worker running on this Redis and queue?`)
      }
    })

    const output = settings.out === undefined ? process.stdout : createWriteStream(settings.out)
    for await (const line of outputLines(redis, settings.queue, items, failures)) {
      await write(output, line + '\n')
    }

    if (output !== process.stdout) {
      output.end()
      await once(output, 'finish')
    }

    const failed = items.length - entries.length + failures.size
    const seconds = (Date.now() - started) / 1000
    log(`${items.length} lines, ${failed} failed, ${seconds.toFixed(1)} s`)
    return failed > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof CollectTimeoutError)) throw error
    log(error.message)
    return 1
  } finally {
    await queue.close()
    redis.disconnect()
  }
}

/** Write, waiting for `drain` so a large batch streams in flat memory. */
async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}
