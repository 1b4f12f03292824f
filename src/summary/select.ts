/**
 * Pick summary sentences from scored candidates: best first, each one
 * discounted by how much it repeats the sentences already picked (maximal
 * marginal relevance), within a sentence count and a word budget.
 */
import type {SentenceFeatures} from './features.js'
import {overlap} from './score.js'

/** A candidate: its features, its score and its length in words (for the budget). */
export interface Candidate {
  features: SentenceFeatures
  score: number
  words: number
}

/** How much a summary may hold; `Infinity` for no limit. */
export interface Limits {
  sentences: number
  words: number
}

/**
 * Redundancy is weighed among the best-scored candidates only, at least this
 * many and at most `poolCap`: the cost stays bounded on any input, and a
 * sentence far down the ranking would not be picked anyway.
 */
const poolFloor = 10
const poolCap = 60
/** Sentences that share this much of their content stems (Jaccard) say the same thing: one is enough. */
const sameThing = 0.5

/**
 * The picked candidates, in the order picked. `candidates` must hold only
 * sentences that may be picked (finite scores).
 */
export function pick(candidates: readonly Candidate[], limits: Readonly<Limits>, redundancy: number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.features.index - b.features.index)
  const size = Math.min(ranked.length, poolCap, Math.max(poolFloor, 3 * limits.sentences))
  // The pool is the first `size` of `ranked`. Highest overlap of each pool
  // member with the picks so far, updated per pick.
  const repeats = new Float64Array(size)
  const taken = new Uint8Array(size)
  const picked: Candidate[] = []
  let words = 0

  while (picked.length < limits.sentences) {
    let best = -1
    let bestValue = Number.NEGATIVE_INFINITY
    for (let index = 0; index < size; index++) {
      const candidate = ranked[index]!
      if (taken[index] || words + candidate.words > limits.words) continue
      if (repeats[index]! >= sameThing) continue
      const value = candidate.score - redundancy * repeats[index]!
      if (value > bestValue) {
        best = index
        bestValue = value
      }
    }

    if (best === -1) break
    const chosen = ranked[best]!
    taken[best] = 1
    picked.push(chosen)
    words += chosen.words
    for (let index = 0; index < size; index++) {
      if (!taken[index]) repeats[index] = Math.max(repeats[index]!, overlap(ranked[index]!.features.stems, chosen.features.stems))
    }
  }

  // Past the pool (a long summary of a long text), by score alone.
  for (let index = size; index < ranked.length; index++) {
    const candidate = ranked[index]!
    if (picked.length >= limits.sentences) break
    if (words + candidate.words > limits.words) continue
    picked.push(candidate)
    words += candidate.words
  }

  return picked
}
