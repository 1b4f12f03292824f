/**
 * Guards of the CLI against hostile input and arguments: an `id` that would
 * overflow the stack when echoed back, unbounded `--concurrency`, and summary
 * ratios in exponent notation.
 */
import {Readable, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {maxConcurrency, parseCliArgs} from '../src/cli/args.js'
import {Output} from '../src/cli/io.js'
import {digestLine, maxIdDepth, runJsonl, type BatchCounts} from '../src/cli/jsonl.js'
import {digest} from '../src/index.js'
import type {Digest} from '../src/types.js'

const stub = (text: string): Digest => ({headline: text.split('\n')[0] ?? null}) as unknown as Digest

describe('an `id` that cannot be echoed safely', () => {
  const deep = '['.repeat(5000) + '1' + ']'.repeat(5000)

  it('gets an error record with the id dropped', () => {
    const result = digestLine(`{"id":${deep},"text":"Pier Opens"}`, 'stdin:2', stub, {})
    expect(result.ok).toBe(false)
    const record = JSON.parse(result.line) as {id: unknown; error: {message: string}}
    expect(record.id).toBeNull()
    expect(record.error.message).toMatch(/^stdin:2: unusable `id`/)
  })

  it('does not stop the batch: one line out per line in, in order', async () => {
    const input = [
      JSON.stringify({id: 1, text: 'Ferry Returns'}),
      `{"id":${deep},"text":"x"}`,
      `{"id":{"a":${deep}},"html":"<p>x</p>"}`,
      JSON.stringify({id: Array.from({length: 20_000}, (_, i) => i), text: 'x'}),
      JSON.stringify({id: 5, text: 'Mill Closes'})
    ].join('\n')
    let out = ''
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out += String(chunk)
        callback()
      }
    })
    const counts: BatchCounts = {articles: 0, failed: 0}
    await runJsonl(Readable.from([Buffer.from(input)]), 'in', new Output(stdout), {text: stub, html: stub}, {}, counts)
    const records = out.trim().split('\n').map((d) => JSON.parse(d) as {id: unknown; digest?: unknown; error?: unknown})
    expect(records.map((d) => d.id)).toEqual([1, null, null, null, 5])
    expect(records.map((d) => 'error' in d)).toEqual([false, true, true, true, false])
    expect(records[4]!.digest).toEqual({headline: 'Mill Closes'})
    expect(counts).toEqual({articles: 5, failed: 3})
  })

  it('keeps ids that are nested but shallow', () => {
    const id = {source: 'wire', keys: [[1, 2], {at: '2026-01-02'}]}
    let nested: unknown = 'leaf'
    for (let level = 1; level < maxIdDepth; level++) nested = [nested]
    for (const value of [id, nested, 'abc', 7, null]) {
      const result = digestLine(JSON.stringify({id: value, text: 'Dock Strike'}), 'in:1', stub, {})
      expect(result.ok).toBe(true)
      expect((JSON.parse(result.line) as {id: unknown}).id).toEqual(value)
    }
  })
})

describe('--concurrency', () => {
  it(`refuses more than ${maxConcurrency} workers with a clear message`, () => {
    expect(parseCliArgs(['--jsonl', '--concurrency', String(maxConcurrency)]).concurrency).toBe(maxConcurrency)
    expect(() => parseCliArgs(['--jsonl', '--concurrency', '999999'])).toThrow(
      /Unexpected `999999` for `--concurrency`, expected at most `64`/
    )
    expect(() => parseCliArgs(['--jsonl', '--concurrency', '65'])).toThrow(/at most `64`/)
  })

  it('defaults to the number of cores, within the bound', () => {
    const {concurrency} = parseCliArgs(['--jsonl'])
    expect(concurrency).toBeGreaterThanOrEqual(1)
    expect(concurrency).toBeLessThanOrEqual(maxConcurrency)
  })
})

describe('--summary-ratio', () => {
  it('accepts any number above 0 and at most 1, in any notation', () => {
    for (const [given, expected] of [
      ['1e-7', 1e-7],
      ['2.5E-3', 0.0025],
      ['.5', 0.5],
      ['0.1234567', 0.123_456_7],
      ['1', 1],
      ['1.0', 1]
    ] as const) {
      expect(parseCliArgs(['--summary-ratio', given]).options.summaryRatio, given).toBe(expected)
    }
  })

  it('refuses 0, negatives, more than 1 and non-numbers', () => {
    for (const given of ['0', '0e5', '-0.1', '1.5', '2e0', 'abc', '0x1', 'Infinity', 'NaN', '', '1e999']) {
      expect(() => parseCliArgs([`--summary-ratio=${given}`]), given).toThrow(/expected a number above 0 and at most 1/)
    }
  })
})

describe('--reference-date', () => {
  it('passes a day to the digest, which reads relative dates against it', () => {
    const {options} = parseCliArgs(['--reference-date', '2026-11-30'])
    expect(options.referenceDate).toBe('2026-11-30')
    expect(digest('Crews repaired the pier last week and reopen it tomorrow.', options).dates.map((d) => d.value)).toEqual(['2026-W48', '2026-12-01'])
  })

  it('refuses anything but YYYY-MM-DD', () => {
    for (const given of ['2026-1-5', '2026-02-30', 'tomorrow', '2026-11-30T00:00', '']) {
      expect(() => parseCliArgs([`--reference-date=${given}`]), given).toThrow(/expected a day as `YYYY-MM-DD`/)
    }
  })
})
