/**
 * `retextArticleEntities`: organisations from the evidence a reader uses
 * (results lines, name heads, contexts), on invented stories.
 */
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextArticleEntities} from '../src/entities/index.js'
import {retextArticleEnglish} from '../src/parser/index.js'
import type {Entities} from '../src/types.js'

function entitiesOf(text: string): Entities {
  const processor = unified().use(retextArticleEnglish).use(retextArticleEntities)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return file.data.entities!
}

function names(text: string): {people: string[]; places: string[]; organizations: string[]} {
  const {people, places, organizations} = entitiesOf(text)
  return {people: people.map((d) => d.name), places: places.map((d) => d.name), organizations: organizations.map((d) => d.name)}
}

describe('results lines', () => {
  it('reads the sides of a score line as teams, even when they bear a city’s name', () => {
    const text = [
      'Results of the northern hockey league on Sunday:',
      'Marlow 4 Denver 2',
      'Kettering 1 Harwick 1',
      'Fans in Denver celebrated late into the night.'
    ].join('\n')
    const found = names(text)
    expect(found.organizations).toEqual(expect.arrayContaining(['Marlow', 'Denver', 'Kettering', 'Harwick']))
    expect(found.organizations).toHaveLength(4)
    // The city in prose stays a place.
    expect(found.places).toEqual(['Denver'])
  })

  it('reads a standings table in capitals, and leaves countries and people alone', () => {
    const text = [
      'Standings after Saturday’s games (won, lost, percentage):',
      'HOUSTON 81 52 .609',
      'DUNMORE 70 63 .526',
      'Canada 3 Sweden 2',
      'Leading scorers: Lena Ortiz 31, P. Hamdan 28.'
    ].join('\n')
    const found = names(text)
    expect(found.organizations).toEqual(expect.arrayContaining(['HOUSTON', 'DUNMORE']))
    expect(found.organizations).toHaveLength(2)
    expect(found.places).toEqual(expect.arrayContaining(['Canada', 'Sweden']))
    expect(found.people).toEqual(expect.arrayContaining(['Lena Ortiz', 'P. Hamdan']))
  })

  it('takes no score from a single number in prose', () => {
    const found = names('The mayor of Denver said 40 buses would run on Monday.')
    expect(found.places).toEqual(['Denver'])
    expect(found.organizations).toEqual([])
  })
})

describe('names of firms', () => {
  it('reads partners joined by `&` and company suffixes as organisations', () => {
    const found = names('Shares of Harlan & Pike rose after Vostra SpA agreed to buy its rail arm from Ostby Bancshares.')
    expect(found.organizations).toEqual(expect.arrayContaining(['Harlan & Pike', 'Vostra SpA', 'Ostby Bancshares']))
    expect(found.people).toEqual([])
  })

  it('types every name a firm’s first word opens as the firm’s', () => {
    const found = names('Tarvik Holdings said on Monday that Tarvik Marlen would open a plant near Gdansk.')
    expect(found.organizations).toEqual(expect.arrayContaining(['Tarvik Holdings', 'Tarvik Marlen']))
    expect(found.people).toEqual([])
  })
})

describe('contexts that name a company or a body', () => {
  it('reads `shares in X`, `analysts at X`, `a spokeswoman for X`, `X said in a statement` and `X, a … utility,`', () => {
    const text = [
      'Shares in Tarrow Beck fell on Monday, and analysts at Quell Harding cut their forecasts.',
      'A spokeswoman for Linden Vale declined to comment. Brisk Moor said in a statement that it would appeal.',
      'Halden Kraft, a state-owned utility, will buy the plant.'
    ].join('\n')
    const found = names(text)
    expect(found.organizations).toEqual(['Tarrow Beck', 'Quell Harding', 'Linden Vale', 'Brisk Moor', 'Halden Kraft'])
    expect(found.people).toEqual([])
  })

  it('leaves people in the same places alone when nothing says company', () => {
    const text = 'Tarrow Beck, a retired teacher, said the plan was unfair. Quell Harding told reporters he agreed.'
    expect(names(text).people).toEqual(['Tarrow Beck', 'Quell Harding'])
  })
})

describe('acronyms', () => {
  it('types an acronym as the name in full whose initials it spells, and keeps both names', () => {
    const text = [
      'The Glenmore Ferry Operators Association (GFOA) voted to strike on Monday.',
      'Leaders from GFOA met ministers in Tarbert, and GFOA said talks would go on.'
    ].join('\n')
    const found = names(text)
    expect(found.organizations).toEqual(['GFOA', 'Glenmore Ferry Operators Association'])
    expect(found.people).toEqual([])
    expect(found.places).toEqual(['Tarbert'])
  })
})

describe('names the fixture stories got wrong', () => {
  it('types a one-word name after a noun for a company as an organisation, and a shipping line by its last word', () => {
    const found = names(
      'The park, built by the Danish developer Nordvind, will open in 2028. ' +
        'The ferry carried 412,000 passengers last year, according to the operator, Baltic Island Lines.'
    )
    expect(found.organizations).toEqual(['Nordvind', 'Baltic Island Lines'])
    expect(found.people).toEqual([])
  })

  it('keeps a person named in full after such a noun a person', () => {
    const found = names('The plan was drawn up by the property developer Jonas Brandt, who said he would start in May.')
    expect(found.people).toEqual(['Jonas Brandt'])
    expect(found.organizations).toEqual([])
  })

  it('reads `River X` as a place, and neither plural weekdays nor `Celsius` as names', () => {
    const found = names(
      'The plant on the River Quillon will open in 2029. Trains leave Karsten on Fridays and Saturdays, ' +
        'when temperatures reach 36 degrees Celsius.'
    )
    expect(found.places).toContain('River Quillon')
    const all = [...found.people, ...found.places, ...found.organizations]
    for (const word of ['Fridays', 'Saturdays', 'Celsius']) expect(all).not.toContain(word)
    expect(all.sort()).toEqual(['Karsten', 'River Quillon'])
  })
})
