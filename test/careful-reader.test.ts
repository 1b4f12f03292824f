/**
 * What a careful reader reads in an invented wire story, end to end through
 * `digest()`: bylines with an agency, datelines of several cities, speakers
 * named after a role or `told reporters`, every speaker among the people,
 * companies and bodies as organisations, figures and dates against a
 * reference day, and keyphrases without generic words.
 */
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'

const story = [
  'Rail Strike Halts Northern Lines',
  '',
  'By Ada Quist and Ben Harlow (Nordwire)',
  '',
  'TROMSDAL/VESTBY (Nordwire) — Trains across the north stopped on Tuesday as drivers walked out over pay, Harrow Rail said.',
  '',
  '"We will not run a single service until this is settled," Harrow Rail chief executive Mona Strand told reporters. Strand said talks with the Drivers Union of Vestby would resume on Thursday.',
  '',
  'The Chamber of Shipping of Vestby said freight had moved to the ports. Harrow Rail carries 40,000 passengers a day.',
  '',
  '"Nobody wins a long strike," said Pavel Ek, the union\'s general secretary. Ek told reporters the drivers wanted a 6% rise.'
].join('\n')

describe('a careful reader', () => {
  // 14 October 2026 is a Wednesday.
  const result = digest(story, {referenceDate: '2026-10-14'})

  it('reads two authors and the agency of the byline, and a dateline of two cities', () => {
    expect(result.headline).toBe('Rail Strike Halts Northern Lines')
    expect(result.byline).toMatchObject({authors: ['Ada Quist', 'Ben Harlow'], agency: 'Nordwire'})
    expect(result.dateline).toMatchObject({cities: ['Tromsdal', 'Vestby'], agency: 'Nordwire'})
    expect(result.body.startsWith('Trains across the north')).toBe(true)
  })

  it('names each speaker, after a body and a role or with `told reporters`, and lists every one among the people', () => {
    expect(result.quotes.map((d) => d.speaker)).toEqual(['Mona Strand', 'Pavel Ek'])
    const people = result.entities.people.map((d) => d.name)
    for (const quote of result.quotes) expect(people).toContain(quote.speaker)
  })

  it('types companies and bodies as organisations, and no headline word as anything', () => {
    const organizations = result.entities.organizations.map((d) => d.name)
    expect(organizations).toEqual(expect.arrayContaining(['Harrow Rail', 'Drivers Union of Vestby', 'Chamber of Shipping of Vestby']))
    expect(result.entities.organizations.find((d) => d.name === 'Harrow Rail')?.count).toBe(3)
    const all = [...result.entities.people, ...result.entities.places, ...result.entities.organizations].map((d) => d.name)
    for (const word of ['Rail', 'Strike', 'Halts', 'Northern', 'Lines']) expect(all).not.toContain(word)
    expect(result.entities.places.map((d) => d.name)).toEqual(['Tromsdal', 'Vestby'])
  })

  it('reads figures with what they count, and weekdays against the reference day by tense', () => {
    expect(result.figures.map((d) => [d.text, d.kind, d.what])).toEqual([
      ['40,000 passengers', 'count', 'passengers'],
      ['6%', 'percent', null]
    ])
    // `stopped on Tuesday` looks back; `would resume on Thursday` ahead.
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2026-10-13'],
      ['Thursday', '2026-10-15']
    ])
  })

  it('ranks the story’s topics, with no generic word alone', () => {
    const phrases = result.keyphrases.map((d) => d.phrase)
    expect(phrases[0]).toBe('Harrow Rail')
    for (const word of ['reporters', 'passengers', 'Tuesday', 'chief executive']) expect(phrases).not.toContain(word)
  })
})
