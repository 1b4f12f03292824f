/**
 * Options of the boilerplate plugin and of `matchBoilerplate`: every wrong
 * value is a `TypeError` that names it (these gave raw errors, or none).
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {matchBoilerplate, retextArticleBoilerplate} from '../src/boilerplate/index.js'

function attach(options: unknown) {
  return () => unified().use(retextEnglish).use(retextArticleBoilerplate, options as never).freeze()
}

describe('boilerplate options', () => {
  it('a hole in `patterns` names its index (it was a raw TypeError)', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(attach({patterns: [, 'x']})).toThrow(/retextArticleBoilerplate: unexpected `patterns\[0\]`, expected a RegExp/)
    expect(attach({patterns: ['x']})).not.toThrow()
  })

  it('`minStoryWords` is a whole count of 0 or more, `strictness` a number of 0 or more', () => {
    expect(attach({minStoryWords: -5})).toThrow(/option `minStoryWords`, expected a non-negative integer/)
    expect(attach({minStoryWords: 1.5})).toThrow(/option `minStoryWords`/)
    expect(attach({minStoryWords: 0})).not.toThrow()
    expect(attach({strictness: -1})).toThrow(/option `strictness`, expected a number 0 or more/)
    expect(attach({strictness: 0.5})).not.toThrow()
  })
})

describe('matchBoilerplate arguments', () => {
  it('takes a string only', () => {
    expect(() => matchBoilerplate(5 as never)).toThrow(new TypeError('matchBoilerplate: expected `text` to be a string, not `number`'))
    expect(() => matchBoilerplate(null as never)).toThrow(/not `null`/)
    expect(matchBoilerplate('Subscribe to our newsletter')).toMatchObject({rule: expect.any(String)})
  })

  it('refuses unknown context keys and rule ids, and rule values that are not booleans', () => {
    expect(() => matchBoilerplate('x', {afterSignof: true} as never)).toThrow(/unknown option `afterSignof`/)
    expect(() => matchBoilerplate('x', {rules: {navigaton: false}} as never)).toThrow(/matchBoilerplate: unknown rule `navigaton` in `rules`/)
    expect(() => matchBoilerplate('x', {rules: {navigation: 'no'}} as never)).toThrow(/expected a boolean/)
    expect(() => matchBoilerplate('x', {afterSignoff: 'yes'} as never)).toThrow(/option `afterSignoff`/)
  })

  it('still turns rules off and reads the tail', () => {
    const line = 'Subscribe to our newsletter'
    const found = matchBoilerplate(line)!
    expect(matchBoilerplate(line, {rules: {[found.rule]: false}})?.rule).not.toBe(found.rule)
    expect(matchBoilerplate(line, Object.create({rules: {[found.rule]: false}}) as never)).toEqual(found)
  })
})

describe('strictness defaults', () => {
  it('are 1 for text and 0.6 for a page whose markup is known, as `npm run fit` chose them', async () => {
    const {defaultStrictness} = await import('../src/boilerplate/index.js')
    expect(defaultStrictness).toEqual({text: 1, markup: 0.6})
    const {digestHtml} = await import('../src/html/index.js')
    const {digest} = await import('../src/index.js')
    const nav = Array.from({length: 12}, (_, index) => `<li><a href="/s${index}">Section ${index}</a></li>`).join('')
    const story = '<p>The harbour pier reopened on Monday after a year of storm repairs, the city council said, and the first ferry docked at noon.</p>'.repeat(4)
    const page = `<html><body><ul>${nav}</ul><article><h1>Pier Reopens</h1>${story}</article><ul>${nav}</ul></body></html>`
    expect(digestHtml(page)).toEqual(digestHtml(page, {plugins: {boilerplate: {strictness: 0.6}}}))
    const text = ['Pier Reopens', '', 'The harbour pier reopened on Monday after a year of storm repairs, the city council said.'].join('\n')
    expect(digest(text)).toEqual(digest(text, {plugins: {boilerplate: {strictness: 1}}}))
  })
})
