/**
 * Plugin: an extractive summary — the key sentences of the story body, with
 * their scores and input offsets, in article order.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {contentStems} from '../lexicon/terms.js'
import {bodySentences} from '../nlcst/sentences.js'
import {checkOptions} from '../options.js'
import type {SummarySentence} from '../types.js'
import {scoreSentences} from './score.js'

/** Options of `retextArticleSummary`. */
export interface Options {
  /** Most sentences to pick (default `3`). */
  maxSentences?: number | null | undefined
  /** Sentences with fewer words are not picked (default `5`). */
  minWords?: number | null | undefined
}

export type {Options as SummaryOptions}

/**
 * Pick the key sentences of the story body.
 */
export function retextArticleSummary(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleSummary', options, {
    maxSentences: 'integer',
    minWords: 'integer'
  })
  const maxSentences = settings.maxSentences ?? 3
  const minWords = settings.minWords ?? 5

  return function (tree: Root, file: VFile): undefined {
    const sentences = bodySentences(tree)
    const inputs = sentences.map((sentence, index) => ({stems: contentStems(sentence.node), index}))
    const scores = scoreSentences(inputs)

    const candidates = sentences
      .map((sentence, index) => ({sentence, index, score: scores[index]!}))
      .filter(({sentence}) => wordsIn(sentence.text) >= minWords)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, maxSentences)
      .sort((a, b) => a.index - b.index)

    file.data.summary = candidates.map(
      ({sentence, index, score}): SummarySentence => ({
        text: sentence.text,
        score: round(score),
        index,
        start: sentence.start,
        end: sentence.end
      })
    )
  }
}

function wordsIn(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
