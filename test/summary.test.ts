import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextArticleSummary} from '../src/summary/index.js'
import {run} from './helpers.js'

const story = [
  'The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.',
  'The crossing carried about 3,000 passengers a day between the two halves of the town.',
  'Engineers said the cracks in the landing had widened during the spring floods.',
  'A temporary bus service will run until the landing is repaired, the river authority said.',
  'Nobody was hurt.',
  'Local shops near the crossing said they feared losing customers while the ferry was closed.'
].join('\n')

describe('retextArticleSummary', () => {
  it('picks key sentences in article order with scores and offsets', () => {
    const {file} = run(story, [retextArticleSummary])
    const summary = file.data.summary!
    expect(summary).toHaveLength(3)
    expect(summary.map((d) => d.index)).toEqual([...summary.map((d) => d.index)].sort((a, b) => a - b))
    expect(summary[0]!.index).toBe(0)
    for (const sentence of summary) {
      expect(story.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(sentence.score).toBeGreaterThan(0)
      expect(sentence.score).toBeLessThanOrEqual(1)
    }
  })

  it('skips sentences shorter than `minWords`', () => {
    const {file} = run(story, [[retextArticleSummary, {maxSentences: 6}]])
    expect(file.data.summary!.map((d) => d.text)).not.toContain('Nobody was hurt.')
  })

  it('honours `maxSentences`', () => {
    expect(run(story, [[retextArticleSummary, {maxSentences: 1}]]).file.data.summary).toHaveLength(1)
    expect(run(story, [[retextArticleSummary, {maxSentences: 0}]]).file.data.summary).toEqual([])
  })

  it('works after retext-english', () => {
    const processor = unified().use(retextEnglish).use(retextArticleSummary)
    const file = new VFile(story)
    processor.runSync(processor.parse(file), file)
    expect(file.data.summary).toHaveLength(3)
  })

  it('returns nothing for empty text', () => {
    expect(run('', [retextArticleSummary]).file.data.summary).toEqual([])
  })

  it('rejects wrong options', () => {
    expect(() => run(story, [[retextArticleSummary, {maxSentences: 'three'}]])).toThrow(
      /retextArticleSummary: unexpected `"three"` for option `maxSentences`/
    )
    expect(() => run(story, [[retextArticleSummary, {sentences: 3}]])).toThrow(/unknown option `sentences`/)
  })
})
