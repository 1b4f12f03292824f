/**
 * The queue example end to end, on a real Redis: the producer and worker
 * scripts run as child processes, as a user runs them. Skipped (with a
 * message) when `redis-server` is not installed or the example's own
 * packages are not (`npm ci --prefix examples/queue`), unless
 * `QUEUE_TEST_REQUIRE_REDIS=1` (set by `.ci/run`), which makes either a
 * failure. BullMQ and ioredis are the example's dependencies, not the
 * library's: they are loaded through the example's modules, which resolve
 * them from `examples/queue/node_modules`.
 */
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {makeArticles} from '../examples/queue/articles.js'
import type {Redis} from '../examples/queue/connection.js'
import {findRedisServer, startRedis, startScript, startWorkerProcess, type Local, type LocalRedis} from '../examples/queue/local.js'
import {provenanceKey, resultsKey} from '../examples/queue/settings.js'

const binary = findRedisServer()
const installed = existsSync(new URL('../examples/queue/node_modules/bullmq/package.json', import.meta.url))
const missing = [
  binary === undefined ? 'redis-server not found (apt-get install -y redis-server)' : undefined,
  installed ? undefined : 'the example’s packages are not installed (npm ci --prefix examples/queue)'
].filter((reason) => reason !== undefined)
if (missing.length > 0) {
  if (process.env.QUEUE_TEST_REQUIRE_REDIS === '1') {
    throw new Error(`queue integration test: ${missing.join('; ')}, and QUEUE_TEST_REQUIRE_REDIS=1`)
  }

  console.warn(`queue integration test skipped: ${missing.join('; ')} (.ci/run installs both)`)
}

// The modules that import BullMQ and ioredis, loaded only when they are installed.
const example =
  missing.length === 0
    ? {...(await import('../examples/queue/connection.js')), ...(await import('../examples/queue/jobs.js'))}
    : undefined

// Short locks so the killed worker's jobs come back within seconds; two
// stalls allowed so a busy machine cannot fail a job by a late lock renewal.
const recovery = {lockDuration: 2000, stalledInterval: 1000, maxStalled: 2}

describe.skipIf(missing.length > 0)('queue example on BullMQ and Redis', () => {
  let redis: LocalRedis
  let client: Redis
  let directory: string
  const started: Local[] = []

  beforeAll(async () => {
    redis = await startRedis(binary!)
    client = example!.connect(redis.url, 'client')
    directory = await mkdtemp(join(tmpdir(), 'retext-article-queue-'))
  })

  afterAll(async () => {
    await Promise.all(started.map((local) => local.stop()))
    client?.disconnect()
    await redis?.stop()
    if (directory) await rm(directory, {recursive: true, force: true})
  })

  it('digests each of 2,000 articles exactly once when a worker is killed mid-way', async () => {
    const queue = 'kill-test'
    const articles = makeArticles(2000, 9)
    const input = join(directory, 'articles.jsonl')
    const output = join(directory, 'digests.jsonl')
    await writeFile(input, articles.map((article) => JSON.stringify(article) + '\n').join(''))

    const common = {redisUrl: redis.url, queue, concurrency: 2, ...recovery}
    const doomed = startWorkerProcess({...common, name: 'doomed'})
    const survivor = startWorkerProcess({...common, name: 'survivor'})
    started.push(doomed, survivor)
    await Promise.all([doomed.ready, survivor.ready])

    const producer = startScript('producer.ts', ['--redis', redis.url, '--queue', queue, '--batch', '10', '--timeout', '240', '--out', output, input])
    started.push(producer)

    // Mid-way: a quarter done, both workers busy, each holding jobs.
    await until(async () => (await client.hlen(resultsKey(queue))) >= 500, 120_000, () => producer.log() + doomed.log())
    doomed.process.kill('SIGKILL')
    const doneAtKill = await client.hlen(resultsKey(queue))
    expect(await doomed.exited).toBe('SIGKILL')
    expect(doneAtKill).toBeLessThan(articles.length)

    expect(await producer.exited, producer.log() + survivor.log()).toBe(0)

    // The producer's output: one line per article, in input order, no errors.
    const lines = (await readFile(output, 'utf8')).split('\n').filter((line) => line !== '')
    const results = lines.map((line) => JSON.parse(line) as {id: string; digest?: unknown; error?: unknown})
    expect(results.map((result) => result.id)).toEqual(articles.map((article) => article.id))
    expect(results.filter((result) => result.error !== undefined || result.digest === undefined)).toEqual([])

    // In Redis: exactly one result per id, none more.
    const stored = await client.hgetall(resultsKey(queue))
    expect(Object.keys(stored).sort()).toEqual(articles.map((article) => article.id).sort())

    // Whole results, byte for byte what `digest` gives in this process.
    for (const article of articles.filter((_, index) => index % 80 === 0)) {
      expect(stored[article.id]).toBe(example!.digestLine(article.id, article.text))
    }

    // Evidence that the kill mattered: the dead worker had written results,
    // and jobs it held were started again by the survivor.
    const provenance = Object.values(await client.hgetall(provenanceKey(queue)))
    const attempts = provenance.map((value) => Number(value.split('#')[1]))
    const byDoomed = provenance.filter((value) => value.startsWith('doomed#')).length
    const rerun = provenance.filter((value, index) => value.startsWith('survivor#') && attempts[index]! > 1).length
    console.info(`queue kill test: killed at ${doneAtKill}/${articles.length}; ${byDoomed} results by the killed worker, ${rerun} re-run by the survivor`)
    expect(byDoomed).toBeGreaterThan(0)
    expect(rerun).toBeGreaterThan(0)

    // And BullMQ agrees: every job (ten articles each) completed, none failed, none left.
    const bull = example!.openQueue(client, queue)
    const counts = await bull.getJobCounts('completed', 'failed', 'wait', 'active', 'delayed')
    await bull.close()
    expect(counts).toEqual({completed: articles.length / 10, failed: 0, wait: 0, active: 0, delayed: 0})
  })

  it('writes a line per input line, rejects bad ones, and redoes nothing on a re-run (one article a job)', async () => {
    const queue = 'lines-test'
    const [first, second] = makeArticles(2, 3)
    const input = join(directory, 'lines.jsonl')
    await writeFile(
      input,
      [
        JSON.stringify({id: 7, text: first!.text}),
        'not json',
        JSON.stringify({text: 'No id.'}),
        JSON.stringify({id: 'a:b', text: second!.text}),
        JSON.stringify({id: '7', text: 'The same id as the first line.'}),
        JSON.stringify({id: 'long', text: 'x'.repeat(5000)}),
        ''
      ].join('\n')
    )

    const worker = startWorkerProcess({redisUrl: redis.url, queue, name: 'lines'})
    started.push(worker)
    await worker.ready

    const run = async () => {
      const producer = startScript('producer.ts', ['--redis', redis.url, '--queue', queue, '--timeout', '60', '--max-bytes', '4096', '--batch', '1', input])
      let stdout = ''
      producer.process.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      const code = await producer.exited
      return {code, stdout, log: producer.log()}
    }

    const once = await run()
    expect(once.code, once.log).toBe(1)
    expect(once.log).toContain('2 enqueued, 0 already digested, 4 rejected')
    const lines = once.stdout.split('\n')
    // The JSON parser's own words differ between Node versions.
    expect(JSON.parse(lines[1]!)).toMatchObject({id: null, error: {message: expect.stringMatching(`^${input}:2: invalid JSON: `)}})
    expect(lines.filter((_, index) => index !== 1)).toEqual([
      example!.digestLine(7, first!.text),
      JSON.stringify({id: null, error: {message: `${input}:3: expected \`id\` to be a non-empty string or a number`}}),
      example!.digestLine('a:b', second!.text),
      JSON.stringify({id: '7', error: {message: `${input}:5: duplicate id, first given at ${input}:1`}}),
      JSON.stringify({id: 'long', error: {message: `${input}:6: article too large (5000 bytes, at most 4096)`}}),
      ''
    ])

    const again = await run()
    expect(again.log).toContain('0 enqueued, 2 already digested, 4 rejected')
    expect(again.stdout).toBe(once.stdout)
    expect(await client.hvals(provenanceKey(queue))).toEqual(['lines#1', 'lines#1'])
  })
})

/** Poll `check` until it holds; fail with `context()` after `timeout` ms. */
async function until(check: () => Promise<boolean>, timeout: number, context: () => string): Promise<void> {
  const end = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms:\n${context()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
