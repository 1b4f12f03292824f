import {describe, expect, it} from 'vitest'
import {retextArticleKeywords} from '../src/keywords/index.js'
import {run} from './helpers.js'

const story = [
  'Harbour Pier Rebuild Approved',
  'The city council approved the rebuild of the harbour pier on Monday.',
  'The pier was wrecked by a storm, and the council spent a year debating the rebuild.',
  'Fishermen said the harbour pier is vital, and ferry operators backed the council plan.'
].join('\n')

describe('retextArticleKeywords', () => {
  it('ranks keywords and keyphrases with counts and positions', () => {
    const {file} = run(story, [retextArticleKeywords])
    const {keywords, keyphrases} = file.data.topics!
    expect(keywords.map((d) => d.word)).toContain('pier')
    expect(keywords.map((d) => d.word)).toContain('council')
    expect(keyphrases.map((d) => d.phrase.toLowerCase())).toContain('harbour pier')
    for (const keyword of keywords) {
      expect(keyword.count).toBe(keyword.positions.length)
      for (const {start, end} of keyword.positions) {
        expect(story.slice(start, end).toLowerCase()).toContain(keyword.word.toLowerCase().slice(0, 3))
      }
    }
  })

  it('honours the maxima exactly', () => {
    const {file} = run(story, [[retextArticleKeywords, {maxKeywords: 2, maxKeyphrases: 1}]])
    expect(file.data.topics!.keywords).toHaveLength(2)
    expect(file.data.topics!.keyphrases).toHaveLength(1)
  })

  it('skips boilerplate-marked paragraphs', () => {
    const {file, tree} = run('Subscribe subscribe subscribe today.\nThe pier reopened.', [])
    const first = tree.children.find((d) => d.type === 'ParagraphNode')!
    first.data = {boilerplate: {rule: 'subscription-promo', reason: 'test'}}
    retextArticleKeywords()(tree, file)
    expect(file.data.topics!.keywords.map((d) => d.word)).not.toContain('subscribe')
  })

  it('handles empty text', () => {
    expect(run('', [retextArticleKeywords]).file.data.topics).toEqual({keywords: [], keyphrases: []})
  })
})
