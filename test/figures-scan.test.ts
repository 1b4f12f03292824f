/**
 * The figures plugin tries its big patterns only near anchors (digits,
 * number words, months): what it finds must be what trying them at every
 * position finds.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anchorsOf} from '../src/figures/anchors.js'
import {findDates} from '../src/figures/dates.js'
import {findNumbers} from '../src/figures/numbers.js'
import type {Anchor} from '../src/figures/scan.js'

/** An anchor at every position: the patterns are tried everywhere. */
function everywhere(text: string): Anchor[] {
  return Array.from({length: text.length + 1}, (_, at) => ({at, reach: 0}))
}

const pieces = ['1', '12', '2,500', '3.5', '1999', '2025-03-01', '$', '€', 'US$', '%', ' percent', ' million', 'bn', 'k',
  'about ', 'more than ', 'up to ', 'an estimated ', 'twenty-one', 'Twenty', 'dozen', 'hundred', 'seven', 'Seven',
  'May', 'may', 'March', 'Dec.', 'decade', 'Monday', 'today', 'Yesterday', 'last ', 'in ', 'since ', 'early ',
  'next week', 'this spring', ' of ', 'th', 'st', ' ', ', ', '.', '-', '—', 'km', '°C', 'people', 'troops', 'x', 'ab', '\n',
  '1980s', ' p.m.', 'am', ':45', ' GMT', 'noon', 'spring', 'Fall', 'mid-', 'Late ', 'early ', 'Tuesday', 'last Friday', ' ago',
  'basis points', ' square metres', ' Swiss francs', ' kroner', ' pounds', ' to ', 'between ', ' and ', '–', '41C', 'minus ']
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3})), {maxLength: 30}).map((d) => d.join(''))

describe('figures near anchors', () => {
  it('finds the numbers that trying every position finds', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(findNumbers(value, anchorsOf(value).numbers)).toEqual(findNumbers(value, everywhere(value)))
      }),
      {numRuns: 2000}
    )
  })

  it('finds the dates that trying every position finds', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(findDates(value, anchorsOf(value).dates)).toEqual(findDates(value, everywhere(value)))
      }),
      {numRuns: 2000}
    )
  })
})
