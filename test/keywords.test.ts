import type {Root} from 'nlcst'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import {retextArticleKeywords, type KeywordsOptions} from '../src/keywords/index.js'
import {retextArticleStructure} from '../src/structure/index.js'
import {retextArticleTagger} from '../src/tagger/index.js'
import type {Topics} from '../src/types.js'
import {run} from './helpers.js'

const story = [
  'Harbour Pier Rebuild Approved',
  'By Jane Roe',
  'PORTVILLE — The city council approved the rebuild of the harbour pier on Monday, ending a year of debate.',
  'The pier was wrecked by a winter storm, and the council spent months weighing the cost of the rebuild.',
  'Fishermen said the harbour pier is vital, and ferry operators backed the council plan.',
  'Mayor Ana Ortiz said the new pier would open next spring. Ortiz called the vote a turning point for the harbour.',
  'Write to Jane Roe at jane.roe@example.com'
].join('\n')

/** Topics of `text` after the structure and boilerplate plugins, as `digest` runs them. */
function topics(text: string, options?: KeywordsOptions): Topics {
  const {file} = run(text, [retextArticleStructure, retextArticleBoilerplate, [retextArticleKeywords, options]])
  return file.data.topics!
}

describe('retextArticleKeywords', () => {
  it('offers no role or general noun alone, capitalised only by grammar or not, and merges near-duplicates with all their counts', () => {
    const text = [
      'Island Line Orders Battery Ferries',
      'The island operator ordered four battery ferries on Monday. The battery-powered ferries will replace diesel boats on the Skerra route from 2028.',
      'The new ferries can carry 300 passengers. Crews in Skerra trained on battery ferries last year, and the first battery-powered ferries sailed in 2015.',
      'The mayor said the battery ferries would cut fuel costs. Workers in Skerra repair boats in winter, and passengers welcomed the plan.'
    ].join('\n')
    const {keyphrases} = topics(text, {keyphrases: 10})
    const phrases = keyphrases.map((d) => d.phrase.toLowerCase())
    for (const word of ['mayor', 'workers', 'passengers', 'operator', 'plan']) expect(phrases).not.toContain(word)
    // `battery-powered ferries` and the `new ferries` are the battery ferries: one phrase, every mention counted.
    expect(keyphrases[0]).toMatchObject({phrase: 'battery ferries', count: 7})
    expect(phrases).toContain('diesel boats')
  })

  it('never offers a generic word alone, though it ranks the phrases around it', () => {
    const text = [
      'Lighthouse Keepers Return to Skerry Rock',
      'Officials said on Sunday that the company will send two keepers back to the Skerry Rock lighthouse, north of the harbour, after a decade of automation.',
      'The company said the keepers would live at the lighthouse for a year. Officials said the lighthouse lamp failed twice last winter, and the company blamed the automation.',
      'On Sunday the keepers toured the lighthouse with officials from the company. The lighthouse lamp will be checked every night, the officials said.',
      'North of the rock, fishing crews welcomed the keepers. The company plans a visitor centre at the lighthouse.'
    ].join('\n')
    const {keywords, keyphrases} = topics(text, {maximum: 8})
    // Days, directions and vague nouns are neither; a general noun (`company`) may be a keyword, never a keyphrase alone.
    const generic = ['sunday', 'officials', 'north', 'year', 'decade', 'night']
    expect(keywords.map((d) => d.word.toLowerCase()).filter((d) => generic.includes(d))).toEqual([])
    expect(keyphrases.map((d) => d.phrase.toLowerCase()).filter((d) => [...generic, 'company'].includes(d))).toEqual([])
    // What the story is about still leads both lists.
    expect(keywords.slice(0, 2).map((d) => d.word)).toEqual(['lighthouse', 'keepers'])
    expect(keyphrases.map((d) => d.phrase)).toContain('lighthouse lamp')
  })

  it('ranks keyphrases and keywords, with scores, counts, positions and forms', () => {
    expect(topics(story, {maximum: 3})).toEqual({
      keyphrases: [
        {
          phrase: 'harbour pier',
          stems: ['harbour', 'pier'],
          score: 1,
          // `pier` alone and the `new pier` are the harbour pier: merged in.
          count: 5,
          positions: [
            {start: 0, end: 12},
            {start: 99, end: 111},
            {start: 152, end: 156},
            {start: 270, end: 282},
            {start: 363, end: 371}
          ],
          forms: ['harbour pier', 'Harbour Pier', 'pier', 'new pier']
        },
        {
          phrase: 'city council',
          stems: ['citi', 'council'],
          score: 0.3966,
          count: 2,
          positions: [
            {start: 58, end: 70},
            {start: 196, end: 203}
          ],
          forms: ['city council', 'council']
        },
        {phrase: 'council plan', stems: ['council', 'plan'], score: 0.3694, count: 1, positions: [{start: 324, end: 336}], forms: ['council plan']}
      ],
      keywords: [
        {
          word: 'pier',
          stem: 'pier',
          score: 1,
          count: 5,
          positions: [
            {start: 8, end: 12},
            {start: 107, end: 111},
            {start: 152, end: 156},
            {start: 278, end: 282},
            {start: 367, end: 371}
          ],
          forms: ['pier', 'Pier']
        },
        {
          word: 'harbour',
          stem: 'harbour',
          score: 0.8011,
          count: 4,
          positions: [
            {start: 0, end: 7},
            {start: 99, end: 106},
            {start: 270, end: 277},
            {start: 442, end: 449}
          ],
          forms: ['harbour', 'Harbour']
        },
        {
          word: 'council',
          stem: 'council',
          score: 0.5958,
          count: 3,
          positions: [
            {start: 63, end: 70},
            {start: 196, end: 203},
            {start: 324, end: 331}
          ],
          forms: ['council']
        }
      ]
    })
  })

  it('reads the headline, dek and body only: no byline, dateline or boilerplate', () => {
    const {keyphrases, keywords} = topics(story, {maximum: 50})
    const all = [...keyphrases.map((d) => d.phrase), ...keywords.map((d) => d.word)].join(' | ').toLowerCase()
    expect(all).not.toMatch(/jane|roe|portville|example/)
  })

  it('honours the maxima exactly', () => {
    const small = topics(story, {keywords: 2, keyphrases: 1})
    expect([small.keywords.length, small.keyphrases.length]).toEqual([2, 1])
    const capped = topics(story, {maximum: 4, keyphrases: 6})
    expect([capped.keywords.length, capped.keyphrases.length]).toEqual([4, 6])
    expect(topics(story, {maximum: 0})).toEqual({keywords: [], keyphrases: []})
    const few = topics('The pier reopened.', {maximum: 10})
    expect(few.keyphrases.map((d) => d.phrase)).toEqual(['pier'])
  })

  it('merges a short name into the full name, and a people into its place', () => {
    const text = [
      'Kim Jong Un Tours Tractor Plant',
      'Kim Jong Un toured a tractor plant on Tuesday.',
      'Kim praised the plant managers and asked for more tractors.'
    ].join('\n')
    expect(topics(text, {maximum: 2}).keyphrases.map(({phrase, count, forms}) => ({phrase, count, forms}))).toEqual([
      {phrase: 'Kim Jong Un', count: 3, forms: ['Kim Jong Un', 'Kim']},
      {phrase: 'tractor plant', count: 2, forms: ['Tractor Plant', 'tractor plant']}
    ])

    const farmers = 'French farmers drove tractors into Paris.\nFrance has promised lower fuel taxes, and French ministers met the farmers.'
    const france = topics(farmers, {maximum: 3}).keywords.find((d) => d.stem === 'franc')
    expect(france).toMatchObject({word: 'France', count: 3, forms: ['French', 'France']})
  })

  it('leaves out stop phrases, by stem', () => {
    const plain = topics(story, {maximum: 4})
    expect(plain.keyphrases.map((d) => d.phrase)).toContain('harbour pier')
    const {keyphrases, keywords} = topics(story, {maximum: 4, stopPhrases: ['Harbour piers', 'pier']})
    expect(keyphrases.length).toBeGreaterThan(0)
    expect(keyphrases.map((d) => d.phrase)).not.toContain('harbour pier')
    expect(keywords.map((d) => d.word)).toEqual(['harbour', 'council', 'rebuild', 'approved'])
  })

  it('takes allowed phrases whatever the tagger says of their words', () => {
    const text = 'Sensors Come to Farms\nFarmers are wiring fields to the Internet of Things.\nThe Internet of Things lets a farmer water less.'
    expect(topics(text, {maximum: 5}).keyphrases.map((d) => d.phrase)).not.toContain('Internet of Things')
    const allowed = topics(text, {maximum: 5, allowPhrases: ['internet of things']})
    expect(allowed.keyphrases.find((d) => d.phrase === 'Internet of Things')).toMatchObject({count: 2, stems: ['internet', 'of', 'thing']})
  })

  it('falls back to language-neutral candidates when the text does not read as English', () => {
    const text = [
      'Neue Regeln für den Wohnungsbau',
      'Die Bundesregierung plant neue Regeln für den Wohnungsbau in den Städten.',
      'Der Wohnungsbau stockt seit Jahren, sagte die Ministerin am Montag.',
      'Die Regeln für den Wohnungsbau sollen im Herbst gelten.'
    ].join('\n')
    const neutral = topics(text, {maximum: 3})
    expect(neutral.keywords.map((d) => d.word)).toEqual(['Wohnungsbau', 'Regeln', 'Bundesregierung'])
    expect(topics(text, {maximum: 3, candidates: 'neutral'})).toEqual(neutral)
    // Forced through the English tagger, function words of another language get in.
    expect(topics(text, {maximum: 3, candidates: 'tagged'}).keywords.map((d) => d.word)).toContain('den')
  })

  it('can read English language-neutrally too', () => {
    const {keywords} = topics(story, {maximum: 3, candidates: 'neutral'})
    expect(keywords.map((d) => d.word)).toEqual(['harbour', 'rebuild', 'council'])
  })

  it('uses the tags an earlier plugin wrote', () => {
    const {file, tree} = run(story, [retextArticleStructure, retextArticleTagger])
    // Say every `pier` is a verb: it can no longer head a phrase.
    visit(tree, 'WordNode', (node) => {
      if (/^pier$/i.test(String((node.children[0] as {value?: string}).value))) node.data = {partOfSpeech: 'VB'}
    })
    retextArticleKeywords({maximum: 20})(tree as Root, file)
    const phrases = file.data.topics!.keyphrases.map((d) => d.phrase)
    expect(phrases.some((d) => /pier/i.test(d))).toBe(false)
  })

  it('skips boilerplate-marked paragraphs', () => {
    const {file, tree} = run('Subscribe subscribe subscribe today.\nThe pier reopened.', [])
    const first = tree.children.find((d) => d.type === 'ParagraphNode')!
    first.data = {boilerplate: {rule: 'subscription-promo', reason: 'test'}}
    retextArticleKeywords()(tree, file)
    expect(file.data.topics!.keywords.map((d) => d.word)).toEqual(['pier', 'reopened'])
  })

  it('handles empty text and text without words', () => {
    expect(topics('')).toEqual({keywords: [], keyphrases: []})
    expect(topics('42 — 17 %')).toEqual({keywords: [], keyphrases: []})
  })

  it('checks its options', () => {
    expect(() => retextArticleKeywords({maximum: -1})).toThrow(
      'retextArticleKeywords: unexpected `-1` for option `maximum`, expected a non-negative integer'
    )
    expect(() => retextArticleKeywords({stopPhrases: 'pier' as never})).toThrow(/option `stopPhrases`, expected an array/)
    expect(() => retextArticleKeywords({allowPhrases: [3] as never})).toThrow(
      'retextArticleKeywords: unexpected `number` in option `allowPhrases`, expected strings'
    )
    expect(() => retextArticleKeywords({candidates: 'nouns' as never})).toThrow(/expected `"auto"` or `"tagged"` or `"neutral"`/)
    expect(() => retextArticleKeywords({engine: 'pos'} as never)).toThrow(/unknown option `engine`/)
  })
})
