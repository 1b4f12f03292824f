/**
 * Every rule finishes on hostile input: long lines, lines made to make a
 * backtracking pattern crawl, and a megabyte of text. No timing assertions
 * here (the test timeout is the only guard against a blow-up); timings are
 * reported by `npm run bench`.
 */
import {describe, expect, it} from 'vitest'
import {boilerplateRules, matchBoilerplate, retextArticleBoilerplate} from '../src/boilerplate/index.js'
import {toLine} from '../src/page/rules/line.js'
import {run} from './helpers.js'

// Prefixes that get past the start of each rule’s patterns, then filler
// that keeps a pattern guessing.
const openers = [
  '',
  'Write to ',
  'Email: ',
  'Subscribe ',
  'Sign up ',
  'Get the latest ',
  'Follow ',
  'Read more ',
  'More from ',
  'Photo: ',
  '(AP Photo/',
  'Home › ',
  'We use ',
  'By continuing to use ',
  'You have reached your ',
  'Leave a ',
  'Jane Roe can be ',
  '© '
]
const fillers = ['a', 'a ', 'A', 'A ', '@', 'a@', '.', ' ', '› a ', 'a/', 'Ab ', 'a.b', '1:', '1 ', 'Ab/Cd ', '. Ab Cd', '” Ab']

function hostile(length: number): string[] {
  const result: string[] = []
  for (const opener of openers) {
    for (const filler of fillers) {
      result.push((opener + filler.repeat(Math.ceil(length / filler.length))).slice(0, length) + '!')
    }
  }

  return result
}

describe('cost', () => {
  it('tests each rule on hostile lines of its longest length', () => {
    for (const rule of boilerplateRules) {
      const lines = hostile(rule.maxLength - 1).map((d) => toLine(d))
      for (const line of lines) expect(typeof rule.test(line), rule.id).toBe('boolean')
    }
  })

  it('matches very long hostile lines', () => {
    for (const line of hostile(100_000)) expect(matchBoilerplate(line)).toBeUndefined()
  })

  it('runs on a megabyte of text in one pass', () => {
    const story = 'The council voted on Tuesday to build a flood wall along the old port, officials said.'
    const lines: string[] = []
    while (lines.length < 18_000) lines.push(story, 'Advertisement', 'Read more: Storm leaves thousands without power')
    const text = lines.join('\n') + '\n' + 'x'.repeat(200_000)
    expect(text.length).toBeGreaterThan(1_000_000)
    const {file} = run(text, [[retextArticleBoilerplate, {patterns: [/x+y/, 'needle']}]])
    expect(file.data.boilerplate!.length).toBe(12_000)
  })
})
