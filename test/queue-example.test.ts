/**
 * The queue example's parts that need no Redis: settings, input lines, ids
 * and the invented articles. The example end to end is in
 * `queue.integration.test.ts` (`npm run test:queue`).
 */
import {describe, expect, it} from 'vitest'
import {makeArticles} from '../examples/queue/articles.js'
import {errorLine, readLine} from '../examples/queue/input.js'
import {jobIdOf, keyOf, producerSettings, redact, UsageError, workerSettings} from '../examples/queue/settings.js'

describe('queue example settings', () => {
  it('reads worker flags over variables over defaults', () => {
    expect(workerSettings(['--concurrency', '3', '--name=w1'], {WORKERS: '2', CONCURRENCY: '9'})).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      queue: 'retext-article',
      concurrency: 3,
      workers: 2,
      name: 'w1',
      lockDuration: 30_000,
      stalledInterval: 30_000,
      maxStalled: 1
    })
    expect(workerSettings([], {})).toMatchObject({concurrency: 2, workers: 1})
    expect(workerSettings(['--help'], {})).toBeUndefined()
  })

  it('reads producer flags', () => {
    expect(
      producerSettings(['--queue', 'news', '-o', 'out.jsonl', '--no-wait', 'in.jsonl'], {REDIS_URL: 'rediss://u:p@host:6380/1'})
    ).toEqual({
      redisUrl: 'rediss://u:p@host:6380/1',
      queue: 'news',
      input: 'in.jsonl',
      out: 'out.jsonl',
      attempts: 3,
      batch: 10,
      maxBytes: 262_144,
      timeout: 0,
      wait: false
    })
    expect(producerSettings(['-'], {})?.input).toBeUndefined()
  })

  it('rejects wrong settings, naming them', () => {
    expect(() => workerSettings(['--concurrency', '0'], {})).toThrow(
      new UsageError('expected `--concurrency` to be an integer of at least 1, not `0`')
    )
    expect(() => workerSettings([], {WORKERS: 'two'})).toThrow('expected `--workers` to be an integer of at least 1, not `two`')
    expect(() => producerSettings(['--queue', 'a:b'], {})).toThrow('without `:`')
    expect(() => producerSettings([], {REDIS_URL: 'http://:secret@host'})).toThrow('not `http://:secret@host`')
    expect(() => producerSettings(['a.jsonl', 'b.jsonl'], {})).toThrow('expected one input file, not 2')
    expect(() => producerSettings(['--batch', '1001'], {})).toThrow('expected `--batch` to be an integer from 1 to 1000, not `1001`')
    expect(() => producerSettings(['--bogus'], {})).toThrow(UsageError)
  })

  it('hides passwords in logged URLs', () => {
    expect(redact('redis://:s3cret@host:6379/0')).toBe('redis://:***@host:6379/0')
    expect(redact('rediss://user:s3cret@host')).toBe('rediss://user:***@host')
    expect(redact('redis://host:6379')).toBe('redis://host:6379')
  })
})

describe('queue example ids', () => {
  it('maps any article id to a job id BullMQ accepts, one to one', () => {
    expect(jobIdOf([keyOf(7)])).toBe('article-7')
    expect(jobIdOf(['a:b'])).toBe('article-a%3Ab')
    expect(jobIdOf(['a%3Ab'])).toBe('article-a%253Ab')
    expect(keyOf(7)).toBe(keyOf('7'))
  })

  it('names a batch by the ids it carries, in order', () => {
    const id = jobIdOf(['a', 'b'])
    expect(id).toMatch(/^batch-[\da-f]{32}$/)
    expect(jobIdOf(['a', 'b'])).toBe(id)
    expect(jobIdOf(['b', 'a'])).not.toBe(id)
    expect(jobIdOf(['a\nb', 'c'])).not.toBe(jobIdOf(['a', 'b\nc']))
  })
})

describe('queue example input lines', () => {
  it('accepts an article and remembers its id', () => {
    const seen = new Map<string, string>()
    expect(readLine('{"id": 7, "text": "Story."}', 'in:1', seen, 100)).toEqual({id: 7, key: '7', text: 'Story.'})
    expect(readLine('{"id": "7", "text": "Again."}', 'in:2', seen, 100)).toEqual({
      line: errorLine('7', 'in:2: duplicate id, first given at in:1')
    })
  })

  it('turns a line it cannot enqueue into the error line that stands for it', () => {
    const read = (line: string) => readLine(line, 'in:3', new Map(), 10)
    expect(read('[1]')).toEqual({line: '{"id":null,"error":{"message":"in:3: expected a JSON object with `id` and `text`"}}'})
    expect(read('{"id": "", "text": "x"}')).toEqual({line: errorLine(null, 'in:3: expected `id` to be a non-empty string or a number')})
    expect(read('{"id": "a", "text": 1}')).toEqual({line: errorLine('a', 'in:3: expected a string `text`')})
    expect(read('{"id": "a", "text": "ééééééé"}')).toEqual({line: errorLine('a', 'in:3: article too large (14 bytes, at most 10)')})
    expect(read('{')).toMatchObject({line: expect.stringContaining('in:3: invalid JSON: ')})
  })
})

describe('queue example articles', () => {
  it('are the same for the same seed, and differ between articles', () => {
    const articles = makeArticles(50, 4)
    expect(makeArticles(50, 4)).toEqual(articles)
    expect(new Set(articles.map((article) => article.text)).size).toBe(50)
    expect(articles.map((article) => article.id).slice(0, 2)).toEqual(['article-1', 'article-2'])
  })
})
