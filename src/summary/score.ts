/**
 * Sentence scores for the extractive summary: where a sentence sits (news puts
 * the gist first) and how central it is (how much of the article’s vocabulary
 * it shares).
 */

/** A sentence as the scorer sees it. */
export interface ScoredInput {
  /** Stems of its content words. */
  stems: string[]
  /** Position among the body sentences (0-based). */
  index: number
}

/** Weight of position against centrality. */
export interface Weights {
  position: number
  centrality: number
}

export const defaultWeights: Readonly<Weights> = Object.freeze({position: 0.6, centrality: 0.4})

/**
 * Score each sentence from 0 to 1.
 */
export function scoreSentences(sentences: readonly ScoredInput[], weights: Readonly<Weights> = defaultWeights): number[] {
  // Document frequency of stems over sentences: a stem that recurs across
  // sentences marks what the article is about.
  const frequency = new Map<string, number>()
  for (const sentence of sentences) {
    for (const stem of new Set(sentence.stems)) {
      frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
    }
  }

  const raw = sentences.map(function (sentence) {
    const unique = new Set(sentence.stems)
    let shared = 0
    for (const stem of unique) shared += (frequency.get(stem) ?? 1) - 1
    // Normalise by length so long sentences do not win on size alone.
    return unique.size === 0 ? 0 : shared / Math.sqrt(unique.size)
  })
  let top = 0
  for (const value of raw) if (value > top) top = value

  return sentences.map(function (sentence, index) {
    const centrality = top > 0 ? raw[index]! / top : 0
    const position = 1 / (1 + sentence.index / 2)
    return weights.position * position + weights.centrality * centrality
  })
}
