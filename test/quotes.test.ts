/**
 * `retextArticleQuotes`: direct quotes, split by their attribution, and who
 * said them.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {retextArticleEnglish} from '../src/parser/index.js'
import {retextArticleQuotes, type QuotesOptions} from '../src/quotes/index.js'
import type {Quote} from '../src/types.js'

// Pieces of text that reach the interesting branches, for property tests.
const words = fc.constantFrom('A', 'b', ' ', '\n', '“', '”', '"', ',', '.', ':', '1', '0', '$', '%', '-', 'May', 'Kim', 'KIM', 'Jong', 'said', 'he', 'of', 'Bank', '2025', 'in', 'U.S.', 'Mr.', 'Russian', 'according to')

// An invented story.
const story = [
  'Mayor Backs Plan for Larkin Bridge',
  'ASHFORD, Ohio — Mayor Elena Vasquez on Tuesday backed a plan for a bridge over the Larkin River.',
  'Vasquez said the state had agreed to pay part of the cost. “We have waited long enough for this bridge,” she said. “The river has divided us for a century.”',
  'Corvane chief executive Martin Oduya said the company would hire local workers, calling the plan a “win-win.”',
  '"It is a good deal for the town," said Oduya, "and a better one for the river."',
  '“Nobody asked us,” a fisherman said.',
  'The council’s report, according to its author Ana Ruiz, was “a first step.”',
  'Ruiz added: “We will publish the costs in full.”',
  '“Every figure will be public.”'
].join('\n')

function quotesOf(text: string, options?: QuotesOptions, parser: Plugin<[], Root> = retextArticleEnglish): Quote[] {
  const processor = unified().use(parser).use(retextArticleQuotes, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return file.data.quotes!
}

/** A quote whose words are `words`, at their first place after `from` in `text`. */
function quote(text: string, words: string, speaker: string | null): Quote {
  const start = text.indexOf(words)
  if (start === -1) throw new Error('Missing `' + words + '`')
  return {text: words, speaker, start, end: start + words.length}
}

describe('retextArticleQuotes', () => {
  it('finds quotes and their speakers, in input order', () => {
    expect(quotesOf(story)).toEqual([
      quote(story, 'We have waited long enough for this bridge', 'Elena Vasquez'),
      quote(story, 'The river has divided us for a century.', 'Elena Vasquez'),
      quote(story, 'win-win.', 'Martin Oduya'),
      quote(story, 'It is a good deal for the town', 'Martin Oduya'),
      quote(story, 'and a better one for the river.', 'Martin Oduya'),
      quote(story, 'Nobody asked us', null),
      quote(story, 'a first step.', 'Ana Ruiz'),
      quote(story, 'We will publish the costs in full.', 'Ana Ruiz'),
      quote(story, 'Every figure will be public.', 'Ana Ruiz')
    ])
  })

  it('points offsets at the quoted words', () => {
    for (const {text, start, end} of quotesOf(story)) expect(story.slice(start, end)).toBe(text)
  })

  it('reads the attribution after a quote', () => {
    const text = [
      'Jane Roe, a lawyer, spoke first.',
      '“It is over,” she said.',
      '“It is not,” said Sen. John Doe, a Republican.',
      '“We will see,” John Doe, who leads the committee, told reporters.',
      '“Nothing changed,” according to Doe.'
    ].join('\n')
    expect(quotesOf(text).map((d) => [d.text, d.speaker])).toEqual([
      ['It is over', 'Jane Roe'],
      ['It is not', 'John Doe'],
      ['We will see', 'John Doe'],
      ['Nothing changed', 'John Doe']
    ])
  })

  it('gives scare quotes no speaker unless they are attributed', () => {
    const text = 'Leader Kim Jong Un hailed an “invincible alliance” with his neighbour. Kim said it was “unbreakable.”'
    expect(quotesOf(text).map((d) => [d.text, d.speaker])).toEqual([
      ['invincible alliance', null],
      ['unbreakable.', 'Kim Jong Un']
    ])
  })

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '“We start today, and we will not stop\n“until the work is done,” Ruiz said.'
    expect(quotesOf(text).map((d) => [d.text, d.speaker])).toEqual([
      ['We start today, and we will not stop', 'Ruiz'],
      ['until the work is done', 'Ruiz']
    ])
  })

  it('leaves out short quotes with `minQuoteWords`', () => {
    expect(quotesOf(story, {minQuoteWords: 3}).map((d) => d.text)).not.toContain('win-win.')
  })

  it('works the same after `retext-english`', () => {
    expect(quotesOf(story, undefined, retextEnglish as Plugin<[], Root>)).toEqual(quotesOf(story))
  })

  it('ignores straight quotes in markup and stray closing marks', () => {
    expect(quotesOf('<a href="x">link</a> and a stray ” mark')).toEqual([])
  })

  it('throws on bad options', () => {
    // @ts-expect-error: wrong type on purpose.
    expect(() => retextArticleQuotes({minQuoteWords: '3'})).toThrow(TypeError)
    // @ts-expect-error: unknown option on purpose.
    expect(() => retextArticleQuotes({speakers: false})).toThrow(/unknown option `speakers`/)
  })

  it('handles empty input', () => {
    expect(quotesOf('')).toEqual([])
  })

  it('never throws, and offsets slice the input to the quote', () => {
    fc.assert(
      fc.property(fc.string({unit: words, maxLength: 80}), (text) => {
        for (const {text: value, start, end} of quotesOf(text)) expect(text.slice(start, end)).toBe(value)
      })
    )
  })

  // Shapes that would make a careless pattern backtrack: each must finish in one pass
  // (the test runner’s timeout catches one that does not; no timing asserted here).
  it('reads hostile input through', () => {
    const inputs = ['"a '.repeat(50_000), '“Ab,” said Cd Ef, '.repeat(10_000), '“'.repeat(100_000), 'he said: “a” '.repeat(10_000)]
    for (const text of inputs) {
      const result = quotesOf(text)
      expect(Array.isArray(result)).toBe(true)
    }
  })
})
