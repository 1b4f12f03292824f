/**
 * Issue 17, defect 8: digesting `body` again keeps it as it is. `body` never
 * holds a line the structure would take (a headline, dek, byline, dateline,
 * timestamp or sign-off), or a second pass keeps it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'

// Invented article pieces.
const headlines = ['Orchard Growers Brace for a Late Frost', 'Why the Ferry Fares Went Up', 'Tram Line Opens to the Airport']
const deks = ['Farmers in the valley say a cold week could cost them the crop.', 'The operator blames fuel and a shortage of crews.']
const bylines = ['By Ines Marlow', 'By Ines Marlow and Teo Brand', 'By Ines Marlow · 4 June 2027', 'BY TEO BRAND, REUTERS',
  'Ines Marlow, Transport Correspondent', 'By Teo Brand | March 9, 2028']
const stamps = ['Published 4 June 2027, 08:15 GMT', 'Updated 5 June 2027', 'June 4, 2027 9:24 pm ET']
const datelines = ['GRANADA, Spain (AP) \u2014 ', 'LYON/GENEVA (Reuters) - ', 'PORTO \u2013 ', '']
const sentences = [
  'The growers met on Tuesday to plan for the frost.',
  '\u201cWe have seen worse winters,\u201d said Rafael Onza, who farms 40 hectares.',
  'Prices rose 8% last month, the cooperative said.',
  'The ministry said it would pay 2.5 million euros in aid.',
  'By the end of the week the orchards were covered in nets.',
  'He said the plan was fair.',
  'By noon the market had closed, traders said.'
]
const signoffs = ['Reporting by Ines Marlow; Editing by Paul Dunne', 'Ines Marlow is a reporter covering farming in the south.',
  '(Reporting by Teo Brand in Lyon)', 'Contact: desk@valley.example']

const article = fc
  .record({
    headline: fc.option(fc.constantFrom(...headlines), {nil: undefined}),
    dek: fc.option(fc.constantFrom(...deks), {nil: undefined}),
    byline: fc.option(fc.constantFrom(...bylines), {nil: undefined}),
    stamp: fc.option(fc.constantFrom(...stamps), {nil: undefined}),
    dateline: fc.constantFrom(...datelines),
    paragraphs: fc.array(fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 5}),
    signoff: fc.option(fc.constantFrom(...signoffs), {nil: undefined}),
    eol: fc.constantFrom('\n', '\n\n')
  })
  .map((d) => {
    const [first = [], ...rest] = d.paragraphs.map((p) => p.join(' '))
    return [d.headline, d.dek, d.byline, d.stamp, d.dateline + first, ...rest, d.signoff]
      .filter((line) => line !== undefined)
      .join(d.eol)
  })

// The same pieces in any order, any number of times: lines that look like
// structure inside the story (`By Ines Marlow`, `Frost Nets Sell Out`
// mid-story), a byline above the headline, a sign-off before the story.
const piece = fc.oneof(
  fc.constantFrom(...headlines, 'Frost Nets Sell Out'),
  fc.constantFrom(...deks),
  fc.constantFrom(...bylines),
  fc.constantFrom(...stamps),
  fc.constantFrom(...signoffs),
  fc
    .tuple(fc.constantFrom(...datelines), fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 3}))
    .map(([dateline, list]) => dateline + list.join(' ')),
  fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 3}).map((list) => list.join(' '))
)
const shuffled = fc
  .tuple(fc.array(piece, {minLength: 1, maxLength: 9}), fc.constantFrom('\n', '\n\n'))
  .map(([pieces, eol]) => pieces.join(eol))

describe('digest of body', () => {
  it('keeps body as it is on a second pass, whatever the order of the pieces', () => {
    fc.assert(
      fc.property(shuffled, (text) => {
        const {body} = digest(text)
        expect(digest(body).body).toBe(body)
      }),
      {numRuns: 400}
    )
  }, 120_000)

  it('reads a headline under a byline above it, and a sign-off before the story, as a second pass would', () => {
    // Found by the property above (each lost a line on a second pass before).
    const cases = [
      'By Ines Marlow\nOrchard Growers Brace for a Late Frost\nPublished 4 June 2027, 08:15 GMT',
      'Reporting by Ines Marlow; Editing by Paul Dunne\nOrchard Growers Brace for a Late Frost\nOrchard Growers Brace for a Late Frost',
      '(Reporting by Teo Brand in Lyon)\nGRANADA, Spain (AP) \u2014 The growers met on Tuesday to plan for the frost.\nBy Ines Marlow\nFarmers in the valley say a cold week could cost them the crop.',
      'Ines Marlow is a reporter covering farming in the south.\nOrchard Growers Brace for a Late Frost\nGRANADA, Spain (AP) \u2014 The growers met on Tuesday to plan for the frost.\nReporting by Ines Marlow; Editing by Paul Dunne\nBy Ines Marlow\nThe operator blames fuel and a shortage of crews.'
    ]
    for (const text of cases) {
      const {body} = digest(text)
      // The story’s sentences stay in body; a pass over it takes nothing more.
      if (text.includes('The growers met')) expect(body).toContain('The growers met on Tuesday to plan for the frost.')
      expect(digest(body).body).toBe(body)
    }
  })

  it('keeps body as it is on a second pass', () => {
    fc.assert(
      fc.property(article, (text) => {
        const {body} = digest(text)
        expect(digest(body).body).toBe(body)
      }),
      {numRuns: 150}
    )
  }, 120_000)

  it('keeps a story line that opens with By on a second pass', () => {
    const text = ['Orchard Growers Brace for a Late Frost', 'By Ines Marlow', 'The growers met on Tuesday.',
      'By Friday the nets were up across the valley.'].join('\n\n')
    const {body} = digest(text)
    expect(body).toContain('By Friday the nets were up')
    expect(digest(body).body).toBe(body)
  })
})

describe('a page of only boilerplate', () => {
  // Found by the fuzz test: repeated contact lines of one width read as one
  // wrapped paragraph, a sign-off; counted as prose, it made the fail-safe
  // keep the advertisement above it, which a second pass then took.
  const page = [
    'Advertisement',
    'Write to Ana Reis at ana.reis@portnews.example',
    'Write to Ana Reis at ana.reis@portnews.example',
    '© 2026 Port News. All rights reserved.'
  ].join('\n')

  it('takes every line, and a second pass has nothing to take', () => {
    const first = digest(page)
    expect(first.body).toBe('')
    expect(first.boilerplate.map((d) => d.rule)).toEqual(['advertisement', 'contact-line'])
    expect(digest(first.body).boilerplate).toEqual([])
  })
})
