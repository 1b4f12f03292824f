/**
 * What the story locator measures of each block (one paragraph, one line of
 * the page): how long it is, whether it reads as a sentence, how much of it
 * is capitalised like a menu or a headline, how much of it is function words
 * like prose, and whether it looks like a row of a list or a table.
 *
 * One scan of the text per block; no pattern here can backtrack.
 */
import {functionWords} from './function-words.js'

/** The measures of one block. */
export interface BlockFeatures {
  /**
   * Length in words: white-space separated words, where a run of Chinese or
   * Japanese characters (written without spaces) counts one word per two
   * characters.
   */
  readonly size: number
  /** Whether the block ends like a sentence (`.`, `!`, `?`, `…`, `。`), perhaps before a closing quote. */
  readonly terminal: boolean
  /** Whether the block ends with an ellipsis: a teaser cut short. */
  readonly truncated: boolean
  /** Whether the block ends with a colon (a list or a quote follows, or a label). */
  readonly colon: boolean
  /** Share (0–1) of the words starting with a letter that start with a capital. */
  readonly capitals: number
  /** Share (0–1) of the words that are function words (`the`, `de`, `und`, …). */
  readonly functionShare: number
  /** Share (0–1) of the words that are numbers. */
  readonly numbers: number
  /** Whether the block holds a tab: a row of a table, as pages come out in text. */
  readonly tabular: boolean
  /** The number that opens the block (`3.`, `3)`, `3a`), if any: a numbered list item. */
  readonly ordinal: number | undefined
  /**
   * The block’s shape: its digits (as `0`) and punctuation in order, without
   * letters, spaces, full stops and commas (`June 9 -- Arena, Tampa, FL` →
   * `0--`), at most 16 characters. Items of a list share a shape; `''` when the block has no
   * digits or punctuation.
   */
  readonly shape: string
  /** Whether the block is only a web address (`www.example.com`, `https://…`). */
  readonly address: boolean
}

// A letter or a digit, outside ASCII.
const wordChar = /^[\p{L}\p{N}]$/u
const upper = /^\p{Lu}/u
const letter = /^\p{L}/u
const number = /^\p{N}+$/u
// Only the last few characters are tested.
const terminalEnd = /[.!?…。！？]["'’”»)\]]*$/
const ellipsisEnd = /(?:\.{3}|…)["'’”»)\]]*$/
const colonEnd = /[:：]$/
// `3.`, `3)`, `3a`, `3º`, `3 –` or `3<tab>` at the start; years and times are not ordinals.
const ordinalStart = /^\(?(\d{1,3})(?:[.)\]:ºª°]|[ao](?=\s)|\s*[-–—]\s|\t)/
const addressOnly = /^(?:https?:\/\/|www\.)\S{1,300}$|^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\/?$/i

/** Longest function word: longer words are not looked up. */
let longestFunctionWord = 0
/** The function words made of ASCII letters only, by their `letterKey`. */
const asciiFunctionWords = new Set<number>()
for (const word of functionWords) {
  longestFunctionWord = Math.max(longestFunctionWord, word.length)
  let key = 0
  for (let index = 0; index < word.length; index++) key = letterKey(key, word.charCodeAt(index))
  if (key !== -1) asciiFunctionWords.add(key)
}

/**
 * The key of a word of ASCII letters so far (`key`, 0 for none) and `code`,
 * whatever the case: five bits a letter, exact up to ten letters (which is
 * more than `longestFunctionWord`); `-1` once `code` is not an ASCII letter.
 */
function letterKey(key: number, code: number): number {
  const lower = code | 32
  return key === -1 || lower < 97 || lower > 122 ? -1 : key * 32 + lower - 96
}

/** Counts of the words of one block. */
interface WordCounts {
  words: number
  cased: number
  capitalised: number
  functional: number
  numeric: number
  wide: number
}

/** Measure one block of text (trimmed). */
export function blockFeatures(text: string): BlockFeatures {
  const counts: WordCounts = {words: 0, cased: 0, capitalised: 0, functional: 0, numeric: 0, wide: 0}
  countWords(text, counts)
  const {words, cased, capitalised, functional, numeric, wide} = counts
  const tail = text.slice(-8)
  const ordinal = ordinalStart.exec(text)
  return {
    size: words + wide,
    terminal: terminalEnd.test(tail),
    colon: colonEnd.test(tail),
    truncated: ellipsisEnd.test(tail),
    capitals: cased > 0 ? capitalised / cased : 0,
    functionShare: words > 0 ? functional / words : 0,
    numbers: words > 0 ? numeric / words : 0,
    tabular: text.includes('\t'),
    ordinal: ordinal ? Number(ordinal[1]) : undefined,
    address: addressOnly.test(text),
    shape: shapeOf(text)
  }
}

/**
 * Count the words of `text`: runs of letters and digits, with one inner
 * apostrophe (`don’t`, `l’état`), as `/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?/gu`
 * would find them, in one scan of character codes.
 */
function countWords(text: string, counts: WordCounts): void {
  let index = 0
  while (index < text.length) {
    let width = wordCharWidth(text, index)
    if (width === 0) {
      index++
      continue
    }

    const start = index
    let ascii = true
    let key = 0
    while (width > 0) {
      const code = text.charCodeAt(index)
      if (width > 1 || code > 127) ascii = false
      key = letterKey(key, code)
      index += width
      width = wordCharWidth(text, index)
    }

    // One inner apostrophe, when letters or digits follow it.
    const code = text.charCodeAt(index)
    if ((code === 39 || code === 0x20_19) && wordCharWidth(text, index + 1) > 0) {
      key = -1
      index++
      width = wordCharWidth(text, index)
      while (width > 0) {
        if (width > 1 || text.charCodeAt(index) > 127) ascii = false
        index += width
        width = wordCharWidth(text, index)
      }
    }

    countWord(text.slice(start, index), ascii, key, counts)
  }
}

/**
 * Count one word; `ascii` when all its characters are ASCII, `key` its
 * `letterKey` (a number is looked up faster than a new string).
 */
function countWord(word: string, ascii: boolean, key: number, counts: WordCounts): void {
  if (!ascii) {
    const count = ideographsIn(word)
    if (count > 0) {
      // Chinese and Japanese: no spaces, about two characters a word.
      counts.wide += Math.ceil(count / 2)
      return
    }
  }

  counts.words++
  if (ascii) {
    const first = word.charCodeAt(0)
    if (first <= 57) {
      // Starts with a digit: a number when it is only digits.
      if (allDigits(word)) counts.numeric++
    } else {
      counts.cased++
      if (first <= 90) counts.capitalised++
    }
  } else if (number.test(word)) {
    counts.numeric++
  } else if (letter.test(word) && word.toLowerCase() !== word.toUpperCase()) {
    counts.cased++
    if (upper.test(word)) counts.capitalised++
  }

  if (word.length > longestFunctionWord) return
  if (key === -1 ? functionWords.has(word.toLowerCase()) : asciiFunctionWords.has(key)) counts.functional++
}

/** Whether an ASCII word is only digits. */
function allDigits(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }

  return true
}

/**
 * Width in code units of the letter or digit at `index` (2 for one outside
 * the Basic Multilingual Plane), or 0 when there is none.
 */
function wordCharWidth(text: string, index: number): number {
  if (index >= text.length) return 0
  const code = text.charCodeAt(index)
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  }

  const point = text.codePointAt(index)!
  const width = point > 0xff_ff ? 2 : 1
  return wordChar.test(text.slice(index, index + width)) ? width : 0
}

/** Number of Chinese and Japanese characters (Han, kana) in `word`. */
function ideographsIn(word: string): number {
  let count = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    const kana = code >= 0x30_40 && code <= 0x30_ff
    const han = (code >= 0x34_00 && code <= 0x9f_ff) || (code >= 0xf9_00 && code <= 0xfa_ff)
    if (kana || han) count++
  }

  return count
}

/** Longest shape kept: enough to tell list items apart from prose. */
const shapeLength = 16

/** The digits and punctuation of `text`, in order (see `BlockFeatures.shape`). */
function shapeOf(text: string): string {
  let shape = ''
  let digits = false
  for (let index = 0; index < text.length && shape.length < shapeLength; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) {
      if (!digits) shape += '0'
      digits = true
      continue
    }

    digits = false
    // Letters, marks and white space are left out, and so are full stops and
    // commas, which come and go with abbreviations and lists of places.
    if (code < 128) {
      const left = code <= 32 || code === 44 || code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      if (!left) shape += text.charAt(index)
      continue
    }

    const char = text.charAt(index)
    if (code === 160 || char.toLowerCase() !== char.toUpperCase() || letterLike.test(char)) continue
    shape += char
  }

  return shape
}

const letterLike = /[\p{L}\p{M}\s]/u
