/**
 * The sentences of the story body, with their text and input offsets.
 */
import type {Root, Sentence} from 'nlcst'
import {bodyParagraphs, sentencesOf, textOf} from './paragraphs.js'
import {sentenceText} from './text.js'

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
 * the structure plugin is cut off the first sentence. With `source` (the
 * input), a sentence's text is a slice of it where it can be (see
 * `sentenceText`): the same text, without building it.
 */
export function bodySentences(tree: Root, source?: string): BodySentence[] {
  const result: BodySentence[] = []
  for (const [index, paragraph] of bodyParagraphs(tree).entries()) {
    const skipTo = paragraph.data?.datelineEnd ?? 0
    for (const node of sentencesOf(paragraph)) {
      let text = source === undefined ? textOf(node) : sentenceText(node, source)
      let start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start + text.length
      if (skipTo > start && skipTo < end) {
        text = text.slice(skipTo - start)
        start = skipTo
      }

      result.push({node, text, start, end, paragraph: index})
    }
  }

  return result
}
