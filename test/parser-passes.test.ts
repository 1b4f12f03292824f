/**
 * The parser's cheaper stand-in for parse-latin's `breakImplicitSentences`:
 * found, and giving the very trees the original gives.
 */
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {hasInnerLineBreak} from '../src/parser/paragraph-passes.js'
import {lineParser} from '../src/parser/retext-article-english.js'

// Invented lines, with and without blank lines inside a sentence.
const texts = [
  'The council met on Tuesday. It voted to repair the bridge.',
  'Repairs begin in May\n\nand should end by October, the mayor said.',
  'One line\nthen another\r\n\r\nand a third after a blank line.',
  'No break at all, only “quotes” and a U.S. initialism.'
]

describe('parser: paragraph passes', () => {
  it('replaces exactly one pass of parse-english', () => {
    const original = new ParseEnglish().tokenizeParagraphPlugins
    const lightened = lineParser().tokenizeParagraphPlugins
    expect(lightened).toHaveLength(original.length)
    expect(lightened.filter((pass, index) => pass !== original[index])).toHaveLength(1)
  })

  it('gives the trees parse-english gives', () => {
    for (const text of texts) {
      expect(lineParser().tokenizeParagraph(text)).toEqual(new ParseEnglish().tokenizeParagraph(text))
    }

    // The blank line splits the sentence in both.
    const split = lineParser().tokenizeParagraph(texts[1]!)
    expect(split.children.filter((child) => child.type === 'SentenceNode')).toHaveLength(2)
  })

  it('tells a paragraph with a line break inside a sentence', () => {
    const parser = new ParseEnglish()
    // Keep the line breaks: take the paragraph before the sentence-breaking pass would split it.
    parser.tokenizeParagraphPlugins = []
    expect(hasInnerLineBreak(parser.tokenizeParagraph(texts[1]!))).toBe(true)
    expect(hasInnerLineBreak(parser.tokenizeParagraph(texts[0]!))).toBe(false)
  })
})
