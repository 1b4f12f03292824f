/**
 * The worker pool of `--jsonl`: workers start as lines need them, and a
 * worker that dies (a crash, a signal, out of memory) costs its own line an
 * error record and nothing else: a new worker takes the next lines, and
 * every line still gets exactly one output line, in input order.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {Output} from '../src/cli/io.js'
import {runJsonl, type BatchCounts} from '../src/cli/jsonl.js'
import {Pool} from '../src/cli/pool.js'

const script = new URL('fixtures/pool-worker.mjs', import.meta.url)
const pools: Pool[] = []

afterEach(async () => {
  await Promise.all(pools.splice(0).map(async (pool) => pool.close()))
})

interface Record_ {
  id: unknown
  digest?: {text: string; pid: number}
  error?: {message: string}
}

async function batch(texts: string[], size: number, memory?: number) {
  const pool = new Pool(size, script, {execArgv: [], memory})
  pools.push(pool)
  const input = texts.map((text, index) => JSON.stringify({id: index, text})).join('\n')
  let out = ''
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out += String(chunk)
      callback()
    }
  })
  const counts: BatchCounts = {articles: 0, failed: 0}
  const fail = () => {
    throw new Error('the main thread must not digest')
  }

  await runJsonl(Readable.from([Buffer.from(input)]), 'in', new Output(stdout), {text: fail, html: fail}, {}, counts, {pool})
  const records = out.trim().split('\n').map((d) => JSON.parse(d) as Record_)
  return {records, counts, pool}
}

describe('Pool', () => {
  it('starts workers only as lines need them', async () => {
    const {records, pool} = await batch(['one', 'two'], 64)
    expect(records.map((d) => d.digest?.text)).toEqual(['one', 'two'])
    expect(pool.started).toBeLessThanOrEqual(2)
    expect(pool.started).toBeGreaterThanOrEqual(1)
  })

  it('survives workers that crash or are killed mid-batch: one record per line, in order', async () => {
    const texts = ['a', 'slow', 'crash', 'b', 'kill', 'slow', 'c', 'crash', 'd', 'e']
    const {records, counts, pool} = await batch(texts, 2)
    expect(records.map((d) => d.id)).toEqual(texts.map((_, index) => index))
    const failed = records.filter((d) => d.error).map((d) => d.id)
    expect(failed).toEqual([2, 4, 7])
    expect(records[2]!.error!.message).toMatch(/^in:3: the worker digesting this line stopped \(exit code 3\)/)
    expect(records[4]!.error!.message).toMatch(/killed by SIGKILL/)
    expect(records.filter((d) => d.digest).map((d) => d.digest!.text)).toEqual(['a', 'slow', 'b', 'slow', 'c', 'd', 'e'])
    expect(counts).toEqual({articles: 10, failed: 3})
    // Each death was replaced.
    expect(pool.started).toBeGreaterThanOrEqual(4)
  }, 30_000)

  it('survives a worker that runs out of memory under its heap limit', async () => {
    const {records} = await batch(['a', 'oom', 'b'], 1, 32)
    expect(records.map((d) => d.id)).toEqual([0, 1, 2])
    expect(records[1]!.error!.message).toMatch(/^in:2: the worker digesting this line stopped/)
    expect(records[0]!.digest!.text).toBe('a')
    expect(records[2]!.digest!.text).toBe('b')
    // `b` ran on a new worker.
    expect(records[2]!.digest!.pid).not.toBe(records[0]!.digest!.pid)
  }, 30_000)
})

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

describe.skipIf(!existsSync(cli))('built CLI: the batch survives its workers', () => {
  it('answers a line that exhausts a worker’s memory with an error record, and goes on', async () => {
    const lines = [
      JSON.stringify({id: 'a', text: 'Pier Opens\n\nThe pier opened on Monday.'}),
      // 12 MB of text in a worker of 16 MB: the line alone nearly fills it,
      // however little the digest needs (a 6 MB line now fits in 48 MB).
      JSON.stringify({id: 'b', text: 'The council met again on the pier plan. '.repeat(300_000)}),
      JSON.stringify({id: 'c', text: 'Mill Closes\n\nThe mill closed on Friday.'})
    ]
    const {stdout, code} = await runCli(['--jsonl', '--concurrency', '1', '--worker-memory', '16', '--fields', 'headline'], lines.join('\n'))
    const records = stdout.trim().split('\n').map((d) => JSON.parse(d) as Record_)
    expect(records.map((d) => d.id)).toEqual(['a', 'b', 'c'])
    expect(records[0]!.digest).toEqual({headline: 'Pier Opens'})
    expect(records[1]!.error!.message).toMatch(/^stdin:2: the worker digesting this line stopped \(out of memory/)
    expect(records[2]!.digest).toEqual({headline: 'Mill Closes'})
    expect(code).toBe(1)
  }, 60_000)

  it('starts no more workers than lines, and warns of nothing, at --concurrency 64', async () => {
    const lines = ['Pier Opens', 'Mill Closes'].map((headline, id) => JSON.stringify({id, text: `${headline}\n\nIt happened on Monday.`}))
    const {stdout, stderr, code} = await runCli(['--jsonl', '--concurrency', '64', '--fields', 'headline'], lines.join('\n'))
    expect(stdout.trim().split('\n').map((d) => (JSON.parse(d) as Record_).id)).toEqual([0, 1])
    expect(stderr).not.toMatch(/Warning/)
    expect(code).toBe(0)
  }, 60_000)

  it('refuses --concurrency above the bound before reading anything', async () => {
    const {stderr, code} = await runCli(['--jsonl', '--concurrency', '999999'], '')
    expect(code).toBe(2)
    expect(stderr).toMatch(/expected at most `64`/)
  })
})

async function runCli(args: string[], input: string): Promise<{stdout: string; stderr: string; code: number | null}> {
  const child = spawn(process.execPath, [cli, ...args], {stdio: ['pipe', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)))
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
  child.stdin.end(input)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {stdout, stderr, code}
}
