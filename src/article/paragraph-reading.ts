/**
 * The article view, paragraph by paragraph: what several analyses read of a
 * paragraph, worked out once per paragraph node.
 *
 * Its text is read by the figures, the quotes and the digest's body; whether
 * its capitals say nothing (`isShoutingParagraph`) by the entities and the
 * quotes. A reading is kept with its node (a `WeakMap`) and only while the
 * node's children are the same array of the same length: a plugin that
 * rebuilds a paragraph gets a fresh reading (one that changes the values of
 * its leaves in place, between two readers, is not seen). The text does not
 * depend on the input it is sliced from (`paragraphText` gives the text of
 * the leaves, a slice or not), so it is kept whatever input is passed.
 */
import type {Paragraph} from 'nlcst'
import {nodeReadings} from './node-readings.js'
import {paragraphText} from '../nlcst/text.js'
import {isShoutingParagraph, type Token} from '../nlcst/tokens.js'

/** What is kept of one paragraph. */
interface ParagraphReading {
  readonly children: Paragraph['children']
  readonly length: number
  text?: string
  /** Whether it shouts, for the index it was asked with and the token lists it was read from. */
  shouting?: {readonly index: number; readonly sentences: ReadonlyArray<readonly Token[]>; readonly value: boolean}
}

const readingOf = nodeReadings<Paragraph, ParagraphReading>()


/** Text of a paragraph (`paragraphText(paragraph, source)`), read once per paragraph. */
export function paragraphTextOf(paragraph: Paragraph, source: string): string {
  const reading = readingOf(paragraph)
  reading.text ??= paragraphText(paragraph, source)
  return reading.text
}

/**
 * `isShoutingParagraph(paragraph, sentences, index)`, worked out once while
 * asked with the same index and the same token lists (those
 * `sentenceTokens` gives).
 */
export function paragraphShouting(paragraph: Paragraph, sentences: ReadonlyArray<readonly Token[]>, index: number): boolean {
  const reading = readingOf(paragraph)
  const kept = reading.shouting
  if (kept !== undefined && kept.index === index && sameLists(kept.sentences, sentences)) return kept.value
  const value = isShoutingParagraph(paragraph, sentences, index)
  reading.shouting = {index, sentences, value}
  return value
}

function sameLists(a: ReadonlyArray<readonly Token[]>, b: ReadonlyArray<readonly Token[]>): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
