/**
 * Counts over the story body.
 */
import type {Root} from 'nlcst'
import {bodyParagraphs} from './nlcst/paragraphs.js'
import type {BodySentence} from './nlcst/sentences.js'
import type {Stats} from './types.js'

/** Words a minute of an adult reading news on screen. */
export const wordsPerMinute = 230

/** Count words, sentences and paragraphs of the body, and the reading time. */
export function bodyStats(tree: Root, sentences: readonly BodySentence[]): Stats {
  let words = 0
  for (const sentence of sentences) {
    for (const child of sentence.node.children) {
      if (child.type === 'WordNode') words++
    }
  }

  return {
    words,
    sentences: sentences.length,
    paragraphs: bodyParagraphs(tree).length,
    readingMinutes: Math.ceil(words / wordsPerMinute)
  }
}
