import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import {digest} from '../src/digest.js'
import {retextArticleStructure} from '../src/structure/index.js'
import {retextArticleSummary} from '../src/summary/index.js'
import {run} from './helpers.js'

// Invented stories.
const story = [
  'The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.',
  'The crossing carried about 3,000 passengers a day between the two halves of the town.',
  'Engineers said the cracks in the landing had widened during the spring floods.',
  'A temporary bus service will run until the landing is repaired, the river authority said.',
  'Nobody was hurt.',
  'Local shops near the crossing said they feared losing customers while the ferry was closed.'
].join('\n')

const article = [
  'Ferry crossing closed after cracks found in landing',
  'By Jane Roe',
  'ASHFORD — The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.',
  'The crossing carried about 3,000 passengers a day between the two halves of the town. Engineers said the cracks in the landing had widened during the spring floods.',
  '“We cannot take any risk with the safety of passengers,” said Tom Hale, who chairs the authority. “The landing will be rebuilt.',
  'It will take a year.”',
  'Scroll down for video A temporary bus service will run until the landing is repaired, the river authority said.',
  'Why did nobody see the cracks in the landing before the floods?',
  'The ferry landing was closed on Friday after engineers found cracks, the river authority said.',
  'Local shops near the crossing said they feared losing customers while the ferry was closed.',
  'Share this story on Facebook'
].join('\n')

function texts(text: string, options?: Parameters<typeof retextArticleSummary>[0]): string[] {
  const {file} = run(text, [retextArticleStructure, retextArticleBoilerplate, [retextArticleSummary, options]])
  return file.data.summary!.map((d) => d.text)
}

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

  it('summarises a whole article: the lede and the facts, never the same thing twice', () => {
    expect(texts(article)).toEqual([
      'The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.',
      'The crossing carried about 3,000 passengers a day between the two halves of the town.',
      'Engineers said the cracks in the landing had widened during the spring floods.'
    ])
  })

  it('never picks a headline, byline, caption, quote fragment, question or boilerplate', () => {
    const picked = texts(article, {maxSentences: 20})
    expect(picked).not.toContain('Ferry crossing closed after cracks found in landing')
    expect(picked).not.toContain('By Jane Roe')
    expect(picked).not.toContain('Share this story on Facebook')
    expect(picked.some((d) => d.startsWith('Scroll down'))).toBe(false)
    expect(picked).not.toContain('“The landing will be rebuilt.')
    expect(picked).not.toContain('It will take a year.”')
    // A restatement of the lede says the same thing: one of the two is enough.
    expect(picked).not.toContain('The ferry landing was closed on Friday after engineers found cracks, the river authority said.')
  })

  it('ranks a question or a sentence that opens with a quote low, without ruling it out', () => {
    const lede = 'The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.'
    for (const first of [
      'Why did nobody notice the damage to the old pier before the winter storms hit the coast?',
      '“Nobody noticed the damage to the old pier before the winter storms,” a boatman said on Friday.'
    ]) {
      const text = [first, lede, story.split('\n').slice(1).join('\n')].join('\n')
      expect(run(text, [[retextArticleSummary, {maxSentences: 1}]]).file.data.summary!.map((d) => d.text)).toEqual([lede])
      expect(run(text, [[retextArticleSummary, {maxSentences: 6}]]).file.data.summary!.map((d) => d.text)).toContain(first)
    }
  })

  it('cuts the dateline off the lede', () => {
    const summary = digest(article).summary
    expect(summary[0]).toMatchObject({index: 0, text: article.split('\n')[2]!.slice('ASHFORD — '.length)})
    expect(article.slice(summary[0]!.start, summary[0]!.end)).toBe(summary[0]!.text)
  })

  it('favours the first sentences of paragraphs in a text in paragraphs', () => {
    const text = [
      'The city council approved a new budget for the harbour on Tuesday evening.',
      'Councillors argued about the plan for hours. The vote at the end was close. Some members of the council left early. The mayor thanked the staff for their work on the budget.',
      'The harbour budget pays for new cranes, a dredging plan and two patrol boats for the coming year.'
    ].join('\n')
    expect(run(text, [retextArticleSummary]).file.data.summary!.map((d) => d.index)).toEqual([0, 1, 5])
  })

  it('favours sentences that repeat the headline', () => {
    const text = [
      'Harbour gets two new patrol boats',
      'The council met on Tuesday evening in the old town hall to discuss several plans.',
      'Members spoke about parking, about the school roof and about the summer fair.',
      'Two new patrol boats will join the harbour fleet next year, the council decided.',
      'The fair will take place in August as it does every year in the town.'
    ].join('\n')
    const summary = run(text, [retextArticleStructure, [retextArticleSummary, {maxSentences: 1}]]).file.data.summary!
    expect(summary.map((d) => d.text)).toEqual(['Two new patrol boats will join the harbour fleet next year, the council decided.'])
  })

  it('skips sentences shorter than `minWords`', () => {
    const {file} = run(story, [[retextArticleSummary, {maxSentences: 6}]])
    expect(file.data.summary!.map((d) => d.text)).not.toContain('Nobody was hurt.')
    expect(run(story, [[retextArticleSummary, {maxSentences: 6, minWords: 0}]]).file.data.summary!.map((d) => d.text)).toContain(
      'Nobody was hurt.'
    )
  })

  it('honours `maxSentences`', () => {
    expect(run(story, [[retextArticleSummary, {maxSentences: 1}]]).file.data.summary).toHaveLength(1)
    expect(run(story, [[retextArticleSummary, {maxSentences: 0}]]).file.data.summary).toEqual([])
  })

  it('keeps to a word budget, `maxWords`, with no sentence count unless given', () => {
    const words = (list: Array<{text: string}>) => list.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0)
    for (const maxWords of [0, 10, 16, 30, 60, 1000]) {
      const summary = run(story, [[retextArticleSummary, {maxWords}]]).file.data.summary!
      expect(words(summary)).toBeLessThanOrEqual(maxWords)
    }

    // 17 words do not fit 16: a shorter sentence further down does.
    expect(run(story, [[retextArticleSummary, {maxWords: 16}]]).file.data.summary!.map((d) => d.index)).toEqual([1])
    expect(run(story, [[retextArticleSummary, {maxWords: 1000}]]).file.data.summary).toHaveLength(5)
    expect(run(story, [[retextArticleSummary, {maxWords: 1000, maxSentences: 2}]]).file.data.summary).toHaveLength(2)
    expect(run(story, [[retextArticleSummary, {maxWords: null, ratio: null}]]).file.data.summary).toHaveLength(3)
  })

  it('takes a share of the sentences with `ratio`, rounded up', () => {
    expect(run(story, [[retextArticleSummary, {ratio: 0.5}]]).file.data.summary).toHaveLength(3)
    expect(run(story, [[retextArticleSummary, {ratio: 0.01}]]).file.data.summary).toHaveLength(1)
    expect(run(story, [[retextArticleSummary, {ratio: 1}]]).file.data.summary).toHaveLength(5)
    expect(run(story, [[retextArticleSummary, {ratio: 1, maxSentences: 2}]]).file.data.summary).toHaveLength(2)
  })

  it('passes the budget options through `digest`', () => {
    expect(digest(story, {summaryWords: 16}).summary.map((d) => d.index)).toEqual([1])
    expect(digest(story, {summaryRatio: 0.2}).summary).toHaveLength(2)
  })

  it('works after retext-english', () => {
    const processor = unified().use(retextEnglish).use(retextArticleSummary)
    const file = new VFile(story)
    processor.runSync(processor.parse(file), file)
    expect(file.data.summary!.map((d) => d.index)).toEqual(run(story, [retextArticleSummary]).file.data.summary!.map((d) => d.index))
  })

  it('returns nothing for empty text', () => {
    expect(run('', [retextArticleSummary]).file.data.summary).toEqual([])
  })

  it('rejects wrong options', () => {
    expect(() => run(story, [[retextArticleSummary, {maxSentences: 'three'}]])).toThrow(
      /retextArticleSummary: unexpected `"three"` for option `maxSentences`/
    )
    expect(() => run(story, [[retextArticleSummary, {sentences: 3}]])).toThrow(/unknown option `sentences`/)
    expect(() => retextArticleSummary({maxWords: -1})).toThrow(/option `maxWords`/)
    for (const ratio of [0, 1.5, -0.2]) {
      expect(() => retextArticleSummary({ratio})).toThrow(/unexpected `[-\d.]+` for option `ratio`, expected a number above 0 and at most 1/)
    }
  })
})
