/**
 * Content terms of a text: stemmed, lower-case words that are not stopwords.
 */
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {stemmer} from 'stemmer'
import {isStopword} from './stopwords.js'

const hasLetter = /\p{L}/u

/** Stem of a word: lower-cased, possessive dropped, Porter-stemmed. */
export function stemOf(word: string): string {
  return stemmer(word.toLowerCase().replace(/['\u2019]s$/, ''))
}

/** Stems of the content words of a sentence, in order. */
export function contentStems(sentence: Sentence): string[] {
  const stems: string[] = []
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const word = toString(child)
    if (word.length < 2 || !hasLetter.test(word) || isStopword(word)) continue
    stems.push(stemOf(word))
  }

  return stems
}
