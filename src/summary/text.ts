/**
 * Measures of a sentence’s text, read one character at a time: quicker than
 * the patterns they stand for (`/[\p{L}\p{N}]+/gu`, `/\d/`, `/\S+/g`, `\s`),
 * which try every position and build a list of matches only to count it.
 */
import {isSpace} from '../characters.js'

const letterOrNumber = /[\p{L}\p{N}]/uy

/** Words (runs of letters and digits) of a text, and whether it holds a digit (`0`–`9`). */
export function shapeOf(text: string): {words: number; figure: boolean} {
  let words = 0
  let figure = false
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let alphanumeric: boolean
    if (code < 128) {
      const digit = code >= 48 && code <= 57
      if (digit) figure = true
      alphanumeric = digit || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    } else {
      // Outside ASCII a letter or a number is what Unicode says; a pair of
      // surrogates is one character.
      letterOrNumber.lastIndex = index
      alphanumeric = letterOrNumber.test(text)
      if (alphanumeric && code >= 0xd8_00 && code <= 0xdb_ff) index = letterOrNumber.lastIndex - 1
    }

    if (alphanumeric && !inWord) words++
    inWord = alphanumeric
  }

  return {words, figure}
}

/** Words as a budget counts them: runs of anything but white space. */
export {wordCount as spacedWords} from '../characters.js'
