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
  /** Multiplier of a phrase said once: it does not outrank one the story keeps coming back to. */
  saidOnce: number
  /** Multiplier of a phrase seen only in the headline or dek. */
  headlineOnly: number
  /** Multiplier of a one-word phrase that is a vague noun (`people`, `percent`). */
  vague: number
  /** Multiplier of a longer phrase whose head is a vague noun (`unforgettable year`). */
  vagueHead: number
  /** Multiplier of a phrase said once that shares a name with one picked before it (`Kim regime` after `Kim Jong Un`). */
  sharedName: number
  /** Multiplier of a phrase inside one picked before it (`oil spill` after `Exxon Valdez oil spill`). */
  contained: number
  /** Keyword weight of an occurrence of a name, a verb and an adjective (a common noun counts 1). */
  properWeight: number
  verbWeight: number
  adjectiveWeight: number
  /** Keyword weight of a general noun in lower case (`company`, `operator`); days, directions and vague nouns weigh nothing. */
  generalWeight: number
  /** Keyword score times `(1 - index of first occurrence / words) ** keywordPositionPower`. */
  keywordPositionPower: number
}

/** A scored candidate. */
export interface Scored {
  candidate: Candidate
  score: number
}

/**
 * Walk scores of the words that take part in some candidate, by word index
 * (each word has the score of its key; 0 for words that take no part).
 */
export function wordScores(story: Story, candidates: readonly Candidate[], weights: Weights): Float64Array {
  const words = story.words
  const order = new Int32Array(words.length).fill(-1)
  for (const candidate of candidates) {
    for (const occurrence of candidate.occurrences) for (const word of occurrence) order[word.index] = 0
  }

  // Number the keys; other words take no part but still count in the
  // distance between two words.
  const ids = new Map<string, number>()
  const bias: number[] = []
  for (let index = 0; index < words.length; index++) {
    if (order[index] === -1) continue
    const key = words[index]!.key
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      bias.push(0)
    }

    order[index] = id
    bias[id]! += positionWeight(index, weights.positionPower)
  }

  const scores = walk(order, new Float64Array(bias), weights)
  const result = new Float64Array(words.length)
  for (let index = 0; index < words.length; index++) if (order[index] !== -1) result[index] = scores[order[index]!]!
  return result
}

/**
 * `1 / (index + 1) ** power` of the first places, as last worked out: a
 * power costs more than the rest of a word’s part in the walk, and every
 * story asks for the same places with the same power. Bounded: places past
 * the table are worked out each time.
 */
const positionWeights = new Float64Array(1 << 12)
let weightsPower = Number.NaN
let weightsKnown = 0

function positionWeight(index: number, power: number): number {
  if (index >= positionWeights.length || Number.isNaN(power)) return 1 / (index + 1) ** power
  if (power !== weightsPower) {
    weightsPower = power
    weightsKnown = 0
  }

  while (weightsKnown <= index) {
    positionWeights[weightsKnown] = 1 / (weightsKnown + 1) ** power
    weightsKnown++
  }

  return positionWeights[index]!
}

/** Keyphrases, best first; `scores` are the walk’s, by word index. */
export function rankPhrases(candidates: readonly Candidate[], scores: Float64Array, weights: Weights): Scored[] {
  const result: Scored[] = []
  for (const candidate of candidates) {
    const first = candidate.occurrences[0]!
    let score = 0
    for (const word of first) score += scores[word.index]!
    score *= weights.lengthBonus[Math.min(candidate.length, weights.lengthBonus.length) - 1]!
    if (candidate.occurrences.length === 1) score *= weights.saidOnce
    if (candidate.length === 1 && vagueNouns.has(first[0]!.lexeme.lower)) score *= weights.vague
    else if (vagueNouns.has(first[first.length - 1]!.lexeme.lower)) score *= weights.vagueHead
    // Headlines drop words and hide verbs (`Hurricane batters southern US`):
    // a phrase the story never repeats below has less sure bounds.
    if (onlyAtTop(candidate)) score *= weights.headlineOnly
    result.push({candidate, score})
  }

  return result.sort(byScore)
}

/** Whether every occurrence of a candidate is in the headline or the dek. */
function onlyAtTop(candidate: Candidate): boolean {
  for (const occurrence of candidate.occurrences) {
    const role = occurrence[0]!.role
    if (role !== 'headline' && role !== 'dek') return false
  }

  return true
}

/**
 * Higher score first, then the one met first. Answers -1, 0 or 1 (a
 * difference of scores would be a fresh number each comparison).
 */
export function byScore(a: Scored, b: Scored): number {
  if (b.score > a.score) return 1
  if (b.score < a.score) return -1
  return a.candidate.occurrences[0]![0]!.index - b.candidate.occurrences[0]![0]!.index
}
