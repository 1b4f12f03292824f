/**
 * Rank candidate phrases: each word gets a score from a walk over the story
 * that favours its start (PositionRank), and a phrase the sum of its words’
 * scores, so a phrase of two strong words beats either alone. Then a few
 * corrections for what a sum gets wrong on news: long runs of names, phrases
 * seen only in a headline, one vague word.
 */
import {vagueNouns} from '../lexicon/vague-nouns.js'
import type {Candidate} from './candidates.js'
import type {Story} from './document.js'
import {walk} from './graph.js'

/** Weights of the ranking; `weights.ts` holds the defaults and why. */
export interface Weights {
  /** Words closer than this are linked in the walk. */
  window: number
  /** Probability of following a link rather than jumping back to a word of the start. */
  damping: number
  /** A word’s share of the jump: the sum over its occurrences of `1 / (index + 1) ** positionPower`. */
  positionPower: number
  /** Multiplier of phrases of one, two, three, and four or more words. */
  lengthBonus: readonly number[]
  /** Multiplier of a phrase seen only in the headline or dek. */
  headlineOnly: number
  /** Multiplier of a one-word phrase that is a vague noun (`people`, `percent`). */
  vague: number
  /** Multiplier of a phrase inside one picked before it (`oil spill` after `Exxon Valdez oil spill`). */
  contained: number
  /** Keyword weight of an occurrence of a name, a verb and an adjective (a common noun counts 1). */
  properWeight: number
  verbWeight: number
  adjectiveWeight: number
  /** Keyword score times `(1 - index of first occurrence / words) ** keywordPositionPower`. */
  keywordPositionPower: number
}

/** A scored candidate. */
export interface Scored {
  candidate: Candidate
  score: number
}

/** Walk scores of the words that take part in some candidate, by key. */
export function wordScores(story: Story, candidates: readonly Candidate[], weights: Weights): Map<string, number> {
  const order = new Int32Array(story.words.length).fill(-1)
  for (const candidate of candidates) {
    for (const occurrence of candidate.occurrences) for (const word of occurrence) order[word.index] = 0
  }

  // Number the keys; other words take no part but still count in the
  // distance between two words.
  const ids = new Map<string, number>()
  const bias: number[] = []
  for (const word of story.words) {
    if (order[word.index] === -1) continue
    let id = ids.get(word.key)
    if (id === undefined) {
      id = ids.size
      ids.set(word.key, id)
      bias.push(0)
    }

    order[word.index] = id
    bias[id]! += 1 / (word.index + 1) ** weights.positionPower
  }

  const scores = walk(order, Float64Array.from(bias), weights)
  const result = new Map<string, number>()
  for (const [key, id] of ids) result.set(key, scores[id]!)
  return result
}

/** Keyphrases, best first. */
export function rankPhrases(candidates: readonly Candidate[], scores: ReadonlyMap<string, number>, weights: Weights): Scored[] {
  const result: Scored[] = []
  for (const candidate of candidates) {
    const first = candidate.occurrences[0]!
    let score = 0
    for (const word of first) score += scores.get(word.key) ?? 0
    score *= weights.lengthBonus[Math.min(candidate.length, weights.lengthBonus.length) - 1]!
    if (candidate.length === 1 && vagueNouns.has(first[0]!.lower)) score *= weights.vague
    // Headlines drop words and hide verbs (`Hurricane batters southern US`):
    // a phrase the story never repeats below has less sure bounds.
    if (candidate.occurrences.every(([word]) => word!.role === 'headline' || word!.role === 'dek')) score *= weights.headlineOnly
    result.push({candidate, score})
  }

  return result.sort(byScore)
}

/** Higher score first, then the one met first. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.candidate.occurrences[0]![0]!.index - b.candidate.occurrences[0]![0]!.index
}
