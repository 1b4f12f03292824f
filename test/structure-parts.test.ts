import {describe, expect, it} from 'vitest'
import {bylineAuthors, contactsOf, creditsOf, isBio, isByline, isSignoff, readByline} from '../src/structure/byline.js'
import {readDateline} from '../src/structure/dateline.js'
import {looksLikeDek, looksLikeHeadline} from '../src/structure/headline.js'

describe('isByline on story sentences', () => {
  it('takes no sentence that opens with By and names no one', () => {
    expect(isByline('By Thursday the river had risen two metres, the council said.')).toBe(false)
    expect(isByline('By Halima Osei and Jon Tarrant')).toBe(true)
    expect(isByline('By AFP')).toBe(true)
  })

  it('takes no outlet for an author', () => {
    expect(readByline('By Lotte Brink | Harbour Media for harbourtimes.com').authors).toEqual(['Lotte Brink'])
    expect(readByline('By Lotte Brink, Valley News').authors).toEqual(['Lotte Brink'])
  })
})

describe('readDateline', () => {
  it('reads a place with an em dash', () => {
    expect(readDateline('OSLO\u2014The harbour authority said on Monday.', 10)).toEqual({
      text: 'OSLO',
      place: 'Oslo',
      agency: null,
      cities: ['Oslo'],
      region: null,
      date: null,
      start: 10,
      end: 14,
      storyStart: 15
    })
  })

  it('reads a place with an agency and a hyphen', () => {
    expect(readDateline('WASHINGTON (Reuters) - Lawmakers met.', 0)).toEqual({
      text: 'WASHINGTON (Reuters)',
      place: 'Washington',
      agency: 'Reuters',
      cities: ['Washington'],
      region: null,
      date: null,
      start: 0,
      end: 20,
      storyStart: 23
    })
  })

  it('reads a two-word place with a date part', () => {
    const dateline = readDateline('NEW YORK, Jan 5 (AP) \u2014 Stocks rose.', 0)
    expect(dateline?.place).toBe('New York')
    expect(dateline?.agency).toBe('AP')
    expect(dateline?.text).toBe('NEW YORK, Jan 5 (AP)')
  })

  it('reads an agency-only dateline', () => {
    expect(readDateline('(CNN) -- A storm hit the coast.', 0)).toMatchObject({place: null, agency: 'CNN', end: 5, storyStart: 9})
  })

  it('reads several cities with an agency', () => {
    expect(readDateline('LIMA/QUITO (Reuters) - Copper miners in both countries struck.', 0)).toMatchObject({
      text: 'LIMA/QUITO (Reuters)',
      place: 'Lima/Quito',
      cities: ['Lima', 'Quito'],
      agency: 'Reuters',
      region: null
    })
    expect(readDateline('SAN JOSE / PANAMA CITY (AFP) \u2014 Talks resumed.', 0)?.cities).toEqual(['San Jose', 'Panama City'])
  })

  it('reads a city with its country, a date and an agency', () => {
    expect(readDateline('TBILISI, Georgia, Oct. 14 (AP) \u2014 Voters queued before dawn.', 0)).toMatchObject({
      text: 'TBILISI, Georgia, Oct. 14 (AP)',
      place: 'Tbilisi',
      region: 'Georgia',
      agency: 'AP',
      date: {text: 'Oct. 14', value: '--10-14'}
    })
    expect(readDateline('HALIFAX, Nova Scotia, 9 February 2027 - Ferries were cancelled.', 0)).toMatchObject({
      place: 'Halifax',
      region: 'Nova Scotia',
      date: {text: '9 February 2027', value: '2027-02-09'}
    })
  })

  it('reads a place in mixed case with its country, and any dash', () => {
    expect(readDateline('Tromsø, Norway \u2013 Fishing boats stayed in port.', 0)).toMatchObject({
      text: 'Tromsø, Norway',
      place: 'Tromsø',
      cities: ['Tromsø'],
      region: 'Norway'
    })
    expect(readDateline('Porto Alegre (Reuters) -- Floods closed the airport.', 0)).toMatchObject({place: 'Porto Alegre', agency: 'Reuters'})
    expect(readDateline('CAIRO \u2012 Prices rose.', 0)?.place).toBe('Cairo')
  })

  it('reads a short agency in lower case, with a region before it', () => {
    expect(readDateline('ZERMATT, Switzerland (sda) \u2014 The cable car reopened.', 0)).toMatchObject({
      text: 'ZERMATT, Switzerland (sda)',
      place: 'Zermatt',
      region: 'Switzerland',
      agency: 'sda'
    })
    expect(readDateline('He left (quietly) \u2014 and never came back.', 0)).toBeUndefined()
  })

  it('takes no mixed-case sentence opening for a dateline', () => {
    expect(readDateline('However, Ms Vance \u2014 who chairs the panel \u2014 said no.', 0)).toBeUndefined()
    expect(readDateline('The Mayor \u2014 Lena Dorn \u2014 spoke.', 0)).toBeUndefined()
    expect(readDateline('Oslo \u2014 a city of fjords.', 0)).toBeUndefined()
    expect(readDateline('Dock 4, Gate 7 - Boarding.', 0)).toBeUndefined()
  })

  it('ignores hyphenated words and plain sentences', () => {
    expect(readDateline('AI-driven tools are spreading.', 0)).toBeUndefined()
    expect(readDateline('The mayor spoke \u2014 briefly.', 0)).toBeUndefined()
    expect(readDateline('A-level results are out.', 0)).toBeUndefined()
  })
})

describe('bylines and contacts', () => {
  it('recognises bylines and their authors', () => {
    expect(isByline('By Jane Roe and John Doe')).toBe(true)
    expect(isByline('By the way, the river rose.')).toBe(false)
    expect(bylineAuthors('By Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe'])
    expect(bylineAuthors('By Jane Roe, Staff Writer')).toEqual(['Jane Roe'])
    expect(bylineAuthors('By Ana Lima, Ben Ortiz & Cy Park')).toEqual(['Ana Lima', 'Ben Ortiz', 'Cy Park'])
  })

  it('reads several authors with the agency apart', () => {
    expect(readByline('By Mirela Constantin and Oskar Lindqvist (Reuters)')).toEqual({
      authors: ['Mirela Constantin', 'Oskar Lindqvist'],
      agency: 'Reuters',
      date: null
    })
    expect(readByline('By Tariq Mansour, Associated Press')).toMatchObject({authors: ['Tariq Mansour'], agency: 'Associated Press'})
    expect(readByline('By Wen Li for AFP')).toMatchObject({authors: ['Wen Li'], agency: 'AFP'})
  })

  it('reads a date after the name', () => {
    expect(readByline('By Ingrid Holm \u00b7 3 August 2026')).toEqual({
      authors: ['Ingrid Holm'],
      agency: null,
      date: {text: '3 August 2026', value: '2026-08-03'}
    })
    expect(readByline('By Dev Patel | November 19, 2025')).toMatchObject({authors: ['Dev Patel'], date: {value: '2025-11-19'}})
  })

  it('reads a name and a role without By', () => {
    expect(isByline('Ruth Abebe, Transport Correspondent')).toBe(true)
    expect(readByline('Ruth Abebe, Transport Correspondent').authors).toEqual(['Ruth Abebe'])
    expect(isByline('Marco de la Vega | Senior Science Writer')).toBe(true)
    expect(bylineAuthors('Marco de la Vega | Senior Science Writer')).toEqual(['Marco de la Vega'])
    expect(isByline('Shares fell, analysts said.')).toBe(false)
    expect(isByline('The Editor, Letters Page')).toBe(false)
    expect(isByline('Prices rose, the editor said')).toBe(false)
  })

  it('reads reporters and editors from credits', () => {
    expect(creditsOf('Reporting by Hana Sato in Osaka and Luis Vera; Editing by Karen Bell')).toEqual({
      authors: ['Hana Sato', 'Luis Vera'],
      editors: ['Karen Bell']
    })
    expect(creditsOf('(Additional reporting by Omar Haddad; Edited by Bea Stone and Carl Frey)')).toEqual({
      authors: ['Omar Haddad'],
      editors: ['Bea Stone', 'Carl Frey']
    })
  })

  it('tells an author bio', () => {
    expect(isBio('Nadia Petrova is a freelance journalist based in Sofia.', ['Nadia Petrova'])).toBe(true)
    expect(isBio('About the author: she covers farming.', [])).toBe(true)
    expect(isBio('Nadia Petrova said the vote was close.', ['Nadia Petrova'])).toBe(false)
    expect(isBio('Ivan Petrov is the mayor.', ['Nadia Petrova'])).toBe(false)
  })

  it('reads contacts', () => {
    expect(contactsOf('Write to Jane Roe at jane.roe@paper.example')).toEqual([
      {name: 'Jane Roe', email: 'jane.roe@paper.example'}
    ])
    expect(contactsOf('Write to Ana Lima at ana@x.example and Ben Ortiz at ben@x.example.')).toEqual([
      {name: 'Ana Lima', email: 'ana@x.example'},
      {name: 'Ben Ortiz', email: 'ben@x.example'}
    ])
    expect(contactsOf('She wrote to the council at length.')).toEqual([])
  })

  it('recognises sign-offs', () => {
    expect(isSignoff('Reporting by Ana Lima; Editing by Ben Ortiz')).toBe(true)
    expect(isSignoff('Write to Jane Roe at jane.roe@paper.example')).toBe(true)
    expect(isSignoff('The council will vote next week.')).toBe(false)
  })
})

describe('headline and dek shapes', () => {
  it('tells headlines from sentences', () => {
    expect(looksLikeHeadline('Harbour Town Votes to Rebuild Its Old Pier')).toBe(true)
    expect(looksLikeHeadline('Will the pier survive?')).toBe(true)
    expect(looksLikeHeadline('The council voted on Monday to rebuild the pier.')).toBe(false)
    expect(looksLikeHeadline('By Jane Roe')).toBe(false)
    expect(looksLikeHeadline('Pier')).toBe(false)
  })

  it('tells deks by length', () => {
    expect(looksLikeDek('The vote ends a decade of argument over the waterfront.')).toBe(true)
    expect(looksLikeDek('Too short.')).toBe(false)
  })
})
