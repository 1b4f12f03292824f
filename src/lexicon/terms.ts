/**
 * Content terms of a text: stemmed, lower-case words that are not stopwords.
 * Words come in as strings: the lexicon knows nothing of trees.
 */
import {stemmer} from 'stemmer'
import {memoize} from './memo.js'
import {isStopword} from './stopwords.js'

const hasLetter = /\p{L}/u
const possessive = /['\u2019]s$/

/** Stem of a word: lower-cased, possessive dropped, Porter-stemmed. */
export function stemOf(word: string): string {
  return stemmer(word.toLowerCase().replace(possessive, ''))
}

/**
 * Stem of a written word if it is a content word (two characters or more,
 * a letter, not a stopword), else `''`. Remembered per written form: a
 * story repeats its words, and stemming costs more than a lookup.
 */
export const contentStemOf = memoize(function (word: string): string {
  return word.length < 2 || !hasLetter.test(word) || isStopword(word) ? '' : stemOf(word)
})
