/**
 * The sentences of the story body, with their text and input offsets.
 */
import type {Root, Sentence} from 'nlcst'
import {bodyParagraphs, sentencesOf, textOf} from './paragraphs.js'

/** A body sentence. */
export interface BodySentence {
  node: Sentence
  /** Text, without a dateline prefix. */
  text: string
  start: number
  end: number
  /** Index of the paragraph among body paragraphs. */
  paragraph: number
}

/**
 * Sentences of the body paragraphs in order. A dateline (`SEOUL—`) recorded by
 * the structure plugin is cut off the first sentence. A sentence's text is
 * what `text` gives (default `textOf`; the article view gives the same text
 * as a slice of the input, read once per sentence).
 */
export function bodySentences(tree: Root, text: (sentence: Sentence) => string = textOf): BodySentence[] {
  const result: BodySentence[] = []
  for (const [index, paragraph] of bodyParagraphs(tree).entries()) {
    const skipTo = paragraph.data?.datelineEnd ?? 0
    for (const node of sentencesOf(paragraph)) {
      let value = text(node)
      let start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start + value.length
      if (skipTo > start && skipTo < end) {
        value = value.slice(skipTo - start)
        start = skipTo
      }

      result.push({node, text: value, start, end, paragraph: index})
    }
  }

  return result
}
