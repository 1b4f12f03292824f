/**
 * What the ranking knows of each body sentence: where it sits, how long it
 * is, how much of the article’s recurring vocabulary it carries, how much of
 * the headline, whether it carries a figure, and which cues fire on it.
 * One pass over the sentences to count, one to measure: linear.
 */
import type {Root} from 'nlcst'
import {contentStems} from '../lexicon/terms.js'
import {paragraphsOf, sentencesOf} from '../nlcst/paragraphs.js'
import type {BodySentence} from '../nlcst/sentences.js'
import {sentenceCues, type SentenceCue} from './cues.js'

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

const wordPattern = /[\p{L}\p{N}]+/gu
const digit = /\d/

/**
 * Measure every body sentence. `headline` holds the content stems of the
 * headline, empty when there is none.
 */
export function measureSentences(sentences: readonly BodySentence[], headline: ReadonlySet<string>): SentenceFeatures[] {
  const stemLists = sentences.map((sentence) => contentStems(sentence.node))
  const stemSets = stemLists.map((stems) => new Set(stems))
  const pairSets = stemLists.map(pairsOf)
  // Counted once per sentence: what recurs across sentences is what the story is about.
  const stemCounts = countIn(stemSets)
  const pairCounts = countIn(pairSets)

  let paragraphs = 0
  let within = 0
  const measured = sentences.map(function (sentence, index): SentenceFeatures {
    if (index > 0 && sentence.paragraph !== sentences[index - 1]!.paragraph) {
      paragraphs++
      within = 0
    } else if (index > 0) {
      within++
    }

    const stems = stemSets[index]!
    let shared = 0
    let repeated = 0
    for (const stem of stems) {
      shared += stemCounts.get(stem)! - 1
      if (headline.has(stem)) repeated++
    }

    let sharedPairs = 0
    for (const pair of pairSets[index]!) sharedPairs += pairCounts.get(pair)! - 1

    return {
      index,
      position: paragraphs + within,
      words: sentence.text.match(wordPattern)?.length ?? 0,
      stems,
      // Square-root normalisation: a longer sentence may carry more, but not in proportion.
      centrality: stems.size > 0 ? shared / Math.sqrt(stems.size) : 0,
      phrases: pairSets[index]!.size > 0 ? sharedPairs / Math.sqrt(pairSets[index]!.size) : 0,
      headline: headline.size > 0 ? repeated / headline.size : 0,
      figure: digit.test(sentence.text),
      cues: sentenceCues.filter((cue) => cue.test(sentence.text, {endsParagraph: sentences[index + 1]?.paragraph !== sentence.paragraph}))
    }
  })

  scaleToOne(measured, 'centrality')
  scaleToOne(measured, 'phrases')
  return measured
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

function pairsOf(stems: readonly string[]): Set<string> {
  const pairs = new Set<string>()
  for (let index = 1; index < stems.length; index++) pairs.add(stems[index - 1] + ' ' + stems[index])
  return pairs
}

function countIn(sets: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const set of sets) for (const key of set) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

function scaleToOne(list: SentenceFeatures[], field: 'centrality' | 'phrases'): void {
  let top = 0
  for (const item of list) if (item[field] > top) top = item[field]
  if (top > 0) for (const item of list) item[field] /= top
}
