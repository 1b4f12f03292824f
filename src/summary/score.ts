/**
 * The news-aware score of a sentence: a sum of evidence, in the manner of
 * log-odds, where one unit is one clear piece of evidence.
 *
 * The weights were set by hand on half of each development set (CNN/DM and
 * BBC News) and checked on the other half; they are few and round on
 * purpose (see `CHANGELOG.md` for the figures).
 */
import type {SentenceFeatures} from './features.js'

/** Weights of the evidence. */
export interface Weights {
  /**
   * Decay of the lede prior with position (`-decay × ln(1 + position − 1)`).
   * The first two positions share the top: a lede often takes two sentences,
   * a teaser and then the facts.
   */
  decay: number
  /** Extra weight of the very first sentence. */
  first: number
  /** Weight of recurring content stems (centrality). */
  centrality: number
  /** Weight of recurring stem pairs (key phrases). */
  phrases: number
  /** Weight of the share of the headline repeated (a headline is a summary). */
  headline: number
  /** Weight of carrying a figure: news is numbers, names and dates. */
  figure: number
  /**
   * Words under which a sentence loses up to one unit, in proportion: short
   * sentences say little.
   */
  shortWords: number
  /**
   * Words over which a sentence loses one unit per as many words again:
   * long ones are run-on captions and lists as often as news.
   */
  longWords: number
  /** Penalties of the penalising cues, by cue id. */
  cues: Readonly<Record<string, number>>
  /** Weight of redundancy: the highest stem overlap (Jaccard) with a sentence already picked. */
  redundancy: number
}

export const defaultWeights: Readonly<Weights> = Object.freeze({
  decay: 1.25,
  first: 0.5,
  centrality: 1,
  phrases: 0.5,
  headline: 4,
  figure: 0.5,
  shortWords: 18,
  longWords: 40,
  cues: Object.freeze({unfinished: 2, 'opens-with-quote': 1, question: 2, caption: 1}),
  redundancy: 2
})

/** Score a sentence; `-Infinity` when a cue excludes it. */
export function scoreSentence(sentence: SentenceFeatures, weights: Readonly<Weights> = defaultWeights): number {
  let score = -weights.decay * Math.log1p(Math.max(0, sentence.position - 1))
  if (sentence.position === 0) score += weights.first
  score += weights.centrality * sentence.centrality + weights.phrases * sentence.phrases + weights.headline * sentence.headline
  if (sentence.figure) score += weights.figure
  score -= Math.max(0, weights.shortWords - sentence.words) / weights.shortWords
  score -= Math.max(0, sentence.words - weights.longWords) / weights.longWords

  for (const cue of sentence.cues) {
    if (cue.effect === 'exclude') return Number.NEGATIVE_INFINITY
    score -= weights.cues[cue.id] ?? 0
  }

  return score
}

/** Jaccard overlap of two stem sets, 0 to 1. */
export function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  const small = left.size <= right.size ? left : right
  const large = small === left ? right : left
  for (const stem of small) if (large.has(stem)) shared++
  return shared / (left.size + right.size - shared)
}
