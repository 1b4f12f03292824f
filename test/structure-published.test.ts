import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'
import {dateTimeOf, readTimestamp} from '../src/structure/published.js'

describe('readTimestamp', () => {
  it('reads a published line with a day, a time and a zone', () => {
    expect(readTimestamp('Published 22 October 2027, 07:40 GMT')).toEqual({kind: 'published', value: '2027-10-22T07:40Z'})
  })

  it('reads an updated line as modified, with a 12-hour clock', () => {
    expect(readTimestamp('Updated: Feb. 3, 2028 6:15 p.m. PST')).toEqual({kind: 'modified', value: '2028-02-03T18:15-08:00'})
  })

  it('reads a time before the date', () => {
    expect(readTimestamp('Last edited 11:30 am, 9 May 2027')).toEqual({kind: 'modified', value: '2027-05-09T11:30'})
  })

  it('reads an ISO stamp and keeps its offset', () => {
    expect(dateTimeOf('Posted 2027-06-30T21:05:00+0200')).toBe('2027-06-30T21:05+02:00')
  })

  it('leaves an ambiguous zone out and keeps the local time', () => {
    expect(readTimestamp('Published 1 July 2027 8:00 IST')).toEqual({kind: 'published', value: '2027-07-01T08:00'})
  })

  it('gives a day without a time', () => {
    expect(readTimestamp('Published 4 April 2027')).toEqual({kind: 'published', value: '2027-04-04'})
  })

  it('guesses nothing from a relative stamp', () => {
    expect(readTimestamp('Updated 3 hours ago')).toBeUndefined()
    expect(readTimestamp('Published on Tuesday')).toBeUndefined()
  })
})

const story = [
  'The ferry company kept its winter timetable. Crews said the boats would run every hour.',
  '"We have the staff for it," said Lena Marsh, who runs the company.'
]

describe('digest: published and modified from the text', () => {
  it('takes timestamp lines and removes them from body', () => {
    const text = [
      'Ferries Keep Winter Timetable on the Estuary',
      'By Orla Finch',
      'Published 22 October 2027, 07:40 GMT',
      'Updated 23 October 2027, 12:02 BST',
      ...story
    ].join('\n\n')
    const d = digest(text)
    expect(d.published).toEqual({text: 'Published 22 October 2027, 07:40 GMT', value: '2027-10-22T07:40Z', source: 'timestamp'})
    expect(d.modified).toEqual({text: 'Updated 23 October 2027, 12:02 BST', value: '2027-10-23T12:02+01:00', source: 'timestamp'})
    expect(d.body).not.toMatch(/Published|Updated/)
    expect(d.body).toContain('winter timetable')
  })

  it('takes a dated byline when there is no timestamp line', () => {
    const text = ['Ferries Keep Winter Timetable on the Estuary', 'By Orla Finch · 8 November 2027', ...story].join('\n\n')
    const d = digest(text)
    expect(d.byline.authors).toEqual(['Orla Finch'])
    expect(d.published).toMatchObject({value: '2027-11-08', source: 'byline'})
    expect(d.modified).toBeNull()
  })

  it('says nothing when the text gives no date', () => {
    const d = digest(['Ferries Keep Winter Timetable on the Estuary', 'By Orla Finch', ...story].join('\n\n'))
    expect(d.published).toBeNull()
    expect(d.modified).toBeNull()
  })
})
