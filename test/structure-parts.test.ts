import {describe, expect, it} from 'vitest'
import {bylineAuthors, contactsOf, isByline, isSignoff} from '../src/structure/byline.js'
import {readDateline} from '../src/structure/dateline.js'
import {looksLikeDek, looksLikeHeadline} from '../src/structure/headline.js'

describe('readDateline', () => {
  it('reads a place with an em dash', () => {
    expect(readDateline('OSLO\u2014The harbour authority said on Monday.', 10)).toEqual({
      text: 'OSLO',
      place: 'Oslo',
      agency: null,
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
