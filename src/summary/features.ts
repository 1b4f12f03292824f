/**
 * What the ranking knows of each body sentence: where it sits, how long it
 * is, how much of the article’s recurring vocabulary it carries, how much of
 * the headline, whether it carries a figure, and which cues fire on it.
 * One pass over the sentences to count, one to measure: linear.
 */
import type {Root, Sentence} from 'nlcst'
import {sentenceTokens} from '../article/sentence-reading.js'
import {paragraphsOf, sentencesOf} from '../nlcst/paragraphs.js'
import type {BodySentence} from '../nlcst/sentences.js'
import {sentenceCues, type Place, type SentenceCue} from './cues.js'
import {shapeOf} from './text.js'

/** A body sentence as the ranking sees it. */
export interface SentenceFeatures {
  /** Index among the body sentences. */
  index: number
  /**
   * Position in the story: paragraphs before it plus sentences before it in
   * its paragraph. Each paragraph opens a new step, so a text in paragraphs
   * favours their first sentences, and text in one block counts sentences.
   */
  position: number
  /** Words (runs of letters and digits). */
  words: number
  /** Distinct content stems. */
  stems: ReadonlySet<string>
  /** Content stems that recur in other sentences, 0 to 1 within the article. */
  centrality: number
  /** Pairs of adjacent content stems that recur in other sentences, 0 to 1 within the article. */
  phrases: number
  /** Share of the headline’s content stems that the sentence repeats, 0 to 1. */
  headline: number
  /** Whether it carries a figure (a digit). */
  figure: boolean
  /** The cues that fired. */
  cues: SentenceCue[]
}

/**
 * Measure every body sentence. `headline` holds the content stems of the
 * headline, empty when there is none.
 */
export function measureSentences(sentences: readonly BodySentence[], headline: ReadonlySet<string>): SentenceFeatures[] {
  const {stems: stemOf, stemIds, stemStarts, stemCounts, pairIds, pairStarts, pairCounts} = readTerms(sentences)

  let paragraphs = 0
  let within = 0
  const measured: SentenceFeatures[] = []
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    if (index > 0 && sentence.paragraph !== sentences[index - 1]!.paragraph) {
      paragraphs++
      within = 0
    } else if (index > 0) {
      within++
    }

    const stems = new Set<string>()
    let shared = 0
    let repeated = 0
    for (let at = stemStarts[index]!; at < stemStarts[index + 1]!; at++) {
      const id = stemIds[at]!
      const stem = stemOf[id]!
      stems.add(stem)
      shared += stemCounts[id]! - 1
      if (headline.has(stem)) repeated++
    }

    const pairs = pairStarts[index + 1]! - pairStarts[index]!
    let sharedPairs = 0
    for (let at = pairStarts[index]!; at < pairStarts[index + 1]!; at++) sharedPairs += pairCounts[pairIds[at]!]! - 1

    const shape = shapeOf(sentence.text)
    const place: Place = {endsParagraph: sentences[index + 1]?.paragraph !== sentence.paragraph}
    const cues: SentenceCue[] = []
    for (const cue of sentenceCues) if (cue.test(sentence.text, place)) cues.push(cue)
    measured.push({
      index,
      position: paragraphs + within,
      words: shape.words,
      stems,
      // Square-root normalisation: a longer sentence may carry more, but not in proportion.
      centrality: stems.size > 0 ? shared / Math.sqrt(stems.size) : 0,
      phrases: pairs > 0 ? sharedPairs / Math.sqrt(pairs) : 0,
      headline: headline.size > 0 ? repeated / headline.size : 0,
      figure: shape.figure,
      cues
    })
  }

  scaleToOne(measured, 'centrality')
  scaleToOne(measured, 'phrases')
  return measured
}

/** Stems of the content words of a sentence, in order. */
function contentStems(sentence: Sentence): string[] {
  const stems: string[] = []
  // Stems of the sentence's tokens (`sentenceTokens`): `''` for all but content words.
  for (const token of sentenceTokens(sentence)) if (token.stem !== '') stems.push(token.stem)

  return stems
}

/** Content stems of the headline paragraph (as marked by the structure plugin). */
export function headlineStems(tree: Root): Set<string> {
  const stems = new Set<string>()
  for (const paragraph of paragraphsOf(tree)) {
    if (paragraph.data?.articleRole !== 'headline') continue
    for (const sentence of sentencesOf(paragraph)) for (const stem of contentStems(sentence)) stems.add(stem)
  }

  return stems
}

/**
 * The content stems of the sentences, numbered: each sentence’s distinct
 * stems and distinct pairs of adjacent stems (in order of first occurrence),
 * and in how many sentences each occurs. Counted once per sentence: what
 * recurs across sentences is what the story is about.
 *
 * A story has no more stems or pairs than words, so flat typed arrays of
 * that size hold everything: a sentence’s numbers run from its start to the
 * next sentence’s.
 */
interface Terms {
  /** Stem of each number. */
  stems: string[]
  /** Numbers of the distinct stems of each sentence, one sentence after another. */
  stemIds: Int32Array
  /** Where the stems of each sentence start in `stemIds` (one more entry than sentences). */
  stemStarts: Int32Array
  /** Numbers of the distinct pairs of each sentence, one sentence after another. */
  pairIds: Int32Array
  /** Where the pairs of each sentence start in `pairIds`. */
  pairStarts: Int32Array
  /** Sentences holding each stem, by number. */
  stemCounts: Int32Array
  /** Sentences holding each pair, by number. */
  pairCounts: Int32Array
}

function readTerms(sentences: readonly BodySentence[]): Terms {
  let size = 0
  for (const sentence of sentences) for (const child of sentence.node.children) if (child.type === 'WordNode') size++
  const count = sentences.length
  // One buffer: ids, counts and the last sentence seen (plus one: 0 is never) of stems and pairs.
  const buffer = new Int32Array(6 * size + 2 * (count + 1))
  const stemIds = buffer.subarray(0, size)
  const pairIds = buffer.subarray(size, 2 * size)
  const stemCounts = buffer.subarray(2 * size, 3 * size)
  const pairCounts = buffer.subarray(3 * size, 4 * size)
  const stemSeen = buffer.subarray(4 * size, 5 * size)
  const pairSeen = buffer.subarray(5 * size, 6 * size)
  const stemStarts = buffer.subarray(6 * size, 6 * size + count + 1)
  const pairStarts = buffer.subarray(6 * size + count + 1)
  const numbers = new Map<string, number>()
  const stems: string[] = []
  const pairNumbers = new Map<number | string, number>()
  let stemEnd = 0
  let pairEnd = 0

  for (let index = 0; index < count; index++) {
    stemStarts[index] = stemEnd
    pairStarts[index] = pairEnd
    let last = -1
    // Stems of the sentence's tokens (`sentenceTokens`): `''` for all but content words.
    for (const token of sentenceTokens(sentences[index]!.node)) {
      const stem = token.stem
      if (stem === '') continue
      let id = numbers.get(stem)
      if (id === undefined) {
        id = stems.length
        numbers.set(stem, id)
        stems.push(stem)
      }

      if (stemSeen[id] !== index + 1) {
        stemSeen[id] = index + 1
        stemCounts[id]!++
        stemIds[stemEnd++] = id
      }

      if (last !== -1) {
        const key = pairKey(last, id, size)
        let pair = pairNumbers.get(key)
        if (pair === undefined) {
          pair = pairNumbers.size
          pairNumbers.set(key, pair)
        }

        if (pairSeen[pair] !== index + 1) {
          pairSeen[pair] = index + 1
          pairCounts[pair]!++
          pairIds[pairEnd++] = pair
        }
      }

      last = id
    }
  }

  stemStarts[count] = stemEnd
  pairStarts[count] = pairEnd
  return {stems, stemIds, stemStarts, pairIds, pairStarts, stemCounts, pairCounts}
}

/**
 * Key of a pair of stem numbers, each below `size`: a number while that is
 * exact (a small integer for any article), a string past that.
 */
function pairKey(first: number, second: number, size: number): number | string {
  return size <= 2 ** 26 ? first * size + second : first + ' ' + second
}

function scaleToOne(list: SentenceFeatures[], field: 'centrality' | 'phrases'): void {
  let top = 0
  for (const item of list) if (item[field] > top) top = item[field]
  if (top > 0) for (const item of list) item[field] /= top
}
