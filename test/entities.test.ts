/**
 * `retextArticleEntities`: people, places and organisations, with short
 * forms counted towards full names.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {retextArticleEntities, type EntitiesOptions} from '../src/entities/index.js'
import {paragraphsOf} from '../src/nlcst/paragraphs.js'
import {retextArticleEnglish} from '../src/parser/index.js'
import type {Entities, Span} from '../src/types.js'
import {retextArticleStructure} from '../src/structure/index.js'
import {run} from './helpers.js'

// Pieces of text that reach the interesting branches, for property tests.
const words = fc.constantFrom('A', 'b', ' ', '\n', '“', '”', '"', ',', '.', ':', '1', '0', '$', '%', '-', 'May', 'Kim', 'KIM', 'Jong', 'said', 'he', 'of', 'Bank', '2025', 'in', 'U.S.', 'Mr.', 'Russian', 'according to')

// An invented story.
const story = [
  'Harbor Town Mayor Backs Plan for Larkin Bridge',
  'Officials hope the crossing will open by 2027.',
  'ASHFORD, Ohio — Mayor Elena Vasquez on Tuesday backed a plan by Corvane Industries to build a bridge over the Larkin River.',
  'Vasquez said the Ohio Department of Transportation had agreed to pay part of the cost.',
  'Corvane chief executive Martin Oduya said the company would hire local workers. Oduya, 52, met officials in Columbus and Chicago last week.',
  'Canadian investors and the World Bank have also shown interest, according to Reuters.',
  '“It is a good deal for Ashford,” Oduya told the Ashford Gazette.'
].join('\n')

function entitiesOf(text: string, options?: EntitiesOptions, parser: Plugin<[], Root> = retextArticleEnglish): Entities {
  const processor = unified().use(parser).use(retextArticleEntities, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return file.data.entities!
}

/** Span of the `nth` (0-based) occurrence of `surface` in `text`. */
function at(text: string, surface: string, nth = 0): Span {
  let start = -1
  for (let index = 0; index <= nth; index++) start = text.indexOf(surface, start + 1)
  if (start === -1) throw new Error('Missing `' + surface + '`')
  return {start, end: start + surface.length}
}

describe('retextArticleEntities', () => {
  it('finds people, places and organisations with their mentions', () => {
    expect(entitiesOf(story)).toEqual({
      people: [
        {name: 'Martin Oduya', count: 3, positions: [at(story, 'Martin Oduya'), at(story, 'Oduya', 1), at(story, 'Oduya', 2)]},
        {name: 'Elena Vasquez', count: 2, positions: [at(story, 'Elena Vasquez'), at(story, 'Vasquez', 1)]}
      ],
      places: [
        {name: 'Ashford', count: 2, positions: [at(story, 'ASHFORD'), at(story, 'Ashford,')].map(({start}) => ({start, end: start + 7}))},
        {name: 'Ohio', count: 1, positions: [at(story, 'Ohio')]},
        {name: 'Larkin River', count: 1, positions: [at(story, 'Larkin River')]},
        {name: 'Columbus', count: 1, positions: [at(story, 'Columbus')]},
        {name: 'Chicago', count: 1, positions: [at(story, 'Chicago')]}
      ],
      organizations: [
        {name: 'Corvane Industries', count: 2, positions: [at(story, 'Corvane Industries'), at(story, 'Corvane', 1)]},
        {name: 'Ohio Department of Transportation', count: 1, positions: [at(story, 'Ohio Department of Transportation')]},
        {name: 'World Bank', count: 1, positions: [at(story, 'World Bank')]},
        {name: 'Reuters', count: 1, positions: [at(story, 'Reuters')]},
        {name: 'Ashford Gazette', count: 1, positions: [at(story, 'Ashford Gazette')]}
      ]
    })
  })

  it('points every position at a mention of the entity', () => {
    const entities = entitiesOf(story)
    for (const entity of [...entities.people, ...entities.places, ...entities.organizations]) {
      for (const {start, end} of entity.positions) {
        const surface = story.slice(start, end).toLowerCase()
        const words = entity.name.toLowerCase().split(' ')
        expect(words.some((word) => surface.includes(word)), entity.name + ': ' + surface).toBe(true)
      }
    }
  })

  it('counts short forms towards the full name, titles stripped', () => {
    const text = [
      'North Korean leader Kim Jong Un met Russian President Vladimir Putin in Moscow.',
      'Kim said the talks went well. Putin agreed, and President Trump called Kim later.'
    ].join('\n')
    const {people, places} = entitiesOf(text)
    expect(people.map(({name, count}) => [name, count])).toEqual([
      ['Kim Jong Un', 3],
      ['Vladimir Putin', 2],
      ['Trump', 1]
    ])
    // Demonyms count towards places the story names, and name no place of their own.
    expect(places.map(({name, count}) => [name, count])).toEqual([['Moscow', 1]])
  })

  it('counts a demonym towards a place the story names', () => {
    const {places} = entitiesOf('Russian troops left Russia on Monday.')
    expect(places).toEqual([{name: 'Russia', count: 2, positions: [{start: 0, end: 7}, {start: 20, end: 26}]}])
  })

  it('takes only known names from a headline in Title Case or capitals', () => {
    const text = ['PORT OFFICIALS WELCOME LARKIN SHIPPING GROUP DEAL', 'Wells Fargo Lends a Hand', 'Larkin Shipping Group signed a deal with the port of Hamburg.'].join('\n')
    const {people, organizations} = entitiesOf(text)
    expect(people).toEqual([])
    expect(organizations.map(({name, count}) => [name, count])).toEqual([['Larkin Shipping Group', 2]])
  })

  it('finds a known name among initials in capitals, and takes no initial for a name', () => {
    const text = ['A. B. C. LARKIN SHIPPING GROUP D. E. F. G.', 'Larkin Shipping Group signed a deal with the port.'].join('\n')
    const {people, places, organizations} = entitiesOf(text)
    expect(organizations.map(({name, count}) => [name, count])).toEqual([['Larkin Shipping Group', 2]])
    expect([...people, ...places]).toEqual([])
  })

  it('reads a dateline in capitals as a place', () => {
    const {places} = entitiesOf('HOLBROOK 2024-05-01\nThe council met on Friday.')
    // In title case, as the dateline gives it.
    expect(places).toEqual([{name: 'Holbrook', count: 1, positions: [{start: 0, end: 8}]}])
  })

  it('reads a dateline apart: its cities are places, and the story opens after it', () => {
    const text = 'Gales Shut Ports\n\nKIRKWALL/LERWICK (Orkney Wire) — Gales shut both ferry ports on Monday, Northlink Ferries said.'
    const {file} = run(text, [retextArticleStructure, retextArticleEntities])
    const {people, places, organizations} = file.data.entities!
    expect(places.map((d) => d.name)).toEqual(['Kirkwall', 'Lerwick'])
    // `Gales` opens the story, as `Gales` opens the headline: no name.
    expect(organizations.map((d) => d.name)).toEqual(['Orkney Wire', 'Northlink Ferries'])
    expect(people).toEqual([])
  })

  it('reads a subhead in Title Case further down like a headline: only names known from the story', () => {
    const text = [
      'The harbour board met on Monday, and Ines Varga, its chair, backed the plan.',
      'The board will vote again in spring.',
      'Varga Thanked The Fishermen For Their Patience At The Meeting',
      'Varga said the pier would open by June.'
    ].join('\n')
    const {people, organizations, places} = entitiesOf(text)
    expect(people.map((d) => d.name)).toEqual(['Ines Varga'])
    // `Thanked The Fishermen For Their Patience` names no one.
    expect([...organizations, ...places].map((d) => d.name)).toEqual([])
  })

  it('leaves out capitalised words that open sentences', () => {
    const {people, places, organizations} = entitiesOf('Despite the rain, crowds gathered. Trailing by ten points, they left.')
    expect([...people, ...places, ...organizations]).toEqual([])
  })

  it('works the same after `retext-english`', () => {
    expect(entitiesOf(story, undefined, retextEnglish as Plugin<[], Root>)).toEqual(entitiesOf(story))
  })

  it('skips bylines, sign-offs and boilerplate', () => {
    const text = 'By Jane Roe\nMayor Elena Vasquez spoke.\nWrite to John Doe at john@example.com\nFollow Ann Lee on social media'
    const processor = unified()
      .use(retextArticleEnglish)
      .use(function () {
        return function (tree: Root) {
          const [byline, , signoff, extra] = paragraphsOf(tree)
          byline!.data = {articleRole: 'byline'}
          signoff!.data = {articleRole: 'signoff'}
          extra!.data = {boilerplate: {rule: 'follow', reason: 'Unexpected follow line'}}
        }
      })
      .use(retextArticleEntities)
    const file = new VFile(text)
    processor.runSync(processor.parse(file) as Root, file)
    expect(file.data.entities!.people.map((d) => d.name)).toEqual(['Elena Vasquez'])
  })

  it('keeps the most mentioned entities with `maxEntities`', () => {
    const {people, places, organizations} = entitiesOf(story, {maxEntities: 1})
    expect([people, places, organizations].map((list) => list.map((d) => d.name))).toEqual([['Martin Oduya'], ['Ashford'], ['Corvane Industries']])
  })

  it('throws on bad options', () => {
    // @ts-expect-error: wrong type on purpose.
    expect(() => retextArticleEntities({maxEntities: 'two'})).toThrow(TypeError)
    expect(() => retextArticleEntities({maxEntities: -1})).toThrow(/non-negative integer/)
    // @ts-expect-error: unknown option on purpose.
    expect(() => retextArticleEntities({max: 2})).toThrow(/unknown option `max`/)
  })

  it('handles empty input', () => {
    expect(entitiesOf('')).toEqual({people: [], places: [], organizations: []})
  })

  it('never throws, and positions point into the input', () => {
    fc.assert(
      fc.property(fc.string({unit: words, maxLength: 80}), (text) => {
        const {people, places, organizations} = entitiesOf(text)
        for (const entity of [...people, ...places, ...organizations]) {
          expect(entity.count).toBe(entity.positions.length)
          for (const {start, end} of entity.positions) expect(0 <= start && start < end && end <= text.length).toBe(true)
        }
      })
    )
  })

  // Shapes that would make a careless pattern backtrack: each must finish in one pass
  // (the test runner’s timeout catches one that does not; no timing asserted here).
  it('reads hostile input through', () => {
    const inputs = ['Ab '.repeat(50_000), 'Bank of '.repeat(20_000), 'ROMANIA BEAT '.repeat(10_000), 'Ab Cd said. '.repeat(10_000), '\u0000“A'.repeat(20_000)]
    for (const text of inputs) {
      const result = entitiesOf(text)
      expect(Array.isArray(result.people)).toBe(true)
    }
  })
})
