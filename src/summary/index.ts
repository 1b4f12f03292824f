/**
 * Plugin: an extractive summary — the key sentences of the story body, with
 * their scores and input offsets, in article order.
 *
 * Sentences are ranked by news-aware evidence (the lede prior, recurring
 * words and phrases, the headline, figures, and cues against quotes,
 * questions, captions and fragments; see `score.ts`), then picked best first
 * with a penalty for repeating what is already picked.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {flowText} from '../nlcst/layout.js'
import {sentenceTextOf} from '../article/sentence-reading.js'
import {bodySentences} from '../nlcst/sentences.js'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {checkOptions} from '../options.js'
import {summaryOptionSchema} from './options.js'
import type {SummarySentence} from '../types.js'
import {headlineStems, measureSentences} from './features.js'
import {defaultWeights, scoreSentence} from './score.js'
import {pick, type Candidate} from './select.js'
import {spacedWords} from './text.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'

/** Options of `retextArticleSummary` (the same names as `digest()`’s and the CLI’s). */
export interface Options {
  /**
   * Most sentences to pick (default `3`; no limit when `summaryWords` or
   * `summaryRatio` is given).
   */
  summarySentences?: number | null | undefined
  /** Most words in the whole summary, a budget that is never exceeded (default: no limit). */
  summaryWords?: number | null | undefined
  /**
   * Most sentences as a share of the body’s sentences, rounded up, above 0
   * and at most 1 (default: no limit).
   */
  summaryRatio?: number | null | undefined
  /** Sentences with fewer words are not picked (default `5`). */
  minSentenceWords?: number | null | undefined
  /** @deprecated The older name of `summarySentences`. */
  maxSentences?: number | null | undefined
  /** @deprecated The older name of `summaryWords`. */
  maxWords?: number | null | undefined
  /** @deprecated The older name of `summaryRatio`. */
  ratio?: number | null | undefined
  /** @deprecated The older name of `minSentenceWords`. */
  minWords?: number | null | undefined
}

export type {Options as SummaryOptions}


/**
 * Pick the key sentences of the story body.
 */
export function retextArticleSummary(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleSummary', options, summaryOptionSchema)
  const ratio = settings.summaryRatio ?? undefined
  const budget = settings.summaryWords ?? undefined
  const maxWords = budget ?? Number.POSITIVE_INFINITY
  // A budget or a ratio says how much to take: the default count would only cut it short.
  const maxSentences =
    settings.summarySentences ??
    (budget === undefined && ratio === undefined ? summaryOptionSchema.summarySentences.default : Number.POSITIVE_INFINITY)
  const minWords = settings.minSentenceWords ?? summaryOptionSchema.minSentenceWords.default

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const source = String(file)
    const sentences = bodySentences(tree, (sentence) => sentenceTextOf(sentence, source))
    const measured = measureSentences(sentences, headlineStems(tree))
    const candidates: Candidate[] = []
    for (const features of measured) {
      const words = spacedWords(sentences[features.index]!.text)
      const score = words < minWords ? Number.NEGATIVE_INFINITY : scoreSentence(features)
      if (score !== Number.NEGATIVE_INFINITY) candidates.push({features, score, words})
    }

    const limit = ratio === undefined ? maxSentences : Math.min(maxSentences, Math.ceil(ratio * sentences.length))
    const picked = pick(candidates, {sentences: limit, words: maxWords}, defaultWeights.redundancy)

    file.data.summary = picked
      .sort((a, b) => a.features.index - b.features.index)
      .map(function ({features, score}): SummarySentence {
        const sentence = sentences[features.index]!
        return {text: flowText(sentence.text), score: round(squash(score)), index: features.index, start: sentence.start, end: sentence.end}
      })
  }
}

/** Scores are sums of evidence (log-odds): report them from 0 to 1. */
function squash(score: number): number {
  return 1 / (1 + Math.exp(-score))
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
