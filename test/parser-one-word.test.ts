/**
 * The one-word fast path of the line parser (`parser/one-word.ts`) makes the
 * very paragraph `parse-english` makes, positions shifted as the parser
 * shifts them.
 */
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {oneWordParagraph} from '../src/parser/one-word.js'
import {shiftPositions} from '../src/nlcst/positions.js'

const words = ['a', 'Subscribe', '2026', 'Västervik', 'ÅSTRÖM', 'x9', 'İstanbul', 'ab', 'Ωmega', '東京', 'naïve', 'Z']
const notOneWord = ['a b', 'U.S.', 'don’t', 'e-mail', '$5', '', 'a\u0301', 'x'.repeat(65), 'Hi!', ' a']

describe('oneWordParagraph', () => {
  for (const word of words) {
    it(`makes the paragraph parse-english makes of \`${word}\``, () => {
      const expected = new ParseEnglish().tokenizeParagraph(word)
      shiftPositions(expected, {line: 4, column: 2, offset: 100, length: word.length})
      const made = oneWordParagraph(word, {line: 5, column: 3, offset: 100})
      expect(made).toEqual(expected)
    })
  }

  it('declines anything but one word of letters and digits', () => {
    for (const value of notOneWord) expect(oneWordParagraph(value, {line: 1, column: 1, offset: 0})).toBeUndefined()
  })
})
