/**
 * Tokens of a sentence with their offsets, and the shapes of words that
 * tell names apart: capitalised, in capitals, possessive.
 */
import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {isStopword} from '../lexicon/stopwords.js'
import type {Span} from '../types.js'

/** A token of a sentence with its offsets in the input. */
export interface Token extends Span {
  value: string
  /** `mark` is punctuation, symbols and anything else that is not a word or white space. */
  kind: 'word' | 'space' | 'mark'
}

const capital = /^\p{Lu}/u
const prefixedCapital = /^(?:al|el|bin|ibn|d|l)['’-]\p{Lu}/u
const possessive = /['’]s$/i
const allCaps = /^[\p{Lu}.&-]+$/u
const leadingDigit = /^\d/
const letter = /\p{L}/u
const lowerLetter = /\p{Ll}/u
/** Paragraphs this far from the top may be headlines (in Title Case). */
const headlineReach = 2

/** Tokens of a sentence, in order, with offsets (words as a whole: `U.S.`, `Un’s`). */
export function tokensOf(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let cursor = sentence.position?.start.offset ?? 0

  for (const child of sentence.children) {
    const value = toString(child)
    const start = child.position?.start.offset ?? cursor
    const end = child.position?.end.offset ?? start + value.length
    const kind = child.type === 'WordNode' ? 'word' : child.type === 'WhiteSpaceNode' ? 'space' : 'mark'
    tokens.push({value, start, end, kind})
    cursor = end
  }

  return tokens
}

/**
 * Whether a paragraph’s capitals say nothing: it is in capitals, or it is
 * one of the first paragraphs (or the headline) and in Title Case.
 */
export function isShouting(paragraph: Paragraph, words: readonly string[], index: number): boolean {
  let letters = 0
  let lowerCase = 0
  let lowerContent = 0
  for (const word of words) {
    if (!letter.test(word) || leadingDigit.test(word)) continue
    letters++
    if (!lowerLetter.test(word) || isCapitalised(word)) continue
    lowerCase++
    if (!isStopword(word)) lowerContent++
  }

  if (letters === 0) return false
  if (words.every((word) => !lowerLetter.test(word))) return true
  const role = paragraph.data?.articleRole
  const headline = role === 'headline' || (role === undefined && index < headlineReach)
  // Title Case leaves only small function words in lower case.
  return headline && letters >= 3 && lowerContent === 0 && lowerCase < letters / 2
}

/** Whether `word` is written as a name (`Kim`, `U.S.`, `al-Assad`). */
export function isCapitalised(word: string): boolean {
  return capital.test(word) || prefixedCapital.test(word)
}

/** Whether `word` is an acronym or shouted (`NATO`, `U.S.`, `SEOUL`). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && allCaps.test(word) && capital.test(word)
}

/** `word` without a possessive ending (`Un’s` → `Un`). */
export function withoutPossessive(word: string): string {
  return possessive.test(word) && word.length > 2 ? word.slice(0, -2) : word
}
