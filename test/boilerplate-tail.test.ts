/**
 * The story locator and the `after-signoff` rule: short lines after the
 * sign-off that ends the story are page furniture; a sign-off elsewhere ends
 * nothing.
 */
import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import type {BoilerplateOptions} from '../src/boilerplate/index.js'
import {isSignoffLine, isStoryLine, locateStoryEnd} from '../src/page/locate-story.js'
import {toLine} from '../src/page/rules/line.js'
import {run} from './helpers.js'

const body = [
  'The council voted 9-2 on Tuesday to build a flood wall along the old port, a decade after the plan was first proposed.',
  'The wall, which will cost an estimated $180 million, is to be finished by 2029, the city’s engineers said on Wednesday.',
  'Residents who lost homes in the storm said the vote came too late, and several asked the council to speed up the work.',
  'The mayor said construction would start in the spring, once the state had approved the design and the first bonds were sold.'
]

function removed(lines: string[], options?: BoilerplateOptions) {
  const {file} = run(lines.join('\n'), [[retextArticleBoilerplate, options]])
  return file.data.boilerplate!.map((d) => [d.rule, d.text])
}

// The rule alone, without the story locator (which judges lines outside the
// story by their own shape).
const rulesOnly: BoilerplateOptions = {locate: false}

describe('isSignoffLine', () => {
  it.each([
    'Write to Ada Brook at ada.brook@harbor-press.example',
    'Reporting by Ada Brook in Harbor City; Editing by Tom Reed',
    '(Additional reporting by Tom Reed)',
    'Contributing: Tom Reed',
    'Tom Reed contributed reporting from the capital.',
    '— Associated Press',
    '(Reuters)',
    '###',
    '-30-',
    '■'
  ])('knows %j', (text) => {
    expect(isSignoffLine(toLine(text))).toBe(true)
  })

  it.each([
    'The reporting by local papers was praised by the council on Monday.',
    'Editing the budget took the council three weeks, officials said.',
    'Ends of the wall will be anchored in rock.',
    'x'.repeat(301)
  ])('does not take %j', (text) => {
    expect(isSignoffLine(toLine(text))).toBe(false)
  })
})

describe('isStoryLine', () => {
  it('takes sentences of twelve words or more', () => {
    expect(isStoryLine(toLine(body[0]!))).toBe(true)
    expect(isStoryLine(toLine('The council voted on Tuesday to build a wall.'))).toBe(false)
    expect(isStoryLine(toLine('Every story, every day, from the front page to the archive and beyond'))).toBe(false)
  })
})

describe('locateStoryEnd', () => {
  const story = {signoff: false, story: true}
  const other = {signoff: false, story: false}
  const signoff = {signoff: true, story: false}

  it('finds the first sign-off with the story before it', () => {
    expect(locateStoryEnd([story, story, signoff, other, signoff, other])).toBe(2)
  })

  it('ignores a sign-off before any story text', () => {
    expect(locateStoryEnd([signoff, story, story])).toBe(-1)
    expect(locateStoryEnd([signoff, story, story, signoff])).toBe(3)
  })

  it('allows a little story text after the sign-off, not much', () => {
    expect(locateStoryEnd([story, story, story, story, signoff, story])).toBe(4)
    expect(locateStoryEnd([story, story, story, signoff, story])).toBe(-1)
    expect(locateStoryEnd([story, story, signoff, story, story, story])).toBe(-1)
  })

  it('does not count a sign-off that reads as story text as text after itself', () => {
    expect(locateStoryEnd([story, {signoff: true, story: true}])).toBe(1)
  })

  it('finds nothing in an empty article', () => {
    expect(locateStoryEnd([])).toBe(-1)
  })
})

describe('after-signoff', () => {
  it('takes short lines after a contact line at the end', () => {
    expect(
      removed([...body, 'Write to Ada Brook at ada@harbor-press.example', 'All the news.', 'In your pocket', 'Anywhere, anytime'])
    ).toEqual([
      ['contact-line', 'Write to Ada Brook at ada@harbor-press.example'],
      ['after-signoff', 'All the news.'],
      ['after-signoff', 'In your pocket'],
      ['after-signoff', 'Anywhere, anytime']
    ])
  })

  it('keeps sentences and other sign-offs after the sign-off', () => {
    const note = 'An earlier version of this article misstated the cost of the wall, which is $180 million.'
    expect(removed([...body, '-30-', note, 'Reporting by Ada Brook', 'Harbor Press: the port’s paper'])).toEqual([
      ['after-signoff', 'Harbor Press: the port’s paper']
    ])
  })

  it('keeps long lines after the sign-off', () => {
    const long = 'word '.repeat(30).trim()
    expect(removed([...body, '###', long], rulesOnly)).toEqual([])
  })

  it('does nothing when the sign-off is not at the end', () => {
    // A tip line above the story, then subheads inside it.
    const lines = ['Email: tips@harbor-press.example', body[0]!, 'What comes next', body[1]!, 'The cost', body[2]!, body[3]!]
    expect(removed(lines)).toEqual([['contact-line', 'Email: tips@harbor-press.example']])
  })

  it('does nothing when much story follows the sign-off', () => {
    const lines = [body[0]!, body[1]!, '###', 'What comes next', body[2]!, body[3]!]
    expect(removed(lines)).toEqual([])
  })

  it('does nothing without a sign-off', () => {
    expect(removed([...body, 'All the news.', 'In your pocket'], rulesOnly)).toEqual([])
  })

  it('leaves the lines it spares to the story locator', () => {
    // On a page (it has a menu and a copyright line), a short sentence stays
    // with the story and a slogan after it goes; a text without furniture
    // loses nothing.
    const page = ['Home | News | Local', ...body, 'All the news.', 'In your pocket', '© 2026 Harbor Press']
    expect(removed(page)).toEqual([
      ['navigation', 'Home | News | Local'],
      ['page-line', 'In your pocket'],
      ['copyright', '© 2026 Harbor Press']
    ])
    expect(removed([...body, 'All the news.', 'In your pocket'])).toEqual([])
    // Sign-offs are credits, never page furniture.
    expect(removed([...body, '###', 'Reporting by Ada Brook'])).toEqual([])
  })
})
