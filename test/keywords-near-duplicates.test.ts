import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import {retextArticleKeywords, type KeywordsOptions} from '../src/keywords/index.js'
import {retextArticleStructure} from '../src/structure/index.js'
import type {Topics} from '../src/types.js'
import {run} from './helpers.js'

function topics(text: string, options?: KeywordsOptions): Topics {
  const {file} = run(text, [retextArticleStructure, retextArticleBoilerplate, [retextArticleKeywords, options]])
  return file.data.topics!
}

function brief(text: string, maximum: number) {
  return topics(text, {maximum}).keyphrases.map(({phrase, count}) => ({phrase, count}))
}

describe('near-duplicate keyphrases', () => {
  it('merges a word written fuller and a plain `new` into one phrase, with the counts of all', () => {
    const text = [
      'Island orders battery ferries',
      'The island council ordered four battery ferries from a yard in Kessel.',
      'The battery-driven ferries will cross the sound in twenty minutes.',
      'Each of the new ferries carries ninety cars, and the battery ferries charge at the quay.',
      'Islanders welcomed the battery ferries at a meeting in the town hall.'
    ].join('\n')
    const phrases = brief(text, 10)
    expect(phrases[0]).toEqual({phrase: 'battery ferries', count: 6})
    const shown = phrases.map((d) => d.phrase)
    expect(shown).not.toContain('battery-driven ferries')
    expect(shown).not.toContain('new ferries')
  })

  it('merges a head said alone into the fuller phrase it heads', () => {
    const text = [
      'Rents climb again',
      'Average household rent inflation reached 7 percent in March, the statistics office said.',
      'Economists expect inflation to ease by the autumn, though household rent inflation has surprised them before.',
      'The central bank watches inflation closely.'
    ].join('\n')
    const phrases = brief(text, 10)
    const merged = phrases.find((d) => d.phrase.endsWith('inflation'))
    // Said once in full, twice as `inflation`; `average household rent inflation` says one thing more.
    expect(merged).toEqual({phrase: 'household rent inflation', count: 3})
    expect(phrases.filter((d) => d.phrase === 'inflation')).toEqual([])
  })

  it('keeps a narrower phrase apart: one describing word more is another thing', () => {
    const text = [
      'Tanker leak reaches coast',
      'A tanker oil spill off Marsden reached the coast on Friday.',
      'Crews said the oil spill was the largest in a decade, and the tanker oil spill could spread.',
      'The oil spill closed two beaches.'
    ].join('\n')
    const shown = brief(text, 10).map((d) => d.phrase)
    expect(shown).toContain('tanker oil spill')
    expect(shown).toContain('oil spill')
  })
})

describe('ranking the main topics first', () => {
  it('puts a detail said once below the topics it names', () => {
    const text = [
      'Governor Alma Reyes signs water law',
      'Governor Alma Reyes signed a water law on Tuesday, the Reyes administration said.',
      'Reyes said the water law would protect rivers in Calden.',
      'Farmers in Calden opposed the law, and Calden lawmakers said they would sue.',
      'Reyes dismissed the threat, and Calden officials began drafting the rules.'
    ].join('\n')
    expect(brief(text, 5)).toEqual([
      {phrase: 'Governor Alma Reyes', count: 3},
      {phrase: 'water law', count: 4},
      {phrase: 'Calden lawmakers', count: 1},
      {phrase: 'Calden', count: 2},
      // Said once, and a detail of the governor picked first.
      {phrase: 'Reyes administration', count: 1}
    ])
  })
})

describe('phrases within one clause', () => {
  it('never joins a verb after `to` or a modal, or an adverb of time, into a phrase', () => {
    const text = [
      'Depot readies for electric buses',
      'The Marlow depot must be able to charge buses by June, the transit board said.',
      'Crews will wire chargers at the depot, and the first buses reached Marlow overnight.',
      'The board wants to charge buses at night, when power is cheap.'
    ].join('\n')
    const shown = topics(text, {maximum: 15}).keyphrases.map((d) => d.phrase)
    expect(shown).toContain('buses')
    expect(shown.filter((d) => /charge buses|wire chargers|Marlow overnight/.test(d))).toEqual([])
    // `to` before a place to go stays a preposition.
    const trip = topics('Pupils return\nThe pupils went back to school on Monday, and the school bus ran late.', {maximum: 5})
    expect(trip.keyphrases.find((d) => d.phrase === 'school')).toMatchObject({count: 1})
  })
})

describe('generic single words', () => {
  it('takes no day, point of the compass or vague noun for a keyword', () => {
    const text = [
      'South Vellar votes on Sunday',
      'Voters in South Vellar choose a new parliament on Sunday, a year after the last vote.',
      'The parliament in South Vellar has fallen twice this year.',
      'Parties campaigned on Sunday and said the parliament needs a majority.',
      'Turnout in South Vellar was low last year, and parties fear a low turnout on Sunday.'
    ].join('\n')
    const words = topics(text, {maximum: 4}).keywords.map((d) => d.word)
    // `South` and `Sunday` are said as often as `Vellar`, `year` more often than `parliament`: none is a keyword.
    expect(words).toEqual(['Vellar', 'parliament', 'parties', 'votes'])
  })
})
